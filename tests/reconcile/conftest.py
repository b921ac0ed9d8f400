"""Claim rows shaped like `Ledger.claim_rows()`, written by hand for the reconciliation tests."""
from __future__ import annotations

from collections.abc import Callable
from itertools import count
from typing import Any

import pytest

RowFactory = Callable[..., dict[str, Any]]


@pytest.fixture
def row() -> RowFactory:
    ids = count(1)

    def make(document_id: Any, value: float | None, *, measure: str = "killed", low: float | None = None,
             high: float | None = None, qualifier: str = "exact", unit: str | None = "person",
             subgroup: str | None = None, speaker: str | None = None, event: str | None = "Khojaly",
             publisher: str | None = None, published: str | None = None, parent_id: Any = None,
             sentence: str = "", text: str | None = None, claim_id: Any = None) -> dict[str, Any]:
        if qualifier in ("exact", "approx") and value is not None:
            low = value if low is None else low
            high = value if high is None else high
        if qualifier in ("at_least", "more_than") and low is None:
            low = value
        if qualifier in ("at_most", "fewer_than") and high is None:
            high = value
        figure = text or (f"{value:g}" if value is not None else "some")
        start = sentence.find(figure) if figure in sentence else 0
        return {
            "id": claim_id if claim_id is not None else next(ids), "document_id": document_id,
            "doc": f"{document_id}.txt", "kind": "figure", "text": figure, "start": start,
            "end": start + len(figure), "sentence_start": 0, "sentence_end": len(sentence), "sentence": sentence,
            "attributed_to": speaker, "attribution_text": None, "event": event, "measure": measure, "value": value,
            "low": low, "high": high, "qualifier": qualifier, "unit": unit, "subgroup": subgroup,
            "parent_id": parent_id, "doc_title": None, "doc_publisher": publisher, "doc_published": published,
        }

    return make

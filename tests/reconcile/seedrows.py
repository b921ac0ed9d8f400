"""Claim rows shaped like `Ledger.claim_rows()` built from the seeds' gold figures and texts (read at run time
from ../shared; nothing is copied into the project)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from claimledger.extract.sentences import split


def _locate(text: str, needle: str, occurrence: int) -> int:
    index = -1
    for _ in range(occurrence):
        index = text.find(needle, index + 1)
        if index < 0:
            raise LookupError(needle)
    return index


def seed_rows(shared: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(claim rows, document rows) for the five seeds, as the store would return them."""
    rows: list[dict[str, Any]] = []
    documents: list[dict[str, Any]] = []
    for gold_path in sorted((shared / "eval" / "gold").glob("seed-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (shared / "seeds" / gold["file"]).read_text(encoding="utf-8-sig")
        doc_id = gold["doc_id"]
        documents.append({"id": doc_id, "path": gold["file"], "publisher": gold["publisher"],
                          "published": gold["published"], "title": None, "text": text})
        spans = list(split(text))
        ids: dict[tuple[str, int], int] = {}
        for claim in gold["claims"]:
            start = _locate(text, claim["number_text"], claim["occurrence"])
            end = start + len(claim["number_text"])
            s_start, s_end = next(((a, b) for a, b in spans if a <= start < b), (start, end))
            claim_id = len(rows) + 1
            ids[(claim["number_text"], claim["occurrence"])] = claim_id
            parent = claim.get("parent_number_text")
            speaker = claim["attributed_to"]
            rows.append({
                "id": claim_id, "document_id": doc_id, "doc": gold["file"], "kind": "figure",
                "text": claim["number_text"], "start": start, "end": end,
                "sentence_start": s_start, "sentence_end": s_end, "sentence": text[s_start:s_end],
                "attributed_to": None if speaker == gold["publisher"] else speaker,
                "event": claim.get("event") or gold["event"], "measure": claim["measure"],
                "value": claim["value"], "low": claim["low"], "high": claim["high"],
                "qualifier": claim["qualifier"], "unit": claim["unit"], "subgroup": claim["subgroup"],
                "parent_id": ids.get((parent, claim.get("parent_occurrence") or 1)) if parent else None,
                "doc_title": None, "doc_publisher": gold["publisher"], "doc_published": gold["published"],
            })
    return rows, documents

"""The comparison as rows shaped like a UCDP GED event row (low, best, high, number_of_sources, source_*),
plus the attribution columns UCDP does not have: who states each figure, and the origins behind it."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from claimledger.reconcile.verdicts import Verdict

UCDP_COLUMNS = (
    "id", "event", "measure", "subgroup", "unit", "low", "best", "high", "best_rule", "status",
    "number_of_sources", "number_of_origins", "source_original", "source_office", "source_article", "source_date",
    "source_headline", "figures", "low_source", "best_source", "high_source", "origins", "notes",
)


def _whole(value: float | None) -> float | int | None:
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _join(values: Sequence[Any]) -> str:
    seen: list[str] = []
    for value in values:
        text = "" if value is None else str(value)
        if text and text not in seen:
            seen.append(text)
    return "; ".join(seen)


def _figures(verdict: Verdict) -> str:
    parts = []
    for figure in verdict.figures:
        who = ", ".join(f"{s.speaker} ({s.date or 'undated'})" for s in figure.statements)
        parts.append(f"{figure.label}{'' if figure.current else ' [replaced]'}: {who}")
    return " | ".join(parts)


def ucdp_row(index: int, verdict: Verdict) -> dict[str, Any]:
    statements = [s for f in verdict.figures for s in f.statements]
    summary = verdict.summary
    return {
        "id": index, "event": verdict.question.event, "measure": verdict.question.measure,
        "subgroup": verdict.question.subgroup, "unit": verdict.question.unit,
        "low": _whole(summary.low), "best": _whole(summary.best), "high": _whole(summary.high),
        "best_rule": summary.rule,
        "status": verdict.status, "number_of_sources": len({s.document_id for s in statements}),
        "number_of_origins": len(verdict.origins),
        "source_original": _join([s.speaker for s in statements]),
        "source_office": _join([s.publisher for s in statements]),
        "source_article": _join([s.doc_path or s.document_id for s in statements]),
        "source_date": _join([s.date for s in statements]),
        "source_headline": _join([s.doc_title for s in statements]),
        "figures": _figures(verdict), "low_source": _join(summary.low_from), "best_source": _join(summary.best_from),
        "high_source": _join(summary.high_from),
        "origins": _join([verdict.origin_names.get(o, o) for o in verdict.origins]), "notes": _join(verdict.notes),
    }


def ucdp_rows(verdicts: Sequence[Verdict]) -> list[dict[str, Any]]:
    return [ucdp_row(i + 1, v) for i, v in enumerate(verdicts)]


def json_document(verdicts: Sequence[Verdict], rule: str) -> dict[str, Any]:
    return {"rule": rule, "questions": [v.to_dict() for v in verdicts]}

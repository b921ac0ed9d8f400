"""Figures grouped into comparable questions: (event, measure, subgroup, unit group).

A question is what a reader asks ("how many were killed at Khojaly?"); each figure claim that answers it
becomes a Statement: the figure with its bounds, who says it, when, and the origin family behind it.
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from pathlib import PurePath
from typing import Any

from claimledger.reconcile.events import EventEdits, assign_events
from claimledger.reconcile.origins import speaker_of
from claimledger.reconcile.units import figure_context, subgroup_name, unit_group

OPEN_LOW = ("at_most", "fewer_than")
OPEN_HIGH = ("at_least", "more_than")


@dataclass(frozen=True, order=True)
class Question:
    event: str
    measure: str
    subgroup: str | None
    unit: str

    @property
    def label(self) -> str:
        part = f" ({self.subgroup})" if self.subgroup else ""
        return f"{self.event}: {self.measure}{part} [{self.unit}]"

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "label": self.label}


@dataclass
class Statement:
    """One figure claim as it enters a comparison."""

    claim_id: Any
    document_id: Any
    text: str
    value: float | None
    low: float | None
    high: float | None
    qualifier: str | None
    speaker: str  # as the document names it, or the publisher for the document's own voice
    own_voice: bool
    date: str | None  # the document's publication date (ISO, possibly only year or month)
    origin: str  # origin family id
    doc_title: str | None = None
    doc_path: str | None = None
    publisher: str | None = None
    parent_id: Any = None

    @property
    def key(self) -> tuple[float | None, float | None, float | None]:
        """Statements with the same key state the same figure ("613" and "some 613")."""
        return (self.value, self.low, self.high)

    @property
    def point(self) -> float | None:
        """The number the statement puts forward: its value, else its lower, else its upper bound."""
        return next((x for x in (self.value, self.low, self.high) if x is not None), None)

    @property
    def lower(self) -> float | None:
        """The lowest figure the statement supports ("at least 161" -> 161; "fewer than 50" -> none)."""
        if self.low is not None:
            return self.low
        return None if self.qualifier in OPEN_LOW else self.value

    @property
    def upper(self) -> float | None:
        """The highest figure the statement puts forward ("at least 161" -> 161; vague amounts -> their low)."""
        return next((x for x in (self.high, self.value, self.low) if x is not None), None)

    def interval(self, approx_tolerance: float) -> tuple[float, float]:
        """The values the statement allows, for compatibility: open bounds are open, approx is fuzzy."""
        value, low, high, qualifier = self.value, self.low, self.high, self.qualifier
        if qualifier in OPEN_HIGH:
            return (_first(low, value, 0.0), math.inf)
        if qualifier in OPEN_LOW:
            return (0.0, _first(high, value, math.inf))
        if qualifier == "range" or value is None:  # a range, or a vague amount ("dozens": low 24, no high)
            return (_first(low, value, 0.0), _first(high, value if low is None else None, math.inf))
        if qualifier == "approx":
            return (value * (1 - approx_tolerance), value * (1 + approx_tolerance))
        return (value, value)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _first(*values: float | None) -> float:
    return next(float(v) for v in values if v is not None)


def _number(value: Any) -> float | None:
    return None if value is None else float(value)


def question_of(row: dict[str, Any], event: str) -> Question:
    measure = row.get("measure") or "other"
    return Question(event, measure, subgroup_name(row.get("subgroup")),
                    unit_group(row.get("unit"), measure, figure_context(row)))


def statement_of(row: dict[str, Any], origin: str) -> Statement:
    speaker = speaker_of(row)
    return Statement(
        claim_id=row.get("id"), document_id=row.get("document_id"), text=row.get("text") or "",
        value=_number(row.get("value")), low=_number(row.get("low")), high=_number(row.get("high")),
        qualifier=row.get("qualifier"),
        # the document's own voice: its publisher, else its title, else its file name (a path is noise here)
        speaker=(speaker or row.get("doc_publisher") or row.get("doc_title")
                 or PurePath(str(row.get("doc") or "?")).name),
        own_voice=speaker is None, date=row.get("doc_published") or None, origin=origin,
        doc_title=row.get("doc_title"), doc_path=row.get("doc"), publisher=row.get("doc_publisher"),
        parent_id=row.get("parent_id"),
    )


def group_questions(rows: list[dict[str, Any]], claim_origin: dict[Any, str],
                    edits: EventEdits | None = None) -> dict[Question, list[Statement]]:
    """The figure claims of `rows` grouped by question (claims with no number at all are left out)."""
    figures = [r for r in rows if r.get("kind", "figure") == "figure"
               and any(r.get(k) is not None for k in ("value", "low", "high"))]
    events = assign_events(figures, edits)
    grouped: dict[Question, list[Statement]] = {}
    for row, event in zip(figures, events, strict=True):
        origin = claim_origin.get(row.get("id")) or f"doc:{row.get('document_id')}"
        grouped.setdefault(question_of(row, event), []).append(statement_of(row, origin))
    return grouped

"""The verdict on one question: the distinct figures with who says each and when, and a status.

Statuses, from the most to the least pressing:
- conflict: independent origins state figures that cannot all be true, or one origin states two figures
  in no order that explains the change;
- breakdown-mismatch: parts that add up to more than the total they break down;
- range: the current figures differ but are compatible ("at least 161" and "613");
- updated: differences are all within one origin, a later statement replacing an earlier one;
- agree: one figure.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from claimledger import lexicons
from claimledger.reconcile.questions import Question, Statement
from claimledger.reconcile.summary import Summary, summarize

STATUSES = ("conflict", "breakdown-mismatch", "range", "updated", "agree")


@cache
def _settings() -> tuple[float, frozenset[str]]:
    data = lexicons.load("best_rules")
    return float(data.get("approx_tolerance", 0.1)), frozenset(data.get("cumulative_measures", []))


@dataclass
class Figure:
    """One distinct figure of a question and every statement of it."""

    statements: list[Statement]
    current: bool = True  # False when every statement of it was replaced by a later one of the same origin

    @property
    def first(self) -> Statement:
        return self.statements[0]

    @property
    def label(self) -> str:
        return self.first.text or _number(self.first.point)

    @property
    def point(self) -> float | None:
        return self.first.point

    @property
    def lower(self) -> float | None:
        return self.first.lower

    @property
    def upper(self) -> float | None:
        return self.first.upper

    @property
    def origins(self) -> list[str]:
        return sorted({s.origin for s in self.statements})

    @property
    def documents(self) -> list[Any]:
        return sorted({s.document_id for s in self.statements}, key=str)

    @property
    def latest_date(self) -> str | None:
        return max((s.date for s in self.statements if s.date), default=None)

    def to_dict(self) -> dict[str, Any]:
        return {"figure": self.label, "value": self.first.value, "low": self.first.low, "high": self.first.high,
                "qualifier": self.first.qualifier, "current": self.current, "origins": self.origins,
                "sources": [{"speaker": s.speaker, "own_voice": s.own_voice, "date": s.date, "text": s.text,
                             "document_id": s.document_id, "claim_id": s.claim_id, "origin": s.origin}
                            for s in self.statements]}


@dataclass
class Verdict:
    question: Question
    status: str
    figures: list[Figure]
    summary: Summary
    flags: list[str] = field(default_factory=list)  # every status that applies, not only the first
    notes: list[str] = field(default_factory=list)  # why: the updates, conflicts and mismatches found
    set_aside: list[Statement] = field(default_factory=list)  # smaller figures a source gives beside its total
    origin_names: dict[str, str] = field(default_factory=dict)

    @property
    def origins(self) -> list[str]:
        return sorted({o for f in self.figures for o in f.origins})

    def to_dict(self) -> dict[str, Any]:
        return {"question": self.question.to_dict(), "status": self.status, "flags": self.flags,
                "notes": self.notes, "independent_origins": len(self.origins),
                "origins": [{"id": o, "name": self.origin_names.get(o, o)} for o in self.origins],
                "figures": [f.to_dict() for f in self.figures], "summary": self.summary.to_dict(),
                "set_aside": [s.to_dict() for s in self.set_aside]}


def _number(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def _set_aside_subsets(statements: list[Statement]) -> tuple[list[Statement], list[Statement]]:
    """A source giving several figures for one question in one document ("613 were killed ... 56 people were
    killed with special cruelty") gives a total and parts of it, not rival totals: keep the largest."""
    by_source: dict[tuple[Any, str], list[Statement]] = defaultdict(list)
    for s in statements:
        by_source[(s.document_id, s.speaker)].append(s)
    kept: list[Statement] = []
    aside: list[Statement] = []
    for group in by_source.values():
        largest = max(group, key=lambda s: s.upper or 0).key
        for s in group:
            (kept if s.key == largest else aside).append(s)
    return kept, aside


def _order_within_origin(statements: list[Statement], cumulative: bool) -> tuple[set[tuple[Any, ...]], str | None]:
    """The current figure keys of one origin, and a note: an update, or a conflict of the origin with itself."""
    keys = {s.key for s in statements}
    if len(keys) == 1:
        return keys, None
    if cumulative:  # counts of recognitions only grow: the larger count is the later one
        # "several countries" is an older or vaguer telling of a count, never the latest one
        ordered = sorted((s for s in statements if s.value is not None), key=lambda s: s.point or 0) or statements
        dated = [s for s in ordered if s.date]
        if all((a.date or "") <= (b.date or "") for a, b in zip(dated, dated[1:], strict=False)):
            return {ordered[-1].key}, "updated"
        return keys, "conflict"
    dated = sorted((s for s in statements if s.date), key=lambda s: s.date or "")
    dated_keys = {s.key for s in dated}
    blocks = [k for i, k in enumerate(s.key for s in dated) if i == 0 or dated[i - 1].key != k]
    undated = {s.key for s in statements if not s.date}
    # two figures given on one date are simultaneous, not one replacing the other
    changes_on_one_day = any(a.key != b.key and a.date == b.date for a, b in zip(dated, dated[1:], strict=False))
    if dated_keys and len(blocks) == len(set(blocks)) and undated <= {blocks[-1]} and not changes_on_one_day:
        return {blocks[-1]}, "updated"
    # An undated figure other than the latest (it may be a return to an earlier one), or a dated return to an
    # earlier figure: the origin contradicts itself unless its figures are compatible ("more than 4,500" and
    # "thousands").
    tolerance, _ = _settings()
    intervals = [s.interval(tolerance) for s in statements]
    compatible = max(lo for lo, _ in intervals) <= min(hi for _, hi in intervals)
    return keys, None if compatible else "conflict"


def _breakdown_notes(statements: Sequence[Statement], parts: dict[Any, list[Statement]]) -> list[str]:
    notes = []
    for total in statements:
        children = parts.get(total.claim_id, [])
        lows = [c.lower if c.lower is not None else c.point for c in children]
        stated = [x for x in lows if x is not None]
        if not stated:
            continue
        limit = total.interval(0.0)[1]
        if sum(stated) > limit:
            notes.append(f"{total.speaker}: parts {' + '.join(_number(x) for x in stated)} = {_number(sum(stated))}"
                         f" exceed the total {total.text or _number(total.point)}")
    return notes


def judge(question: Question, statements: list[Statement], rule: str | None = None,
          parts: dict[Any, list[Statement]] | None = None, origin_names: dict[str, str] | None = None) -> Verdict:
    """The verdict on `question` from its `statements`; `parts` maps a claim id to the breakdowns of it."""
    tolerance, cumulative_measures = _settings()
    cumulative = question.measure in cumulative_measures
    # counts that grow over time are updates even within one document, never parts of one another
    kept, aside = (statements, []) if cumulative else _set_aside_subsets(statements)
    by_key: dict[tuple[Any, ...], list[Statement]] = defaultdict(list)
    for s in sorted(kept, key=lambda s: (s.date or "9999", str(s.document_id))):
        by_key[s.key].append(s)
    figures = [Figure(group) for group in by_key.values()]
    flags: list[str] = []
    notes: list[str] = []
    current_keys: set[tuple[Any, ...]] = set()
    by_origin: dict[str, list[Statement]] = defaultdict(list)
    for s in kept:
        # a count that only grows is one timeline whoever states it: a smaller count is an older one
        by_origin["all sources" if cumulative else s.origin].append(s)
    for origin, group in sorted(by_origin.items()):
        keys, note = _order_within_origin(group, cumulative)
        current_keys |= keys
        name = (origin_names or {}).get(origin, origin)
        if note == "updated":
            flags.append("updated")
            old = sorted({_number(s.point) for s in group if s.key not in keys})
            new = sorted({_number(s.point) for s in group if s.key in keys})
            notes.append(f"{name} updated {', '.join(old)} to {', '.join(new)}")
        elif note == "conflict":
            flags.append("conflict")
            notes.append(f"{name} states {', '.join(sorted({_number(s.point) for s in group}))} in no order")
    for figure in figures:
        figure.current = figure.first.key in current_keys
    current = [f for f in figures if f.current]
    intervals = [f.first.interval(tolerance) for f in current]
    if len(current) > 1:
        if max(lo for lo, _ in intervals) <= min(hi for _, hi in intervals):
            flags.append("range")
        elif len({o for f in current for o in f.origins}) > 1:
            flags.append("conflict")
            notes.append("independent origins state figures that cannot all be true")
    mismatches = _breakdown_notes(kept, parts or {})
    if mismatches:
        flags.append("breakdown-mismatch")
        notes.extend(mismatches)
    flags = [s for s in STATUSES if s in flags]
    status = flags[0] if flags else "agree"
    return Verdict(question, status, figures, summarize(figures, rule), flags or ["agree"], notes, aside,
                   dict(origin_names or {}))

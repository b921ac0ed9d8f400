"""Low / best / high per question, in the spirit of UCDP GED, with the rule and its inputs always shown.

low and high are the lowest and highest figures the current statements give (bounds respected: "at least 161"
gives 161, vague amounts count by their low). best follows a rule the user chooses (lexicon `best_rules`).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from claimledger import lexicons

if TYPE_CHECKING:
    from claimledger.reconcile.verdicts import Figure


@cache
def rules() -> dict[str, str]:
    """Rule name -> its description, as documented in the lexicon."""
    return {name: spec.get("description", "") for name, spec in lexicons.load("best_rules")["rules"].items()}


def default_rule() -> str:
    return str(lexicons.load("best_rules").get("default", "most-origins"))


@dataclass
class Summary:
    low: float | None
    best: float | None
    high: float | None
    rule: str
    rule_description: str
    low_from: list[str] = field(default_factory=list)  # who states the low figure
    best_from: list[str] = field(default_factory=list)
    high_from: list[str] = field(default_factory=list)
    inputs: list[str] = field(default_factory=list)  # every figure the summary was computed from

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _speakers(figure: Figure) -> list[str]:
    return sorted({s.speaker for s in figure.statements})


def summarize(figures: Sequence[Figure], rule: str | None = None) -> Summary:
    """The summary of the current figures of one question under `rule`."""
    rule = rule or default_rule()
    if rule not in rules():
        raise ValueError(f"unknown rule {rule!r}; choose one of {', '.join(rules())}")
    current = [f for f in figures if f.current]
    if not current:
        return Summary(None, None, None, rule, rules()[rule])
    lows = [(f.lower, f) for f in current if f.lower is not None]
    highs = [(f.upper, f) for f in current if f.upper is not None]
    low_value, low_figure = min(lows, key=lambda p: p[0]) if lows else (None, None)
    high_value, high_figure = max(highs, key=lambda p: p[0]) if highs else (None, None)
    if low_value is None and highs:  # only upper bounds stated ("up to 50"): the lowest of those
        low_value, low_figure = min(highs, key=lambda p: p[0])
    best_figure = choose_best(current, rule)
    return Summary(
        low=low_value, best=best_figure.point if best_figure else None, high=high_value,
        rule=rule, rule_description=rules()[rule],
        low_from=_speakers(low_figure) if low_figure else [], high_from=_speakers(high_figure) if high_figure else [],
        best_from=_speakers(best_figure) if best_figure else [],
        inputs=[f"{f.label} ({', '.join(_speakers(f))})" for f in current],
    )


def choose_best(current: Sequence[Figure], rule: str) -> Figure | None:
    pointed = [f for f in current if f.point is not None]
    if not pointed:
        return None
    if rule == "most-origins":
        return max(pointed, key=lambda f: (len(f.origins), len(f.documents), -(f.point or 0)))
    if rule == "most-recent":
        return max(pointed, key=lambda f: (f.latest_date or "", len(f.origins), -(f.point or 0)))
    if rule == "conservative":
        counted = [f for f in pointed if any(s.value is not None for s in f.statements)] or pointed
        return min(counted, key=lambda f: f.point or 0)
    raise ValueError(f"unknown rule {rule!r}")

"""Units and subgroups folded into comparable groups (lexicon `unit_groups`).

"people", "civilians" and "residents" count persons; "16 States" are countries while "24 states of the USA" are
sub-national states and never mix with them; currencies stay apart from one another.
"""
from __future__ import annotations

from functools import cache
from typing import Any

from claimledger import lexicons
from claimledger.reconcile.sources import country_of_word

UNSPECIFIED = "unspecified"


@cache
def _tables() -> tuple[dict[str, str], dict[str, list[str]], dict[str, str], dict[str, str], set[str], str]:
    data = lexicons.load("unit_groups")
    unit_to_group = {u.lower(): group for group, units in data["groups"].items() for u in units}
    subnational = {group: [p.lower() for p in phrases] for group, phrases in data.get("subnational", {}).items()}
    subgroups = {s.lower(): name for name, spellings in data.get("subgroups", {}).items() for s in spellings}
    defaults = dict(data.get("default_by_measure", {}))
    ambiguous = {u.lower() for u in data.get("ambiguous_state", [])}
    return unit_to_group, subnational, subgroups, defaults, ambiguous, data.get("default_state_group", "country")


def _level_of_states(window: str) -> str:
    """Sub-national group named beside an ambiguous "states", else sovereign states."""
    _, subnational, _, _, _, default = _tables()
    lowered = " ".join(window.lower().split())
    for group, phrases in subnational.items():
        if any(p in lowered for p in phrases):
            return group
    return default


def unit_group(unit: str | None, measure: str | None = None, context: str = "") -> str:
    """The comparable group of `unit`; `context` is the text around the figure (used for "states")."""
    unit_to_group, _, _, defaults, ambiguous, _ = _tables()
    if not unit:
        return defaults.get(measure or "", UNSPECIFIED)
    text = " ".join(unit.split())
    lowered = text.lower()
    if lowered in ambiguous:
        return _level_of_states(context)
    if lowered in unit_to_group:
        return unit_to_group[lowered]
    # units are common nouns: a capitalised one, or a nationality, counts people (Azerbaijanis, Bosniaks)
    if text[:1].isupper() or country_of_word(text.capitalize().removesuffix("s")):
        return "person"
    singular = lowered[:-1] if lowered.endswith("s") and not lowered.endswith("ss") else lowered
    return unit_to_group.get(singular, singular)


def subgroup_name(subgroup: str | None) -> str | None:
    """One spelling per subgroup: "child" and "children" are one group; unknown ones lower-cased."""
    if not subgroup:
        return None
    _, _, subgroups, _, _, _ = _tables()
    lowered = " ".join(subgroup.lower().split())
    return subgroups.get(lowered, lowered)


def figure_context(row: dict[str, Any], width: int = 60) -> str:
    """The words just before and after a figure in its sentence (row keys as `Ledger.claim_rows`)."""
    sentence = row.get("sentence") or ""
    base = row.get("sentence_start") or 0
    start, end = (row.get("start") or base) - base, (row.get("end") or base) - base
    if not sentence or not 0 <= start <= end <= len(sentence):
        return sentence
    return sentence[max(0, start - 20):start] + " " + sentence[end:end + width]

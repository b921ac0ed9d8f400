"""Find the predicates that say what a figure counts ("were killed", "death toll", "taken hostage", "lived")
in a stretch of text, from `lexicons/measures.toml`. Coordinated harms are joined: "killed and wounded" counts
people together (measure `other`); "taken hostage or went missing" counts as missing (the lexicon's `prefer`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache


from claimledger.lexicons import load


@dataclass(frozen=True)
class Predicate:
    start: int
    end: int
    measure: str
    weak: bool = False


@dataclass(frozen=True)
class _Table:
    pattern: re.Pattern[str]  # any predicate (a quick test)
    by_measure: tuple[tuple[str, re.Pattern[str]], ...]
    weak: re.Pattern[str]
    prefer: dict[frozenset[str], str]
    joiner: re.Pattern[str]


@cache
def table() -> _Table:
    lex = load("measures")
    groups = []
    for measure, patterns in lex["predicates"].items():
        alternation = "|".join(sorted(patterns, key=len, reverse=True))
        groups.append(f"(?P<{measure}>{alternation})")
    pattern = re.compile(r"\b(?:" + "|".join(groups) + r")\b", re.IGNORECASE)
    by_measure = tuple(
        (measure, re.compile(r"\b(?:" + "|".join(sorted(p, key=len, reverse=True)) + r")\b", re.IGNORECASE))
        for measure, p in lex["predicates"].items()
    )
    weak = re.compile("|".join(f"(?:{w})" for w in lex["weak"]), re.IGNORECASE)
    prefer = {frozenset(pair): pair[1] for pair in lex["combined"]["prefer"]}
    joiner = re.compile(
        r"\s*,?\s*(?:(?:and/or|and|or)\s+)?(?:(?:were|was|had|have|has|been|being|then|later|taken|went|gone|got|"
        r"subsequently|either|also)\s+)*",
        re.IGNORECASE,
    )
    return _Table(pattern, by_measure, weak, prefer, joiner)


def _join(a: Predicate, b: Predicate, t: _Table) -> Predicate:
    pair = frozenset((a.measure, b.measure))
    if len(pair) == 1:
        return Predicate(a.start, b.end, a.measure, a.weak and b.weak)
    if pair in t.prefer:
        return Predicate(a.start, b.end, t.prefer[pair], False)
    if "killed" in pair and "other" not in pair and "population" not in pair:
        return Predicate(a.start, b.end, "other", False)  # killed and injured together
    return a


def find(text: str, start: int, end: int) -> list[Predicate]:
    """Predicates in text[start:end], coordinated ones joined, in order."""
    t = table()
    if not t.pattern.search(text, start, end):
        return []
    matches: list[Predicate] = []
    for measure, pattern in t.by_measure:
        for m in pattern.finditer(text, start, end):
            matches.append(Predicate(m.start(), m.end(), measure, bool(t.weak.fullmatch(m.group(0)))))
    # overlapping matches of different measures: the longest wins ("lost one parent" over "lost")
    matches.sort(key=lambda p: (p.start, -(p.end - p.start)))
    found: list[Predicate] = []
    for p in matches:
        if found and p.start < found[-1].end:
            if p.end - p.start > found[-1].end - found[-1].start:
                found[-1] = p
            continue
        found.append(p)
    joined: list[Predicate] = []
    for p in found:
        if joined and not joined[-1].weak and not p.weak:
            gap = text[joined[-1].end:p.start]
            if len(gap) <= 30 and t.joiner.fullmatch(gap) and (gap.strip() or joined[-1].measure == p.measure):
                merged = _join(joined[-1], p, t)
                if merged is not joined[-1]:
                    joined[-1] = merged
                    continue
        joined.append(p)
    return joined

"""Find the predicates that say what a figure counts ("were killed", "death toll", "taken hostage", "lived")
in a stretch of text, from `lexicons/measures.toml`. Coordinated harms are joined: "killed and wounded" counts
people together (measure `other`); "taken hostage or went missing" counts as missing (the lexicon's `prefer`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from claimledger.extract.wordscan import by_first_letter
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
    pattern_lower: re.Pattern[str]  # the same patterns, case-sensitive, for lower-cased text (faster)
    by_measure_lower: tuple[tuple[str, re.Pattern[str]], ...]
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
    source = r"\b(?:" + "|".join(groups) + r")\b"
    pattern = re.compile(source, re.IGNORECASE)
    # the same alternatives in the same order, grouped by first letter for speed (only match starts are used)
    fragments = [f for p in lex["predicates"].values() for f in sorted(p, key=len, reverse=True)]
    lower = re.compile(r"\b" + by_first_letter(fragments) + r"\b")
    sources = [(measure, r"\b(?:" + "|".join(sorted(p, key=len, reverse=True)) + r")\b")
               for measure, p in lex["predicates"].items()]
    by_measure = tuple((measure, re.compile(s, re.IGNORECASE)) for measure, s in sources)
    by_measure_lower = tuple((measure, re.compile(s)) for measure, s in sources)
    weak = re.compile("|".join(f"(?:{w})" for w in lex["weak"]), re.IGNORECASE)
    prefer = {frozenset(pair): pair[1] for pair in lex["combined"]["prefer"]}
    joiner = re.compile(
        r"\s*,?\s*(?:(?:and/or|and|or)\s+)?(?:(?:were|was|had|have|has|been|being|then|later|taken|went|gone|got|"
        r"subsequently|either|also)\s+)*",
        re.IGNORECASE,
    )
    return _Table(pattern, by_measure, lower, by_measure_lower, weak, prefer, joiner)


_CONJUNCTION = re.compile(r",|\band\b|\bor\b", re.IGNORECASE)


def _harm_and_other(a: Predicate, b: Predicate) -> bool:
    return "other" in (a.measure, b.measure) and a.measure != b.measure and not (a.weak and b.weak)


def _join(a: Predicate, b: Predicate, t: _Table) -> Predicate:
    pair = frozenset((a.measure, b.measure))
    if len(pair) == 1:
        return Predicate(a.start, b.end, a.measure, a.weak and b.weak)
    if pair in t.prefer:
        return Predicate(a.start, b.end, t.prefer[pair], False)
    if "other" in pair and not pair & {"population", "recognitions", "damage"}:
        harm = next(iter(pair - {"other"}))  # "rescued or escaped", "shot and buried": the harm is what counts
        return Predicate(a.start, b.end, harm, False)
    if "killed" in pair and "other" not in pair and "population" not in pair:
        return Predicate(a.start, b.end, "other", False)  # killed and injured together
    return a


def find(text: str, start: int, end: int) -> list[Predicate]:
    """Predicates in text[start:end], coordinated ones joined, in order."""
    return list(_find(text, start, end))


@lru_cache(maxsize=512)
def _find(text: str, start: int, end: int) -> tuple[Predicate, ...]:
    t = table()
    chunk = text[start:end]
    lowered = chunk.lower()
    if len(lowered) == len(chunk):  # match on lower case, case-sensitively: several times faster
        scan, base, any_pattern, by_measure = lowered, start, t.pattern_lower, t.by_measure_lower
    else:
        scan, base, any_pattern, by_measure = text[:end], 0, t.pattern, t.by_measure
    first = start - base
    matches: list[Predicate] = []
    for hit in any_pattern.finditer(scan, first):
        # at each hit, every measure's longest reading ("lost one parent" is orphaned, "lost" alone killed)
        for measure, pattern in by_measure:
            m = pattern.match(scan, hit.start())
            if m:
                weak = bool(t.weak.fullmatch(m.group(0)))
                matches.append(Predicate(m.start() + base, m.end() + base, measure, weak))
    if not matches:
        return ()
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
        # a weak verb joins only a non-harm one: "shot and buried thousands" counts the dead
        if joined and (not joined[-1].weak and not p.weak or _harm_and_other(joined[-1], p)):
            gap = text[joined[-1].end:p.start]
            # two measures are joined only by a conjunction or a comma: "hostages were killed" is no pair
            same = joined[-1].measure == p.measure
            if len(gap) <= 30 and t.joiner.fullmatch(gap) and (_CONJUNCTION.search(gap) or same):
                merged = _join(joined[-1], p, t)
                if merged is not joined[-1]:
                    joined[-1] = merged
                    continue
        joined.append(p)
    return tuple(joined)

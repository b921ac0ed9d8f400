"""The words around an amount that set its bounds: "at least 161", "Some 613", "up to 50", "9,100+", "500-1,000".

`qualify(text, amount)` returns the figure's span (qualifier included) with its qualifier and bounds, following
FORMAT.md: at least / more than -> low only; up to / as many as / fewer than -> high only; approx and exact ->
value = low = high; ranges low and high; vague amounts approx with value null and the implied low.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from claimledger.extract.numbers import Amount
from claimledger.lexicons import load


@dataclass(frozen=True)
class Qualified:
    start: int
    end: int
    qualifier: str
    value: float | None
    low: float | None
    high: float | None


def _alt(words: list[str]) -> str:
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


@cache
def _particle_verbs() -> dict[str, frozenset[str]]:
    return {word: frozenset(verbs) for word, verbs in load("qualifiers").get("particle_verbs", {}).items()}


_WORD_BEFORE = re.compile(r"([\w-]+)\s+$")


def _is_particle(text: str, word: str, at: int) -> bool:
    """"handed over 120": the qualifier's word belongs to the verb before it."""
    verbs = _particle_verbs().get(word)
    if not verbs:
        return False
    before = _WORD_BEFORE.search(text, max(0, at - 30), at)
    return before is not None and before.group(1).lower() in verbs


@cache
def _patterns() -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str], dict[str, str]]:
    lex = load("qualifiers")
    before = {" ".join(k.lower().split()): v for k, v in lex["before"].items()}
    after = {k.lower(): v for k, v in lex["after"].items()}
    # the phrase must end right before the number, and start on a word boundary
    before_re = re.compile(rf"(?:(?<=[^\w])|^)(?P<q>{_alt(list(before))})\s*$", re.IGNORECASE)
    after_re = re.compile(rf"^(?P<q>{_alt([k for k in after if k.strip()])})(?![\w])", re.IGNORECASE)
    return before_re, before, after_re, after


def qualify(text: str, a: Amount, lo: int = 0, hi: int | None = None) -> Qualified:
    """`lo`/`hi` bound the sentence: a qualifier never reaches outside it."""
    before_re, before, after_re, after = _patterns()
    start, end = a.start, a.end
    hi = len(text) if hi is None else hi
    qualifier = "approx" if a.approx else "exact"
    m = before_re.search(text, max(lo, a.start - 30), a.start)
    if m and not (a.is_range and text[a.start:a.start + 7].lower().startswith(("between", "from"))):
        word = " ".join(m.group("q").lower().split())
        if not _is_particle(text, word, m.start("q")):
            qualifier = before[word]
            start = m.start("q")
    tail = text[a.end:min(hi, a.end + 20)]
    ma = after_re.match(tail.lstrip(" ")) if tail[:1] in (" ", "+", "-") else None
    if a.plus:
        qualifier = "at_least"
    elif ma and qualifier in ("exact", "approx"):
        qualifier = after.get(" ".join(ma.group("q").lower().split()), "exact")
        end = a.end + (len(tail) - len(tail.lstrip(" "))) + ma.end("q")
    if a.vague:
        return Qualified(start, end, "approx", None, a.low, None)
    if a.is_range:
        return Qualified(start, end, "range", None, a.low, a.high)
    v = a.value
    if qualifier in ("at_least", "more_than"):
        return Qualified(start, end, qualifier, v, v, None)
    if qualifier in ("at_most", "fewer_than"):
        return Qualified(start, end, qualifier, v, None, v)
    return Qualified(start, end, qualifier, v, v, v)

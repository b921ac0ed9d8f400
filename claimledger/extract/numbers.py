"""Find the amounts in a stretch of text: numerals ("1,275", "1 275", "2.5 million", "$2 billion", "9,100+"),
number words ("Thirty-four", "two hundred", "a dozen"), vague amounts ("dozens", "hundreds of thousands") and
ranges of them ("500-1,000", "between 200 and 300", "dozens to hundreds").

Offsets are absolute in the document text. Whether an amount is a claim figure (not a date, an age, an
identifier) is decided later, in `nonfigures.py`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from text_to_num import text2num

from claimledger.lexicons import load

_SEPARATORS = re.compile(r"[,\s\u00a0\u202f]")


@dataclass
class Amount:
    """One amount as written. `value` is None for vague amounts and ranges."""

    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    vague: bool = False
    is_range: bool = False
    ordinal: bool = False
    digits: bool = False  # written with digits (years, dates and identifiers are)
    plus: bool = False  # a trailing "+" ("9,100+")
    currency: str | None = None  # a leading currency sign ("$2 billion")
    words: bool = False  # spelled out ("two hundred")
    fraction: bool = False  # "three quarters of": value in percent
    approx: bool = False  # approximate by its words alone ("a dozen")

    @property
    def simple(self) -> bool:
        """A bare integer with digits: the shape of years, days and identifiers."""
        return self.digits and not self.is_range and not self.vague


def _alt(words: list[str]) -> str:
    """A regex alternation of phrases, longest first, spaces matching any run of white space."""
    ordered = sorted({w.lower() for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


@dataclass(frozen=True)
class _Grammar:
    atom: re.Pattern[str]  # case-insensitive, for text whose lower case changes its length
    atom_lower: re.Pattern[str]  # the same on lower-cased text: several times faster
    scales: dict[str, int]
    vague: dict[str, int]
    article: dict[str, int]
    fractions: dict[str, float]
    alone_not: frozenset[str]
    range_joint: re.Pattern[str]
    between: re.Pattern[str]


@cache
def grammar() -> _Grammar:
    lex = load("numbers")
    quals = load("qualifiers")
    scales = {k.lower(): int(v) for k, v in lex["scales"].items()}
    vague = {" ".join(k.lower().split()): int(v) for k, v in lex["vague"].items()}
    article = {" ".join(k.lower().split()): int(v) for k, v in lex["article_amounts"].items()}
    fractions = {" ".join(k.lower().split()): float(v) for k, v in lex["fractions"].items()}
    fraction_alt = _alt(list(fractions)).replace(r"\s+", r"[\s-]+")
    cardinals = _alt(lex["cardinals"])
    scale_alt = _alt(list(scales))
    word_number = (
        rf"(?:{cardinals})(?:(?:[\s-]+|\s+and\s+)(?:{cardinals}|{scale_alt}))*"
    )
    digits = r"\d{1,3}(?:,\d{3})+(?![\d])|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.]\d)|\d+"
    # no amount starts inside a word: the look-behind rejects most positions at once (several times faster)
    atom_source = (
        rf"""(?<![a-z0-9])(?P<cur>us\$|\$|€|£)?\s?
        (?:
          (?P<num>(?<![\w.,])(?:{digits})(?:\.\d+)?(?![\d]))(?P<ord>st|nd|rd|th)?
            (?:\s?(?P<mult>{scale_alt})\b)?(?P<plus>\+)?
        | (?P<frac>\b(?:{fraction_alt})\b)(?=\s+(?:of|and|or|to|were|was|are|had|have|died)\s)
        | (?P<art>\b(?:{_alt(list(article))})\b)
        | (?P<vague>\b(?:{_alt(list(vague))})\b)
        | (?P<word>\b{word_number}\b)(?![-‐](?:fifths?|thirds?|quarters?|halfs?|tenths?|fourths?|sixths?))
        )"""
    )
    atom = re.compile(atom_source, re.IGNORECASE | re.VERBOSE)
    atom_lower = re.compile(atom_source, re.VERBOSE)
    dashes = "".join(re.escape(d) for d in quals["range"]["dashes"])
    words = _alt(quals["range"]["words"] + ["and"])
    hedges = _alt(quals["range"].get("high_hedges", []))  # "several hundred to about 1,000"
    range_joint = re.compile(rf"\s*[{dashes}]\s*|\s+(?:{words})\s+(?:(?:{hedges})\s+)?", re.IGNORECASE)
    between = re.compile(rf"\b(?:{_alt(quals['range']['between'] + ['from'])})\s+$", re.IGNORECASE)
    alone_not = frozenset(w.lower() for w in lex["alone_not_figure"])
    return _Grammar(atom, atom_lower, scales, vague, article, fractions, alone_not, range_joint, between)


def _word_value(text: str, scales: dict[str, int]) -> float | None:
    """Value of a spelled-out number; text2num first, a small fold over the words when it refuses."""
    cleaned = " ".join(text.lower().replace("-", " ").split())
    try:
        return float(text2num(cleaned, "en"))
    except ValueError:
        pass
    small = load("numbers")["cardinals"]
    table = {w: i for i, w in enumerate(small[:20])}
    table.update({w: 10 * (i + 2) for i, w in enumerate(small[20:]) if w != "fourty"})
    table["fourty"] = 40
    total = current = 0
    for word in cleaned.split():
        if word == "and":
            continue
        if word in table:
            current += table[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in scales:
            total += max(current, 1) * scales[word]
            current = 0
        else:
            return None
    return float(total + current)


def _atom(m: re.Match[str], g: _Grammar, offset: int = 0, original: str = "") -> Amount | None:
    """The Amount of one match; `offset` shifts a match made on a lower-cased slice back into the text."""
    a = _atom_at(m, g)
    if a is not None and offset:
        a.start += offset
        a.end += offset
    if a is not None and a.currency and original:
        a.currency = original[a.start:a.start + len(a.currency)]
    return a


def _atom_at(m: re.Match[str], g: _Grammar) -> Amount | None:
    start, end = m.start(), m.end()
    if m.group("num"):
        raw = _SEPARATORS.sub("", m.group("num"))
        value = float(raw)
        mult = m.group("mult")
        if mult:
            value *= g.scales[mult.lower()]
        cur = m.group("cur")
        if not cur:
            start = m.start("num")
        plus = bool(m.group("plus"))
        return Amount(start, end, value, value, value, digits=True, ordinal=bool(m.group("ord")), plus=plus,
                      currency=cur or None)
    if m.group("frac"):
        value = g.fractions[" ".join(m.group("frac").lower().replace("-", " ").split())]
        return Amount(m.start("frac"), end, value, value, value, words=True, fraction=True)
    start = m.start("vague") if m.group("vague") else m.start("art") if m.group("art") else m.start("word")
    if m.group("vague"):
        low = g.vague[" ".join(m.group("vague").lower().split())]
        return Amount(start, end, None, float(low), None, vague=True, words=True)
    if m.group("art"):
        value = float(g.article[" ".join(m.group("art").lower().split())])
        return Amount(start, end, value, value, value, words=True, approx=True)
    text = m.group("word")
    if text.lower() in g.alone_not:
        return None  # "one of them", "no one", "One refugee, A. B., said"
    spelled = _word_value(text, g.scales)
    if spelled is None:
        return None
    return Amount(start, end, spelled, spelled, spelled, words=True)


def find_amounts(text: str, start: int = 0, end: int | None = None) -> list[Amount]:
    """Every amount in text[start:end], ranges joined, in order."""
    g = grammar()
    end = len(text) if end is None else end
    chunk = text[start:end]
    lowered = chunk.lower()
    if len(lowered) == len(chunk):
        atoms = [a for m in g.atom_lower.finditer(lowered) if (a := _atom(m, g, start, text)) is not None]
    else:  # a few characters change length in lower case ("İ"): match the text itself
        atoms = [a for m in g.atom.finditer(text, start, end) if (a := _atom(m, g)) is not None]
    merged: list[Amount] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if i + 1 < len(atoms) and not a.ordinal and not atoms[i + 1].ordinal:
            b = atoms[i + 1]
            joint = g.range_joint.fullmatch(text, a.end, b.start)
            if joint and _range_ok(text, a, b, joint.group(0)):
                joined = _join(a, b)
                lead = g.between.search(text, max(start, a.start - 12), a.start)
                if lead and (joint.group(0).strip().lower().split() or [""])[0] in ("and", "to"):
                    joined.start = lead.start()  # "between 200 and 300" is the figure's text
                merged.append(joined)
                i += 2
                continue
        merged.append(a)
        i += 1
    return merged


_CHANGE_FROM = re.compile(r"\b(?:went|gone|goes|rose|risen|rises|grew|grown|grows|increased|increases|climbed|"
                          r"jumped|fell|fallen|dropped|decreased|declined|revised|changed|raised|lowered)\s+"
                          r"(?:[\w-]+\s+){0,2}?from\s+$", re.IGNORECASE)


def _range_ok(text: str, a: Amount, b: Amount, joint: str) -> bool:
    word = (joint.strip().lower().split() or [""])[0]  # "to" of "to about"
    if word == "to" and _CHANGE_FROM.search(text, max(0, a.start - 40), a.start):
        return False  # "the count went from 485 to 613": two figures in time, not a range
    if word == "and":  # only "between A and B"
        return bool(grammar().between.search(text, max(0, a.start - 12), a.start))
    if word == "or":  # "two or three", "200 or 300": a small spread, not a list of alternatives
        return a.value is not None and b.value is not None and a.value < b.value
    # "1992-1994" kind of joins are handled as years; "25-3" is not a range
    return a.value is None or b.value is None or b.value > a.value


def _join(a: Amount, b: Amount) -> Amount:
    if a.vague and not b.vague and b.value is not None and a.low is not None and a.low < b.value:
        # "several hundred to about 1,000": the vague word's implied low, the number's high
        return Amount(a.start, b.end, None, a.low, b.value, is_range=True, words=True, digits=b.digits)
    if a.vague or b.vague:
        return Amount(a.start, b.end, None, a.low, None, vague=True, is_range=True, words=a.words or b.words,
                      digits=a.digits and b.digits)
    low = a.value
    high = b.value
    if low is not None and high is not None and low < high / 100 and high >= 1000 and a.digits:
        # "2-3 million": the scale word belongs to both ends
        for scale in (1_000_000_000, 1_000_000, 1000):
            if high % scale == 0 and low * scale < high:
                low *= scale
                break
    return Amount(a.start, b.end, None, low, high, is_range=True, digits=a.digits and b.digits,
                  words=a.words or b.words, currency=a.currency, plus=b.plus, fraction=a.fraction and b.fraction)

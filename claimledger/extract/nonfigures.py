"""Numbers that are not claim figures: years, dates, ages, durations, distances, times, identifiers
("regiment No. 366", "Resolution 822", "p. 172"), ordinals, footnote markers, codes glued to letters.

`why_not(text, amount)` returns the reason an amount is not a figure, or None when it is one.
The word lists live in `lexicons/numbers.toml` under [not_figures].
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from claimledger.extract.numbers import Amount
from claimledger.lexicons import load


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True)
class _Rules:
    identifier: re.Pattern[str]
    id_list: re.Pattern[str]
    month_before: re.Pattern[str]
    month_after: re.Pattern[str]
    unit_after: re.Pattern[str]
    age_before: re.Pattern[str]
    year_before: re.Pattern[str]
    year_after_noun: re.Pattern[str]


@cache
def rules() -> _Rules:
    lex = load("numbers")["not_figures"]
    ids = _alt([w.rstrip(".") for w in lex["identifier_before"]])
    months = _alt(lex["months"])
    units = _alt(lex["units_after"])
    return _Rules(
        identifier=re.compile(rf"(?:^|[^\w])(?:{ids})\.?\s*(?:no\.?\s*|#\s*)?[:#]?\s*$", re.IGNORECASE),
        # "resolutions 822, 853, 874 and 884": earlier members of a list after an identifier word
        id_list=re.compile(rf"(?:^|[^\w])(?:{ids})\.?\s*(?:\d+[a-z]?(?:\s*\([IVX]+\))?\s*(?:,|and|&|-|–)\s*)+$",
                           re.IGNORECASE),
        month_before=re.compile(rf"\b(?:{months})\.?,?\s*(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s*(?:[-–/]|to|and)\s*)?$",
                                re.IGNORECASE),
        month_after=re.compile(rf"^(?:st|nd|rd|th)?\s*(?:[-–/]\s*\d{{1,2}}(?:st|nd|rd|th)?\s*)?(?:of\s+)?(?:{months})\b",
                               re.IGNORECASE),
        unit_after=re.compile(rf"^(?:\s*[-‐]?\s*)(?:{units})(?![\w])", re.IGNORECASE),
        age_before=re.compile(rf"\b(?:{_alt(load('numbers')['not_figures']['age_before'])})\s*$", re.IGNORECASE),
        year_before=re.compile(r"(?:\bin|\bsince|\buntil|\btill|\bof|\bfrom|\bby|\byear|\bduring|\bbefore|\bafter|"
                               r"\bearly|\blate|\bmid-?|\bsummer|\bwinter|\bspring|\bautumn|\bto|\band|\bthe|[,(–-])\s*$",
                               re.IGNORECASE),
        year_after_noun=re.compile(r"^\s*(?-i:[a-z-]+\s+){0,2}?(?:people|persons|civilians|individuals|children|women|"
                                   r"men|residents|inhabitants|victims|bodies|corpses|families|houses|soldiers|"
                                   r"were|have|had|was|are|killed|dead|died|wounded|injured)\b", re.IGNORECASE),
    )


# "the 21st state to recognise": an ordinal that implies a count (FORMAT.md)
_COUNTING_ORDINAL = re.compile(r"(?:st|nd|rd|th)?\s+(?:\w+\s+)?(?:country|state|nation|parliament|legislature|"
                               r"city|municipality)\s+(?:to|that|which)\b", re.IGNORECASE)


def _before(text: str, pos: int, width: int = 40) -> str:
    return text[max(0, pos - width):pos]


def _after(text: str, pos: int, width: int = 30) -> str:
    return text[pos:pos + width]


def _is_year(value: float | None) -> bool:
    return value is not None and value.is_integer() and 1800 <= value <= 2099


def why_not(text: str, a: Amount) -> str | None:
    """The reason `a` is not a claim figure, or None when it is one."""
    r = rules()
    before, after = _before(text, a.start), _after(text, a.end)
    if a.ordinal and not _COUNTING_ORDINAL.match(text, a.end):
        return "ordinal"
    prev = text[a.start - 1:a.start] if a.start else ""
    nxt = text[a.end:a.end + 1]
    if (prev and prev in "[^") or (nxt and nxt in "]^"):
        return "footnote marker"  # "4,250[12]": the [12] is not a figure
    if re.search(r"[A-Za-z][-‐/]$", before) or re.match(r"^[-‐/]?[A-Za-z]{1,3}\d", after) or prev == "#":
        return "code"  # "Su-25", "COVID-19", "T-72", "#3"
    if re.match(r"^[:./]\d", after) or re.search(r"\d[:./]$", before) or re.match(r"^\s?(?:[ap]\.?m\b)", after):
        return "date, time or decimal code"  # "26.02.1992", "10:30", "26/02"
    if prev == "+" or re.search(r"(?:tel|phone|fax)\.?:?\s*$", before, re.IGNORECASE):
        return "phone number"
    if a.simple or (a.is_range and a.digits):
        if r.identifier.search(before) or r.id_list.search(_before(text, a.start, 80)):
            return "identifier"
        if _inside_number_list(text, a):
            return "identifier list"
    if r.unit_after.match(after):
        return "duration, age or distance"
    if r.age_before.search(before) or re.match(r"^\s*(?:years?|yrs?)[- ]old", after, re.IGNORECASE):
        return "age"
    if a.digits and not a.vague:
        small_day = all(v is not None and v.is_integer() and 1 <= v <= 31 for v in (a.low, a.high))
        if small_day and (r.month_before.search(before) or r.month_after.match(after)):
            return "date"
        if _year_like(text, a):
            return "year"
    if re.match(r"^\s*s\b|^'s\b", after) and a.digits:
        return "decade"  # "the 1990s"
    if _line_number(text, a) or _contents_line(text, a):
        return "list number"
    if a.simple and re.search(r"\b(?:1[89]|20)\d\d\s*[-–/]\s*$", before) and a.value is not None and a.value < 100:
        return "year"  # "1991-92"
    return None


def _year_like(text: str, a: Amount) -> bool:
    raw = text[a.start:a.end]
    if "," in raw or " " in raw.strip() or a.currency or a.plus:
        return False
    if a.is_range:
        return _is_year(a.low) and (a.high is None or _is_year(a.high) or (a.high is not None and a.high < 100))
    if not _is_year(a.value):
        return False
    after = _after(text, a.end, 40)
    # "1990 people were killed" is a count; "in 1992 the town" is a year
    before = _before(text, a.start, 14)
    if rules().month_before.search(before) or re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\s*$", before):
        return True  # "14 March 1992", "Feb. 26, 1992"
    return not rules().year_after_noun.match(after) or bool(rules().year_before.search(_before(text, a.start, 12)))


def _inside_number_list(text: str, a: Amount) -> bool:
    """Numbers in a parenthesised list of numbers only: "4 (822, 853, 874, 884) resolutions"."""
    open_at = text.rfind("(", max(0, a.start - 40), a.start)
    if open_at < 0:
        return False
    close_at = text.find(")", a.end, a.end + 40)
    if close_at < 0:
        return False
    inner = text[open_at + 1:close_at]
    return bool(re.fullmatch(r"\s*\d+(?:\s*[,;]\s*\d+)+\s*", inner))


def _contents_line(text: str, a: Amount) -> bool:
    """Tables of contents and footnotes: "1 Background", "3 Casualties", "2 Human Rights Watch, 1992."."""
    line_start = text.rfind("\n", 0, a.start) + 1
    if text[line_start:a.start].strip() or not a.simple or a.value is None or a.value >= 100:
        return False
    m = re.match(r"[ \t]+([A-Z][\w'-]*)", text[a.end:a.end + 40])
    if not m:
        return False
    line_end = text.find("\n", a.end)
    line_len = (line_end if line_end >= 0 else len(text)) - line_start
    return line_len < 40 or not m.group(1).endswith("s")


def _line_number(text: str, a: Amount) -> bool:
    """A numbered list or heading marker at the start of a line: "1. Introduction", "2) ..."."""
    line_start = text.rfind("\n", 0, a.start) + 1
    return (not text[line_start:a.start].strip() and a.simple and a.value is not None and a.value < 100
            and bool(re.match(r"^[.)]\s", text[a.end:a.end + 2])))

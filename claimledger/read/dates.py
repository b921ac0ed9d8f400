"""Turn one isolated candidate string into an ISO date, or None. Never scans running text.

python-dateutil parses the candidate with fuzzy=False, so "26 February 2020" is a date and "the night of 25
to 26 February 1992, when..." is not. Parsing twice with different defaults shows which parts the string
actually gave: "February 2020" becomes "2020-02", and a date without a year ("Feb. 26") is no publication date.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache

from dateutil import parser

from claimledger.read.data import cues

_DEFAULT_A = datetime(2000, 1, 1)
_DEFAULT_B = datetime(2001, 2, 2)
_ISO_DATE = re.compile(r"^\s*\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}\S*)?\s*$")
_DOTTED_DATE = re.compile(r"^\s*\d{1,2}\.\d{1,2}\.\d{4}\s*$")  # European day.month.year
_WORD = re.compile(r"[A-Za-z]+")
_EARLIEST_YEAR = 1800


@cache
def _months() -> frozenset[str]:
    return frozenset(cues()["dateline"]["months"])


def _names_a_month(candidate: str) -> bool:
    months = _months()
    return any(word.lower() in months for word in _WORD.findall(candidate))


def iso_date(candidate: str) -> str | None:
    """'26 February 2020' -> '2020-02-26'; 'February 2020' -> '2020-02'; None unless the whole string is a date
    with a year."""
    candidate = candidate.strip().strip(",;|").strip()
    if not candidate or len(candidate) > cues()["dateline"]["max_chars"]:
        return None
    dotted = bool(_DOTTED_DATE.match(candidate))
    if not (dotted or _ISO_DATE.match(candidate) or _names_a_month(candidate)):
        return None
    try:
        # slashed numeric dates (02/03/2020) never get here: their day and month order is a guess; a time zone
        # ("EEST") is no part of a date
        a = parser.parse(candidate, fuzzy=False, default=_DEFAULT_A, dayfirst=dotted, ignoretz=True)
        b = parser.parse(candidate, fuzzy=False, default=_DEFAULT_B, dayfirst=dotted, ignoretz=True)
    except (ValueError, OverflowError, TypeError):
        return None
    if a.year != b.year:
        return None  # no year given: not a publication date we can place
    if not _EARLIEST_YEAR <= a.year <= date.today().year + 1:
        return None
    if a.month != b.month:
        return f"{a.year:04d}"
    if a.day != b.day:
        return f"{a.year:04d}-{a.month:02d}"
    return f"{a.year:04d}-{a.month:02d}-{a.day:02d}"

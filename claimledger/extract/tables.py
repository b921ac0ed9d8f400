"""Rows of a plain-text table: "Gunshot wounds    61" under "Cause of death    Number" and a caption
"Deaths documented, by cause". The row's label is then the subgroup, and the measure comes from the caption or
header; a row whose label is itself a measure ("Deaths    613", "Injured | 487") keeps it.

Runs after the measures, on one-figure lines only.
"""
from __future__ import annotations

import re

from claimledger.extract import predicates
from claimledger.extract.mention import Mention

_ROW = re.compile(r"(?P<label>[^\W\d_][^\d\t|:]{1,50}?)(?:\t+| {2,}|\s*\|\s*)")
_AFTER_ROW = re.compile(r"\s*(?:\[\w{1,4}\]|\([^()]{0,40}\))?\s*")
# "type" and "group" alone are too common in infobox rows ("Attack type  Mass killing") to announce a grouping
_BY_GROUP = re.compile(r"\b(?:causes?|by\s+\w+|category|categories|age|sex|gender)\b", re.IGNORECASE)
_TOTAL = re.compile(r"(?:total|all|overall|sum|in\s+all)\b", re.IGNORECASE)


def settle(text: str, mentions: list[Mention], previous_lines: list[tuple[int, int]]) -> None:
    """Set measure and subgroup of a table row's figure from the table's header lines."""
    if len(mentions) != 1:
        return
    m = mentions[0]
    s_start, s_end = m.sentence
    row = _ROW.fullmatch(text, s_start, m.start)
    if not row or not _AFTER_ROW.fullmatch(text, m.tail, s_end):
        return
    header = [(a, b) for a, b in previous_lines[-10:] if not any(ch.isdigit() for ch in text[a:b])]
    if not header:
        return
    header_text = " ".join(text[a:b] for a, b in header)
    grouped = bool(_BY_GROUP.search(header_text))
    label = row.group("label").strip()
    own = [p for p in predicates.find(text, s_start, m.start) if not p.weak]
    if own and not grouped:
        return  # "Deaths    613": the label is the measure
    found = [p for a, b in reversed(header) for p in predicates.find(text, a, b) if not p.weak]
    if not found:
        return
    m.measure = found[0].measure
    if not _TOTAL.match(label):
        m.subgroup = label

"""Rows of a plain-text table: "Gunshot wounds    61" under "Cause of death    Number" and a caption
"Deaths documented, by cause". The row's label is then the subgroup, and the measure comes from the caption or
header; a row whose label is itself a measure ("Deaths    613", "Injured | 487") keeps it.

Tables flattened to one cell per line (as HTML and PDF extraction often leave them) are read too: header cells
"Category / Killed / Wounded", then rows "Women / 29 / 11": each number takes its column's measure and its row's
label.

Runs after the measures, on one-figure lines only.
"""
from __future__ import annotations

import re

from claimledger.extract import grid, predicates
from claimledger.extract.mention import Mention

_ROW = re.compile(r"(?P<label>[^\W\d_][^\d\t|:]{1,50}?)(?:\t+| {2,}|\s*\|\s*)")
_AFTER_ROW = re.compile(r"\s*(?:\[\w{1,4}\]|\([^()]{0,40}\))?\s*")
# "type" and "group" alone are too common in infobox rows ("Attack type  Mass killing") to announce a grouping
_BY_GROUP = re.compile(r"\b(?:causes?|by\s+\w+|category|categories|age|sex|gender)\b", re.IGNORECASE)
_TOTAL = re.compile(r"(?:total|all|overall|sum|in\s+all)\b", re.IGNORECASE)


_CELL = 60  # longest line read as a table cell
_MAX_ROWS = 40


def _line_before(text: str, line_start: int) -> tuple[int, int] | None:
    if line_start <= 0:
        return None
    start = text.rfind("\n", 0, line_start - 1) + 1
    return start, line_start - 1


def _cell(text: str, span: tuple[int, int] | None) -> str | None:
    """A short line's text, stripped; None for a blank or long line (not a cell)."""
    if span is None:
        return None
    cell = text[span[0]:span[1]].strip()
    return cell if cell and len(cell) <= _CELL else None


_NUMBER_CELL = re.compile(r"[~≈<>]?\d[\d,.]*\+?%?")


def _is_number(cell: str) -> bool:
    return bool(_NUMBER_CELL.fullmatch(cell))


def _numbers_after(text: str, label: tuple[int, int]) -> int:
    """How many number cells follow a row's label line."""
    count, at = 0, label[1] + 1
    while at < len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        cell = _cell(text, (at, end))
        if cell is None or not _is_number(cell):
            break
        count, at = count + 1, end + 1
    return count


def cell_column(text: str, m: Mention) -> tuple[str, str] | None:
    """(column header, row label) of a number standing alone on its line in a table flattened one cell per line."""
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    line = text[line_start:len(text) if line_end < 0 else line_end].strip()
    if line != text[m.start:m.end] or not _is_number(line):
        return None
    column = 0
    span = _line_before(text, line_start)
    while (cell := _cell(text, span)) is not None and _is_number(cell):
        column += 1
        span = _line_before(text, span[0]) if span else None
    label = _cell(text, span)
    if label is None or span is None:
        return None
    # back over earlier rows (a label, then numbers) to the header: non-number lines right before a label
    first_label = span
    numbers = 0
    for _ in range(_MAX_ROWS * 6):
        span = _line_before(text, span[0])
        cell = _cell(text, span)
        if cell is None or span is None:
            return None
        if _is_number(cell):
            numbers += 1
            continue
        if numbers == 0:
            break  # two words in a row: the header's last cell above the first row's label
        first_label, numbers = span, 0
    width = _numbers_after(text, first_label)  # number columns: the first row's, read forward
    header: list[str] = []
    span = first_label
    for _ in range(width + 1):
        span = _line_before(text, span[0]) if span else None
        cell = _cell(text, span)
        if cell is None or _is_number(cell):
            return None
        header.append(cell)
    header.reverse()  # [category, column 1, column 2, ...]
    if column + 1 >= len(header):
        return None
    return header[column + 1], label


def column_measure(header: str) -> str | None:
    """The measure a column's header names ("Wounded", "Killed"): a strong predicate first."""
    found = predicates.find(header, 0, len(header))
    strong = [p for p in found if not p.weak] or found
    return strong[0].measure if strong else None


def settle_divided(text: str, mentions: list[Mention]) -> None:
    """In a table divided by pipes, tabs or spaces, a number's column header names its measure ("Killed |
    Injured")."""
    for m in mentions:
        column = grid.column_of(text, m.start)
        measure = column_measure(column) if column is not None else None
        if measure is not None:
            m.measure = measure


def settle(text: str, mentions: list[Mention], previous_lines: list[tuple[int, int]]) -> None:
    """Set measure and subgroup of a table row's figure from the table's header lines."""
    if len(mentions) != 1:
        return
    m = mentions[0]
    cells = cell_column(text, m)
    if cells is not None:
        column, label = cells
        measure = column_measure(column)
        if measure is not None:
            m.measure = measure
            m.subgroup = None if _TOTAL.match(label) else label
        return
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


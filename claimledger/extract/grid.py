"""Rows of a table whose cells are divided by pipes, tabs or runs of spaces ("12 Jan | Veldt crossing | 14 |
30+ | Provincial police" under "Date | Place | Killed | Injured | Source"): each cell's column is named by the
header above it.

The figure component asks which column a number stands in (its header gives the measure: "Injured"); attribution
asks for the row's cell under a "Source" header.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_DIVIDER = re.compile(r"[ \t]*(?:\||\t+)[ \t]*| {2,}")
_HEADER_ROWS = 40  # rows read back to the header
_MIN_CELLS = 3


@dataclass(frozen=True)
class Cell:
    column: str  # the header's text for this column, as written
    start: int  # where the cell's text starts in the document
    text: str


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) in the document of each cell of the line [start, end), stripped of spaces."""
    out: list[tuple[int, int]] = []
    at = start
    for divider in _DIVIDER.finditer(text, start, end):
        out.append((at, divider.start()))
        at = divider.end()
    line = text[start:end]
    stop = start + len(line.rstrip()) if line.strip() else len(text[:end].rstrip())  # a blank line: as before
    out.append((at, stop))
    return [(a, b) for a, b in out if b >= a]


def _line(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _header(text: str, line_start: int, width: int) -> list[str] | None:
    """The nearest line above in the same block with as many cells and no digit: the table's header."""
    end = line_start - 1
    for _ in range(_HEADER_ROWS):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not line.strip():
            return None  # a blank line ends the table
        cells = _cells(text, start, end)
        if len(cells) == width and not any(ch.isdigit() for ch in line):
            return [text[a:b].strip() for a, b in cells]
        end = start - 1
    return None


def row(text: str, pos: int) -> tuple[list[str], list[Cell], int] | None:
    """(header, the row's cells, index of the cell holding `pos`) when `pos` stands in a divided table row."""
    start, end = _line(text, pos)
    line = text[start:end]
    if "|" not in line and "\t" not in line and "  " not in line:
        return None  # most lines are prose: no divider to look for
    spans = _cells(text, start, end)
    if len(spans) < _MIN_CELLS:
        return None
    header = _header(text, start, len(spans))
    if header is None:
        return None
    index = next((i for i, (a, b) in enumerate(spans) if a <= pos <= b), None)
    if index is None:
        return None
    cells = [Cell(header[i], a, text[a:b]) for i, (a, b) in enumerate(spans)]
    return header, cells, index


def column_of(text: str, pos: int) -> str | None:
    """The header of the column the number at `pos` stands in."""
    found = row(text, pos)
    return found[0][found[2]] if found else None


def cell_under(text: str, pos: int, heads: frozenset[str]) -> Cell | None:
    """The row's cell under a header in `heads` ("Source"), for the number at `pos`, if the row has one."""
    found = row(text, pos)
    if found is None:
        return None
    header, cells, index = found
    for i, name in enumerate(header):
        if i != index and name.lower() in heads and cells[i].text.strip():
            return cells[i]
    return None

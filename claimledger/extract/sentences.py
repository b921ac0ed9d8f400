"""Split plain text into sentences with exact offsets, fast enough to run over every byte of a corpus.

Rules for the genre: a blank line always ends a sentence; a single line break ends one unless the line runs
on (hard-wrapped text: the next line opens in lower case, or the document is wrapped at a fixed width and the
line is full); '.', '!', '?' end one before a capital, digit or quotation mark unless the word before is an
abbreviation (Feb., No., Mr., U.S.) or an initial ("A. Mutalibov").
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from claimledger.lexicons import load

# every branch opens with a character, which lets the regex engine skip ahead to candidates ("[.!?]*" before the
# blank line would match nothing more: where a mark stands, the first branch matches already)
_BOUNDARY = re.compile(r"""(?:[.!?]+["'”’)\]]*|\n\s*\n\s*|\n)""")
_NEXT_START = re.compile(r"""\s*(?:["'“‘(\[]?\s*[A-Z0-9\u00C0-\u024F\u0400-\u04FF]|[•*\-–—]|$)""")
_WORD_BEFORE = re.compile(r"(\S+)$")
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]?")

@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(w.lower() for w in load("abbreviations")["abbreviations"])


def _is_abbreviation(text: str, dot: int) -> bool:
    match = _WORD_BEFORE.search(text, max(0, dot - 30), dot)
    if not match:
        return False
    word = match.group(1).lstrip("(\"'“‘[")
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True  # an initial: "A. Mutalibov"
    if _DOTTED.fullmatch(word):
        return True  # "U.S", "e.g"
    return word.lower() in _abbreviations()


_MIN_WRAP, _MAX_WRAP = 40, 200  # widths at which newspapers, wires, e-mails and PDF text are wrapped
_FULL = 0.7  # a line this share of the width or longer was filled to the margin: it runs on


def wrap_width(text: str, start: int = 0, end: int | None = None) -> int | None:
    """The width a hard-wrapped text is filled to, or None for text with one paragraph per line.

    A wrapped text has many lines of nearly the same length, the longest ones; a text with a paragraph per
    line has lengths all over the place. Short lines (headings, table cells) do not count either way."""
    lengths = sorted(n for line in text[start:end].split("\n") if (n := len(line.rstrip())) >= _MIN_WRAP * 0.75)
    if len(lengths) < 3:
        return None
    width = lengths[int(len(lengths) * 0.9)]
    if not _MIN_WRAP <= width <= _MAX_WRAP:
        return None
    near = sum(1 for n in lengths if width * 0.85 <= n <= width + 2)
    prose = sum(1 for n in lengths if n >= width * 0.5)  # not the short lines of headings, tables, lists
    return width if near >= 3 and near >= prose * 0.3 else None


def _runs_on(text: str, line_end: int, width: int | None) -> bool:
    """Does the line ending at `line_end` continue on the next one?"""
    nxt = text[line_end + 1:line_end + 2]
    prev = text[line_end - 1:line_end] if line_end > 0 else ""
    if prev == "" or prev in ".!?:;" or not nxt.strip():
        return False
    if nxt.islower():
        return True  # a hard-wrapped line running on
    if width is None or nxt in "•*-–—|\t":
        return False
    line_start = text.rfind("\n", 0, line_end) + 1
    return line_end - line_start >= width * _FULL and prev not in "\"”'’)]"


def split(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of each sentence in text[start:end], stripped of surrounding white space."""
    end = len(text) if end is None else end
    width = wrap_width(text, start, end)
    sentence_start = start
    for match in _BOUNDARY.finditer(text, start, end):
        boundary = match.group(0)
        if "\n" in boundary and "\n" in boundary.strip(" \t\r") and boundary.count("\n") >= 2:
            cut = match.start() + len(boundary.rstrip())  # blank line: always a break
        elif boundary == "\n":
            line_end = match.start()
            if _runs_on(text, line_end, width):
                continue
            cut = line_end
        else:
            if not _NEXT_START.match(text, match.end(), end):
                continue
            if boundary == "." and text[match.start() - 1:match.start()].isdigit() and \
                    text[match.end():match.end() + 1].isdigit():
                continue  # a decimal point or a dotted date: "2.5 million", "26.02.1992"
            single_dot = boundary.startswith(".") and len(boundary.rstrip("\"'”’)]")) == 1
            if single_dot and _is_abbreviation(text, match.start()):
                continue
            cut = match.end()
        piece = _strip(text, sentence_start, cut)
        if piece:
            yield piece
        sentence_start = match.end() if "\n" in boundary else cut
    piece = _strip(text, sentence_start, end)
    if piece:
        yield piece


def _strip(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None

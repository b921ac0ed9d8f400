"""Quotation spans of a document: straight, curly, guillemet and single curly quotes, nested, unbalanced, and
statements quoted over several paragraphs (an opening mark at the head of each paragraph continues the quote).

Each glyph family is paired on its own, so a straight-quoted statement may hold curly-quoted words inside.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# family -> (opening marks, closing marks, marks that may do either)
FAMILIES: dict[str, tuple[str, str, str]] = {
    "straight": ("", "", '"'),
    "curly": ("“„", "”", ""),
    "guillemet": ("«", "»", ""),
    "single": ("‘", "’", ""),
}
OPENING_CONTEXT = " \t\n\r([{—–-/:"


@dataclass(frozen=True)
class Quote:
    start: int  # offset of the opening mark
    end: int  # offset just past the closing mark (the paragraph's end when the quote never closes)
    closed: bool

    @property
    def inner_start(self) -> int:
        return self.start + 1

    @property
    def inner_end(self) -> int:
        return self.end - 1 if self.closed else self.end

    def holds(self, start: int, end: int) -> bool:
        return self.start < start and end <= self.inner_end


def _paragraph_start(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t\ufeff":
        j -= 1
    return j < 0 or text[j] == "\n"


def _paragraph_end(text: str, i: int) -> int:
    """End of the paragraph holding offset i (a blank line or the end of the text)."""
    n = text.find("\n\n", i)
    if n < 0:
        n = text.find("\n\r\n", i)
    end = len(text) if n < 0 else n
    while end > i and text[end - 1].isspace():
        end -= 1
    return end


def _role(text: str, i: int, opening: str, closing: str, either: str) -> str:
    ch = text[i]
    if ch in opening:
        return "open"
    if ch in closing:
        return "close"
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before in OPENING_CONTEXT and not after.isspace():
        return "open"
    if not before.isspace():
        return "close"
    return "either"


def _single_mark_counts(text: str, i: int) -> bool:
    """A single curly mark is a quote only at a word's edge: "Armenia’s" holds an apostrophe."""
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch == "‘":
        return not before.isalnum()
    return not after.isalnum() and before not in " \t\n"


def _pair(text: str, family: str) -> list[Quote]:
    opening, closing, either = FAMILIES[family]
    marks = opening + closing + either
    quotes: list[Quote] = []
    open_at: int | None = None
    last_touch = 0
    for match in re.finditer("[" + re.escape(marks) + "]", text):
        i = match.start()
        if family == "single" and not _single_mark_counts(text, i):
            continue
        role = _role(text, i, opening, closing, either)
        if open_at is None:
            if role != "close":
                open_at, last_touch = i, i
            continue
        crossed = text.find("\n", last_touch, i) >= 0
        if role == "open" and _paragraph_start(text, i) and crossed:
            last_touch = i  # the next paragraph of the same quotation
            continue
        if role == "open" and crossed:
            # the previous quote never closed: end it with the paragraph it was last seen in
            quotes.append(Quote(open_at, _paragraph_end(text, last_touch), False))
            open_at, last_touch = i, i
            continue
        quotes.append(Quote(open_at, i + 1, True))
        open_at = None
    if open_at is not None:
        quotes.append(Quote(open_at, _paragraph_end(text, last_touch), False))
    return quotes


class QuoteIndex:
    """Every quotation of a text, and the innermost one that holds a span.

    Quotations usually nest (a quote within a quote) or follow each other, so each one's parent is the nearest
    earlier quotation containing it, found in one pass with a stack; a span's holders are then the last
    quotation opening before it and that quotation's ancestors, a walk as long as the nesting is deep. When two
    quotations cross (an unclosed mark running to the paragraph's end over another family's pair), the lookups
    fall back to scanning the quotations that open before the span.
    """

    def __init__(self, text: str) -> None:
        found: list[Quote] = []
        for family in FAMILIES:
            if any(mark in text for mark in "".join(FAMILIES[family])):
                found.extend(_pair(text, family))
        self.quotes = sorted(found, key=lambda q: (q.start, -q.end))
        self.starts = [q.start for q in self.quotes]
        self.parents: list[int] = []
        self.nested = True
        stack: list[int] = []
        for i, quote in enumerate(self.quotes):
            while stack and self.quotes[stack[-1]].end <= quote.start:
                stack.pop()
            if stack and quote.end > self.quotes[stack[-1]].end:
                self.nested = False  # two quotations cross
            self.parents.append(stack[-1] if stack else -1)
            stack.append(i)

    def _holders(self, start: int, end: int) -> list[Quote]:
        i = bisect_right(self.starts, start) - 1
        out = []
        if self.nested:
            while i >= 0:
                if self.quotes[i].holds(start, end):
                    out.append(self.quotes[i])
                i = self.parents[i]
            return out
        scanned = 0
        while i >= 0 and scanned < 200:
            if self.quotes[i].holds(start, end):
                out.append(self.quotes[i])
            i -= 1
            scanned += 1
        return out

    def innermost(self, start: int, end: int) -> Quote | None:
        """The quotation with the latest start that holds [start, end)."""
        holders = self._holders(start, end)
        return holders[0] if holders else None

    def enclosing(self, start: int, end: int) -> list[Quote]:
        """Every quotation holding [start, end), innermost first."""
        return self._holders(start, end)

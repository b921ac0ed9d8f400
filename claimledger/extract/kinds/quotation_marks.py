"""Find quotations: pairs of quotation marks with the words between them, straight or curly, possibly
running over several paragraphs, nested one family inside another ("... “...” ...").

Each family of marks is paired on its own: straight double ("), curly double (“ ” „), guillemets (« »)
and curly single (‘ ’, where ’ is an apostrophe unless a ‘ is open and no letter follows it).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

_MAX_CHARS = 20000  # an opening mark left unclosed this long was a stray mark, not a quotation


@dataclass(frozen=True)
class Quotation:
    open: int  # offset of the opening mark
    close: int  # offset of the closing mark

    @property
    def inner_start(self) -> int:
        return self.open + 1

    @property
    def inner_end(self) -> int:
        return self.close


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def _straight_role(text: str, i: int) -> str:
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if _is_space(before) or before in "([{—–-/:":
        return "close" if _is_space(after) else "open"
    if _is_space(after) or after in ".,;:!?)]}—–-" or not after.isalnum():
        return "close"
    return "either"


class _Family:
    """Pairs the marks of one family; an opening mark that starts a paragraph inside an open quotation
    continues it (the convention for quotations of several paragraphs)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pending: int | None = None
        self.found: list[Quotation] = []

    def open(self, i: int) -> None:
        if self.pending is not None and (self._starts_paragraph(i) or i - self.pending > _MAX_CHARS):
            if i - self.pending > _MAX_CHARS:
                self.pending = i
            return
        self.pending = i

    def close(self, i: int) -> None:
        if self.pending is None:
            return
        if i - self.pending <= _MAX_CHARS and i > self.pending + 1:
            self.found.append(Quotation(self.pending, i))
        self.pending = None

    def toggle(self, i: int) -> None:
        if self.pending is None:
            self.open(i)
        else:
            self.close(i)

    def _starts_paragraph(self, i: int) -> bool:
        line_start = self.text.rfind("\n", 0, i) + 1
        after_break = "\n" in self.text[max(0, line_start - 3):line_start]
        return not self.text[line_start:i].strip() and line_start > 0 and after_break


@lru_cache(maxsize=16)
def find(text: str) -> tuple[Quotation, ...]:
    """Every quotation in `text`, in order of their opening marks."""
    straight, curly, guillemet, single = (_Family(text) for _ in range(4))
    for m in re.finditer(r"[\"“”„«»‘’]", text):
        i, ch = m.start(), m.group()
        if ch == '"':
            role = _straight_role(text, i)
            if role == "open":
                straight.open(i)
            elif role == "close":
                straight.close(i)
            else:
                straight.toggle(i)
        elif ch in "“„":
            if ch == "“" and curly.pending is not None and text[curly.pending] == "„":
                curly.close(i)  # „German style“
            else:
                curly.open(i)
        elif ch == "”":
            if curly.pending is None and _straight_role(text, i) == "open":
                curly.open(i)  # a closing mark used for both ends
            else:
                curly.close(i)
        elif ch == "«":
            guillemet.open(i)
        elif ch == "»":
            guillemet.close(i)
        elif ch == "‘":
            before = text[i - 1] if i > 0 else ""
            if not before.isalnum():
                single.open(i)
        elif ch == "’":
            after = text[i + 1] if i + 1 < len(text) else ""
            if single.pending is not None and not after.isalpha():
                single.close(i)
    found = straight.found + curly.found + guillemet.found + single.found
    return tuple(sorted(found, key=lambda q: q.open))


def enclosing(quotations: tuple[Quotation, ...], start: int, end: int) -> Quotation | None:
    """The innermost quotation whose words hold [start, end): the latest-opening one that does."""
    i = bisect_right(_opens(quotations), start - 1)
    while i > 0:
        i -= 1
        q = quotations[i]
        if q.open < start - _MAX_CHARS:
            break  # no quotation is longer than that
        if q.inner_start <= start and end <= q.inner_end:
            return q
    return None


_OPENS: list[tuple[tuple[Quotation, ...], list[int]]] = []  # the last document's opening offsets


def _opens(quotations: tuple[Quotation, ...]) -> list[int]:
    if not (_OPENS and _OPENS[0][0] is quotations):
        _OPENS[:] = [(quotations, [q.open for q in quotations])]
    return _OPENS[0][1]

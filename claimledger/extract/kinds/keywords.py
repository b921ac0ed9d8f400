"""One keyword scan per document for every claim-kind component.

Most of a document holds no label, cue or instrument word. Each component registers the literal words (a
"family") one of which starts every match of its detailed regexes; `starts(folded, family)` then gives the
offsets where a word of that family starts, found by a single trie-shaped regex over the folded text shared by
all families. The detailed regexes run only at those offsets (`finditer_at`), which keeps their output
identical to a full scan while the document is read once.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from claimledger.extract.kinds._shared import trie_pattern

_SEPARATOR = r",?\s+"  # between the words of a keyword: what every family's own regexes allow, or more
_FAMILIES: dict[str, Callable[[], Iterable[str]]] = {}


def family(name: str, words: Callable[[], Iterable[str]]) -> None:
    """Register `name`: `words()` (called once, lazily) lists lower-case literals, one of which starts every
    match the family's regexes can make. Matching is on folded text, so a case-sensitive regex on the raw text
    is covered by its words in lower case."""
    _FAMILIES[name] = words
    _table.cache_clear()
    _index.cache_clear()


def _norm(words: str) -> str:
    return " ".join(words.replace(",", " ").split())


@lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    """The trie regex of every keyword and, per keyword, the families of it and of the keywords it starts with
    (the regex reports only the longest keyword at an offset)."""
    own: dict[str, set[str]] = {}
    for name, words in _FAMILIES.items():
        for word in words():
            key = _norm(word.lower())
            if key:
                own.setdefault(key, set()).add(name)
    closure: dict[str, frozenset[str]] = {}
    for key in own:
        names: set[str] = set()
        for i in range(1, len(key) + 1):
            names |= own.get(key[:i], set())
        closure[key] = frozenset(names)
    return re.compile(trie_pattern((k.split() for k in own), _SEPARATOR)), closure


@lru_cache(maxsize=8)
def _index(folded: str) -> dict[str, list[int]]:
    regex, closure = _table()
    found: dict[str, list[int]] = {name: [] for name in _FAMILIES}
    pos = 0
    while (m := regex.search(folded, pos)) is not None:
        for name in closure[_norm(m.group())]:
            found[name].append(m.start())
        pos = m.start() + 1  # a keyword may start inside another one
    return found


def starts(folded: str, name: str) -> list[int]:
    """The offsets in `folded` (the document's folded text) where a word of family `name` starts, ascending."""
    return _index(folded)[name]


def finditer_at(regex: re.Pattern[str], text: str, offsets: Iterable[int]) -> Iterator[re.Match[str]]:
    """`regex.finditer(text)` for a regex that can only match at `offsets` (ascending): tried there alone."""
    pos = 0
    for at in offsets:
        if at < pos:
            continue
        m = regex.match(text, at)
        if m is not None:
            yield m
            pos = max(m.end(), at + 1)

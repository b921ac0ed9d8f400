"""Word-list regexes shaped for speed: the same matches as `\\b(?:longest|long|short)`, found about twice as fast.

At a word start CPython's regex engine tries every alternative of `\\b(?:a|b|...)` in turn. Written as a trie
(`m(?:assacres?|urders?)`) behind a look-behind for the word start (which fails at once inside a word), it
follows one branch per character instead. For plain words sorted longest first the two regexes match the same
spans: both try, at a position, the words that fit from the longest to the shortest, and before a word
character `\\b` and `(?<!\\w)` are the same test.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

_END = ""


def _trie(words: Iterable[str]) -> dict[str, Any]:
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return root


def _branches(node: dict[str, Any]) -> str:
    """The regex of a trie node: longer continuations first, then the end of a word, as a sorted alternation."""
    parts = [re.escape(ch) + _branches(child) for ch, child in node.items() if ch != _END]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    if _END in node:
        return "(?:" + body + ")?"
    return body


def word_alternation(words: Iterable[str], word_char: str = r"\w", after: str = "",
                     tails: dict[str, str] | None = None) -> str | None:
    """A regex matching what `(?<!C)(?:w1|w2|...)A` matches, the words sorted longest first, C the class
    `word_char` (`\\w`: the `\\b` before a word) and A `after`; None unless every word starts with a C.

    `tails` adds other words, each followed by a pattern of its own instead of A: {"according": "(?=...)"}."""
    words = set(words)
    tails = tails or {}
    starts = re.compile(word_char)
    if not all(w and starts.fullmatch(w[0]) for w in words | set(tails)):
        return None
    branches = []
    for first in sorted({w[0] for w in words} | {w[0] for w in tails}):
        options = []
        if any(w[0] == first for w in words):
            options.append(_branches(_trie(w[1:] for w in words if w[0] == first)) + after)
        options += [re.escape(w[1:]) + tail for w, tail in sorted(tails.items()) if w[0] == first]
        body = options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"
        branches.append(re.escape(first) + body)
    return "(?<!" + word_char + ")(?:" + "|".join(branches) + ")" if branches else "(?!)"


_LITERAL_FIRST = re.compile(r"[a-z](?![?*+{])")  # a fragment whose matches all start with this letter


def top_level_bar(fragment: str) -> bool:
    """Whether `fragment` is itself an alternation ("killed|dead"): a "|" outside any group or class."""
    depth, k, in_class = 0, 0, False
    while k < len(fragment):
        ch = fragment[k]
        if ch == "\\":
            k += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            k += 1 if fragment[k + 1:k + 2] == "^" else 0
            k += 1 if fragment[k + 1:k + 2] == "]" else 0  # "[]...]", "[^]...]": that "]" is a member
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
        k += 1
    return False


def by_first_letter(fragments: list[str]) -> str:
    """`(?:f1|f2|...)` for regex fragments, as one group per first letter: at a position only the fragments that
    can start with its letter are tried, in their order, so the regex makes the same matches. When every fragment
    starts with a plain letter the group is that letter and the rest of each fragment; otherwise each group sits
    behind a look-ahead for its letter, a fragment that does not start with a plain letter is kept, in order, in
    every group and in a last one for the other characters."""
    literal = [f for f in fragments if _LITERAL_FIRST.match(f) and not top_level_bar(f)]
    letters = sorted({f[0] for f in literal})
    if not letters:
        return "(?:" + "|".join(fragments) + ")"
    if len(literal) == len(fragments):  # the letter itself opens each group: the engine can skip to those letters
        return "(?:" + "|".join(
            letter + "(?:" + "|".join(f[1:] for f in fragments if f[0] == letter) + ")" for letter in letters) + ")"
    others = [f for f in fragments if f not in literal]
    groups = []
    for letter in letters:
        members = [f for f in fragments if f not in literal or f[0] == letter]
        groups.append("(?=" + letter + ")(?:" + "|".join(members) + ")")
    if others:
        groups.append("(?![" + "".join(letters) + "])(?:" + "|".join(others) + ")")
    return "(?:" + "|".join(groups) + ")" if groups else "(?!)"

"""A cheap scan for the sentences that can hold a figure: a digit, or a number word or vague amount from
`lexicons/numbers.toml`. Most sentences hold none; only these go through the figure grammar."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from claimledger.extract.wordscan import word_alternation
from claimledger.lexicons import load

_DIGIT = re.compile(r"\d")


@cache
def words_pattern() -> re.Pattern[str]:
    """Number words and vague amounts, lower case, for lower-cased text (much faster than IGNORECASE), as one
    branch per first letter (`wordscan`): the same matches as the plain alternation, found faster."""
    fast = word_alternation(_words())
    return re.compile(fast + r"\b") if fast is not None else re.compile(pattern().pattern.replace(r"\d|", "", 1))


@cache
def _words() -> frozenset[str]:
    lex = load("numbers")
    words = set(lex["cardinals"]) | set(lex["scales"])
    for phrase in list(lex["vague"]) + list(lex["article_amounts"]) + list(lex["fractions"]):
        words.update(w for w in phrase.lower().split() if w not in ("a", "of", "an"))
    words -= set(lex["alone_not_figure"]) - {"one"}
    return frozenset(words)


@cache
def pattern() -> re.Pattern[str]:
    alternation = "|".join(sorted((re.escape(w) for w in _words()), key=len, reverse=True))
    return re.compile(rf"\d|\b(?:{alternation})\b", re.IGNORECASE)


def candidates(text: str, spans: list[tuple[int, int]]) -> Iterator[int]:
    """Indexes of the sentences in `spans` that may hold a figure."""
    lowered = text.lower()
    if len(lowered) != len(text):  # lower case changed some lengths: search the text itself
        search = pattern().search
        for i, (start, end) in enumerate(spans):
            if search(text, start, end):
                yield i
        return
    digit, words = _DIGIT.search, words_pattern().search
    for i, (start, end) in enumerate(spans):
        if digit(text, start, end) or words(lowered, start, end):
            yield i

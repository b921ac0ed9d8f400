"""A cheap scan for the sentences that can hold a figure: a digit, or a number word or vague amount from
`lexicons/numbers.toml`. Most sentences hold none; only these go through the figure grammar."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from claimledger.lexicons import load


@cache
def pattern() -> re.Pattern[str]:
    lex = load("numbers")
    words = set(lex["cardinals"]) | set(lex["scales"])
    for phrase in list(lex["vague"]) + list(lex["article_amounts"]):
        words.update(w for w in phrase.lower().split() if w not in ("a", "of", "an"))
    words -= set(lex["alone_not_figure"]) - {"one"}
    alternation = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"\d|\b(?:{alternation})\b", re.IGNORECASE)


def candidates(text: str, spans: list[tuple[int, int]]) -> Iterator[int]:
    """Indexes of the sentences in `spans` that may hold a figure."""
    search = pattern().search
    for i, (start, end) in enumerate(spans):
        if search(text, start, end):
            yield i

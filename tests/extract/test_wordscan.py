"""The speed-shaped regexes of `wordscan` make exactly the matches of the plain alternations they replace."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from claimledger.extract.wordscan import by_first_letter, word_alternation
from claimledger.lexicons import load

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8").lower() for p in sorted(EXAMPLES.glob("*.txt"))]
    rng = random.Random(11)
    words = ["massacre", "massacres", "mass", "war", "warfare", "two", "twenty", "twentyfive", "a_war", "war2",
             "killed", "kill", "dead", "transferred", "forcibly transferred", "hospital", "x"]
    # words run together, glued to digits and underscores, at the very start and end: the boundary cases
    texts.append("".join(rng.choice(words) + rng.choice([" ", "", "_", "-", "2", ".\n", "'s "]) for _ in range(4000)))
    return texts


def _spans(regex: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in regex.finditer(text)]


@pytest.mark.parametrize("words", [
    ["massacre", "massacres", "mass", "war", "warfare", "a", "an"],
    ["two", "twenty", "twentyfive", "x"],
    [w.lower() for w in load("events")["event_nouns"]],
])
def test_word_alternation_matches_the_sorted_alternation(words: list[str]) -> None:
    plain = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")\b")
    pattern = word_alternation(words)
    assert pattern is not None
    fast = re.compile(pattern + r"\b")
    open_end = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + ")")
    for text in _texts():
        assert _spans(fast, text) == _spans(plain, text)
        assert _spans(re.compile(pattern), text) == _spans(open_end, text)  # the longest word wins by itself
        for at in range(0, len(text), 97):  # a search from inside the text sees what lies before it
            found, expected = fast.search(text, at, at + 300), plain.search(text, at, at + 300)
            assert (found and found.span()) == (expected and expected.span())


def test_word_alternation_refuses_a_word_that_starts_outside_the_class() -> None:
    assert word_alternation(["war", "-day"]) is None
    assert word_alternation(["war", "2020"], r"[^\W\d_]") is None


def test_by_first_letter_keeps_order_and_matches() -> None:
    # a fragment that is an alternation, one that opens with a group, shorter ones before longer: order matters
    fragments = ["kill(?:ed|ings)?", "k|dead", "[dk]ied", "died", "dead(?:ly)?", "(?:forcibly )?transferred",
                 "transfer", "x?y"]
    plain = re.compile(r"\b(?:" + "|".join(fragments) + r")\b")
    fast = re.compile(r"\b" + by_first_letter(fragments) + r"\b")
    letters = re.compile(r"\b" + by_first_letter(["killed", "kill", "dead(?:ly)?", "died"]) + r"\b")
    plain_letters = re.compile(r"\b(?:killed|kill|dead(?:ly)?|died)\b")
    for text in _texts():
        assert _spans(fast, text) == _spans(plain, text)
        assert _spans(letters, text) == _spans(plain_letters, text)
    predicates = [f for p in load("measures")["predicates"].values() for f in sorted(p, key=len, reverse=True)]
    grouped = re.compile(r"\b" + by_first_letter(predicates) + r"\b")
    joined = re.compile(r"\b(?:" + "|".join(predicates) + r")\b")
    for text in _texts():
        assert _spans(grouped, text) == _spans(joined, text)

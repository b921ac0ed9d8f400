"""Amounts as written, and the numbers that are not figures."""
from __future__ import annotations

import pytest

from claimledger.extract import nonfigures
from claimledger.extract.numbers import find_amounts


def amounts(text: str) -> list[tuple[str, float | None, float | None, float | None]]:
    return [(text[a.start:a.end], a.value, a.low, a.high) for a in find_amounts(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,275 were taken", [("1,275", 1275, 1275, 1275)]),
        ("5379 inhabitants", [("5379", 5379, 5379, 5379)]),
        ("the 1 275 hostages", [("1 275", 1275, 1275, 1275)]),
        ("some 2.5 million people", [("2.5 million", 2_500_000, 2_500_000, 2_500_000)]),
        ("damage of $2 billion", [("$2 billion", 2e9, 2e9, 2e9)]),
        ("Thirty-four people", [("Thirty-four", 34, 34, 34)]),
        ("two hundred villagers", [("two hundred", 200, 200, 200)]),
        ("a dozen houses", [("a dozen", 12, 12, 12)]),
        ("nearly a thousand", [("a thousand", 1000, 1000, 1000)]),
        ("a couple of dozen corpses", [("a couple of dozen", 24, 24, 24)]),
    ],
)
def test_numbers_and_number_words(text: str, expected: list[tuple[str, float, float, float]]) -> None:
    assert amounts(text) == expected


@pytest.mark.parametrize(
    ("text", "low"),
    [("dozens of bodies", 24), ("scores of civilians", 40), ("hundreds of thousands fled", 200_000),
     ("several hundred people", 200), ("tens of thousands", 20_000),
     ("thousands more", 2000), ("a few", 2)],
)
def test_vague_amounts_keep_the_smallest_count(text: str, low: float) -> None:
    (amount,) = find_amounts(text)
    assert amount.vague and amount.value is None and amount.low == low


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [("500-1,000 dead", "500-1,000", 500, 1000), ("500–1,000 dead", "500–1,000", 500, 1000),
     ("between 200 and 300 people", "between 200 and 300", 200, 300),
     ("from 7,000 to 8,000 men", "from 7,000 to 8,000", 7000, 8000),
     ("2-3 million displaced", "2-3 million", 2_000_000, 3_000_000),
     ("two or three bodies", "two or three", 2, 3)],
)
def test_ranges(text: str, span: str, low: float, high: float) -> None:
    (amount,) = find_amounts(text)
    assert (text[amount.start:amount.end], amount.low, amount.high, amount.is_range) == (span, low, high, True)


def test_dozens_to_hundreds_is_one_vague_range() -> None:
    (amount,) = find_amounts("dozens to hundreds of villagers")
    assert amount.vague and amount.is_range and amount.low == 24


def test_fractions_before_of_are_percentages() -> None:
    (amount,) = find_amounts("about three quarters of the victims")
    assert amount.fraction and amount.value == 75
    assert find_amounts("a half-hour walk") == []


def test_one_alone_is_not_an_amount_but_one_million_is() -> None:
    assert amounts("one of the survivors said") == []
    assert amounts("one million people")[0][1] == 1_000_000


def figures(text: str) -> list[str]:
    return [text[a.start:a.end] for a in find_amounts(text) if nonfigures.why_not(text, a) is None]


@pytest.mark.parametrize(
    "text",
    [
        "On 26 February 1992 the town fell.",
        "It happened on Feb. 25 to 26, 1992, at night.",
        "From September 27 to November 10, 2020 the war went on.",
        "It marks the 28th anniversary of the events.",
        "A man aged 70 was among them.",
        "The siege lasted for 30 years.",
        "During the 44-day war nothing changed.",
        "Regiment No. 366 took part, as did regiment No.366.",
        "Resolution 822 and resolutions 853, 874 and 884 were adopted.",
        "See p. 172 and Article 3 of the Convention.",
        "The village lies 12 km from the border.",
        "The clashes began at 10:30 local time.",
        "Gulnara Safarli, 34, said she lost her husband.",
        "Coordinates: 39°54′N 46°47′E",
        "Call +994 12 during office hours.",
        "In the 1990s the region was at war.",
        "Updated 3 Apr 2022 21.40 BST",
    ],
)
def test_not_figures(text: str) -> None:
    assert figures(text) == []


def test_footnote_marker_glued_to_a_figure_leaves_the_figure() -> None:
    assert figures("Officials counted 4,250[12] dead.") == ["4,250"]


def test_counts_that_look_like_years_stay_when_people_follow() -> None:
    assert figures("In 1992 1275 people were taken hostage.") == ["1275"]
    assert figures("Some 1990 civilians were evacuated.") == ["1990"]


def test_an_ordinal_that_implies_a_count_is_kept() -> None:
    assert figures("Peru became the 21st country to recognise the killings.") == ["21st"]
    assert figures("the 366th regiment") == []


def test_table_of_contents_lines_are_not_figures() -> None:
    text = "Contents\n1 Background\n2 Events\n3 Casualties\n\nThe attack killed 40 people."
    assert figures(text) == ["40"]

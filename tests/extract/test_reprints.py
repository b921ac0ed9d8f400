"""A reprinted report speaks in the voice of the paper that printed it; the reprinting site's own notes do not."""
from __future__ import annotations

from claimledger.extract import reprints
from claimledger.extract.pipeline import extract
from claimledger.model import Claim, Document


def claims_of(text: str) -> list[Claim]:
    return extract(Document(path="t.txt", text=text, sha256="", format="txt"), kinds={"figure"})


def attributed(text: str, number: str) -> str | None:
    return next(c.attributed_to for c in claims_of(text) if c.text == number)


MASTHEAD_PAGE = """Velm Remembers | Archive | Donate
From our archive: how the foreign press saw it. Retyped from a clipping.
The Harbour Courier, Tuesday, 14 April 1994
SHELLS FALL ON MARKET
By a Staff Reporter
In the hospital yard we counted 23 bodies under blankets.
A nurse said 40 wounded had been brought in overnight.
[END OF ARTICLE]
In all, 61 people from Velm were killed that spring.
"""


def test_own_voice_in_a_reprint_is_the_papers() -> None:
    assert attributed(MASTHEAD_PAGE, "23") == "The Harbour Courier"


def test_a_speaker_in_the_reprint_keeps_the_figure() -> None:
    assert attributed(MASTHEAD_PAGE, "40") == "nurse"


def test_after_the_end_of_the_reprint_the_site_speaks() -> None:
    assert attributed(MASTHEAD_PAGE, "61") is None


def test_a_paper_in_brackets_after_the_title_is_the_voice() -> None:
    text = ('Karst Memory > Press of 1993\n'
            'REPRINT: "Night of fire in Oblak" (The Evening Post, March 3, 1993)\n'
            'At dawn this reporter saw 14 houses still burning.\n')
    assert attributed(text, "14") == "The Evening Post"


def test_a_correspondent_named_as_the_author_of_the_reprint_is_the_voice() -> None:
    text = ("Below we reprint in our translation a report of the Kiev paper Vechirnii Kurier, 3 May 1993, by its "
            "correspondent Oles Maryn.\n"
            "I counted 19 graves on the hill above the village.\n")
    assert attributed(text, "19") == "Oles Maryn"


def test_a_note_of_the_site_inside_the_reprint_stays_the_sites() -> None:
    text = ("We reprint below a report from the weekly The Northern Ledger of 16 March 1992.\n"
            "Refugees reached the border in their thousands; at least 300 had died on the way.\n"
            "[Editor: the official toll today is 613 killed,\nof them 63 children.]\n"
            "Most of the 300 were buried where they fell.\n")
    assert attributed(text, "at least 300") == "The Northern Ledger"
    assert attributed(text, "613") is None


def test_a_heading_of_place_and_date_is_no_paper() -> None:
    text = ("Villages of the valley | Donate\n"
            "Dolna Reka, 9 April 1948\n"
            "Reprinted from our 2008 newsletter\n"
            "The village of Dolna Reka had some 600 inhabitants before the attack.\n")
    assert reprints.find(text) is None


def test_a_page_that_allows_reprinting_reprints_nothing() -> None:
    text = ("The Harbour Courier, 14 April 1994\n"
            "Shells fell on the market; 23 people were killed.\n"
            "© Harbour Courier. Reprinting allowed with attribution.\n")
    assert reprints.find(text) is None

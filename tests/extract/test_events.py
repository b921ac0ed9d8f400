"""Which event a figure belongs to: the document's main event, or another one a sentence names."""
from __future__ import annotations

from claimledger.extract.context import DocContext
from claimledger.extract.figures import extract_figures
from claimledger.model import Document


def events(text: str) -> dict[str, str | None]:
    doc = Document(path="t.txt", text=text, sha256="", format="txt")
    return {c.text: c.event for c in extract_figures(DocContext.of(doc))}


def test_the_most_named_event_is_the_main_one_and_aliases_join_spellings() -> None:
    text = ("Remembering the Khojali massacre\n\nThe Xocalı tragedy left 613 dead, officials say. "
            "Witnesses of the Khojaly massacre spoke of dozens of bodies.")
    assert set(events(text).values()) == {"Khojaly"}


def test_an_event_not_in_the_table_is_named_as_the_document_names_it() -> None:
    text = "The Dornitsa massacre\n\nAt least 161 civilians were killed in the Dornitsa massacre."
    assert events(text) == {"At least 161": "Dornitsa"}


def test_another_war_or_a_wider_frame_moves_the_figures() -> None:
    text = ("The Veldra siege\n\nDuring the Veldra siege 300 people died.\n\n"
            "During the 2020 war 94 civilians were killed. Another 414 were wounded.\n\n"
            "Throughout the conflict some 30,000 people died.\n\n"
            "In Veldra itself 40 houses burned.")
    got = events(text)
    assert got["300"] == "Veldra"
    assert got["94"] == "2020 war" and got["414"] == "2020 war"  # the paragraph stays on the war it named
    assert got["some 30,000"] != "Veldra"
    assert got["40"] == "Veldra"


def test_a_sentence_naming_two_events_gives_each_figure_the_one_named_before_it() -> None:
    text = ("The Khojaly massacre\n\nThe note compares Khojaly with the massacre of villagers in Maragha, "
            "in which dozens of civilians were killed.")
    assert events(text)["dozens"] == "Maraghar"


def test_a_heading_in_capitals_or_a_menu_line_names_no_war() -> None:
    text = ("RIGHTS DESK\nCONFLICT IN THE NORTH: A SUMMARY\n\nTroops entered Velna at night. At least 90 people were "
            "killed in the town.")
    assert events(text) == {"At least 90": None}
    menu = "Live\nVeldia-Tarnia war: latest\n\nAt least 40 people were killed in a strike on the port."
    assert events(menu) == {"At least 40": "Veldia-Tarnia war"}

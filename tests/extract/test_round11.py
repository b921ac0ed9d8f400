"""Rules added in the seventh session: a deed that yields a count ("a UN team exhumed the remains of 212") as the
weakest cue, and a subject whose participle aside opens without "-ed" ("The commission, set up after ...,")."""
from __future__ import annotations

import pytest
from attribution_helpers import who


@pytest.mark.parametrize("verb", ["exhumed", "recovered"])
def test_who_recovered_a_count_is_its_source_when_no_one_else_speaks(verb: str) -> None:
    text = f"Two years after the siege, a forensic team of the Orvel Commission {verb} the remains of 212 people."
    assert who(text, "212").attributed_to == "forensic team of the Orvel Commission"


def test_a_pronoun_that_recovered_a_count_is_the_body_opening_the_sentence() -> None:
    text = "When the Dresk Commission opened the pits in 1951 it recovered the remains of more than 500 people."
    assert who(text, "more than 500").attributed_to == "Dresk Commission"


def test_a_speaker_in_the_sentence_outranks_who_recovered_the_count() -> None:
    text = "Investigators have so far recovered 146 bodies from the site, the governor of Talmen said."
    assert who(text, "146").attributed_to == "governor of Talmen"


def test_a_source_inside_the_deed_outranks_who_recovered_the_count() -> None:
    text = "After the war the Talmen police, according to the cantonal prosecutor, recovered 29 bodies from the pit."
    assert who(text, "29").attributed_to == "cantonal prosecutor"


def test_reported_speech_running_on_outranks_who_recovered_the_count() -> None:
    text = ("The governor of Talmen says the exhumations in the forest are now complete. "
            "Investigators recovered 447 bodies, among them 215 women.")
    assert who(text, "447").attributed_to == "governor of Talmen"


def test_an_exhumation_that_recovered_a_count_is_no_one() -> None:
    text = "The first exhumation of spring 1951 recovered the remains of more than 4,000 men."
    assert who(text, "more than 4,000").attributed_to is None


def test_bodies_recovered_in_a_passive_are_the_writers_own_count() -> None:
    text = "In total 90 bodies were recovered from the woods in the following weeks."
    assert who(text, "90").attributed_to is None


@pytest.mark.parametrize("aside", ["set up after the army retook Dresk", "set up in 1946", "led from 1947 on"])
def test_a_participle_aside_without_ed_is_not_the_subject(aside: str) -> None:
    text = f"The Special Commission headed by Edvin Sarro, {aside}, claimed that the militia had shot some 11,000."
    assert who(text, "some 11,000").attributed_to == "Special Commission headed by Edvin Sarro"

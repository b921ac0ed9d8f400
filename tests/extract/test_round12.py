"""Rules added in the eighth session: memorials and plaques that list names, reports dated by "of the time",
charges brought by a prosecutor and the accused who is no speaker."""
from __future__ import annotations

import pytest
from attribution_helpers import who


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    ("The memorial in the churchyard of Velm lists 212 names, soldiers among them.", "212", "memorial"),
    ("A plaque unveiled in 1971 listed 88 names; four were added later.", "88", "plaque"),
    ("The town monument lists 140 names.", "140", "town monument"),
    ("Doctors in the town of Agdam said 40 of the wounded had died.", "40", "Doctors in the town of Agdam"),
])
def test_a_memorial_that_lists_names_is_their_source(text: str, needle: str, speaker: str) -> None:
    assert (who(text, needle).attributed_to or "").startswith(speaker)


def test_a_memorial_named_in_full_before_keeps_its_full_name() -> None:
    text = ("This page is published by the Orvel Memorial Foundation.\n\n"
            "In all, the Memorial counts 64 men of the village among the dead.")
    assert who(text, "64").attributed_to == "Orvel Memorial Foundation"


@pytest.mark.parametrize(("text", "speaker"), [
    ("The garrison's own report of the time gave 74 \"partisans\" shot.", "garrison"),
    ("The prefecture's report of 1946 said 51 villagers died.", "prefecture"),
])
def test_a_report_dated_by_its_time_speaks_for_its_author(text: str, speaker: str) -> None:
    number = "74" if "74" in text else "51"
    assert who(text, number).attributed_to == speaker


def test_an_amount_given_with_the_harmed_named_is_a_report_but_not_a_gift() -> None:
    assert who("The district report gave 30 civilians killed.", "30").attributed_to == "district report"
    assert who("The district office gave 30 blankets to the shelter.", "30").attributed_to is None


def test_who_charges_a_killing_is_the_source_of_its_count() -> None:
    text = "The cantonal prosecutor had charged the two accused with the killing of 34 civilians in Dolac."
    assert "prosecutor" in (who(text, "34").attributed_to or "")


@pytest.mark.parametrize("text", [
    "Village guards accused of killing dozens of shepherds",
    "Two officers charged with killing 13 prisoners were released on bail.",
])
def test_the_accused_is_not_the_source(text: str) -> None:
    needle = "dozens" if "dozens" in text else "13"
    assert who(text, needle).attributed_to is None


def test_reports_of_the_time_are_their_authors_without_the_time() -> None:
    text = "Ibid., p. 12. Royal gendarmerie reports of the time admitted only a few dozen dead."
    assert who(text, "a few dozen").attributed_to == "Royal gendarmerie reports"


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    ("The war has cost some 4,000 lives, according to estimates by the Red Cross, and more than 90,000 people have "
     "been displaced.", "more than 90,000", "Red Cross"),
    ("Of the 71 dead, 68 were under 30, according to the victims' association, and over 150 were wounded.",
     "over 150", "victims' association"),
])
def test_a_trailing_source_gives_the_figure_that_opens_the_next_clause(text: str, needle: str, speaker: str) -> None:
    assert who(text, needle).attributed_to == speaker


def test_a_report_its_words_describe_is_no_earlier_speakers() -> None:
    text = ("The writer Orhan Kaya called it a massacre. Related: Velm 1938 (13,160 dead according to the official "
            "army report) and the Koru raids.")
    assert who(text, "13,160").attributed_to == "official army report"
    text = "The Orvel Commission said 151 bodies were found. The same report counted 20 women among them."
    assert who(text, "20").attributed_to == "Orvel Commission"


def test_a_court_that_convicts_over_a_killing_gives_its_count() -> None:
    text = ("The district court in Dolac convicted three of the accused over the killing of at least 50 civilians. "
            "Two men convicted of killing 14 prisoners were freed.")
    assert who(text, "at least 50").attributed_to == "district court in Dolac"
    assert who(text, "14").attributed_to is None


def test_a_trailing_source_reaches_over_the_breakdown_of_its_total() -> None:
    text = ("In one week the hospital of Dresk received 46 dead and more than 180 wounded, of whom 70 were children, "
            "according to the doctors of the city.")
    assert who(text, "46").attributed_to == "doctors of the city"
    assert who(text, "more than 180").attributed_to == "doctors of the city"


def test_a_retyped_according_to_is_still_a_source() -> None:
    text = "The final toll, acording to the Velm Victims Association, was 41 dead, of whom 14 children."
    assert who(text, "41").attributed_to == "Velm Victims Association"


def test_a_numbered_report_of_a_body_is_the_bodys() -> None:
    text = ("12. The figure of 3,771 shot in two days comes from Situation Report No. 88 of Kommando 9, dated 2 May "
            "1942. 13. Ibid. A later report of the same group claimed more than 5,000 executions in the district.")
    assert who(text, "3,771").attributed_to == "Kommando 9"
    assert who(text, "more than 5,000").attributed_to == "Kommando 9"


def test_the_same_office_is_the_body_that_spoke_before() -> None:
    text = ("The UN monitoring mission in Velmar said it had verified 52 deaths in the strike. Since 2022 the same "
            "office has confirmed more than 9,700 civilian deaths.")
    assert who(text, "more than 9,700").attributed_to == "UN monitoring mission in Velmar"
    text = ("The figure circulated on social networks is a fabrication. The same sources earlier claimed that "
            "thousands had fled.")
    assert who(text, "thousands").attributed_to == "same sources"


def test_an_official_row_names_its_owner_in_brackets() -> None:
    text = ("Dresk massacre\nDeaths\tOfficial (Velmar): 33 killed in captivity[1]\n"
            "Casualties | Unofficial (Orvelian sources): 20–30\n")
    assert who(text, "33").attributed_to == "Velmar"
    assert who(text, "20–30").attributed_to == "Orvelian sources"


def test_evidence_cited_for_one_sentence_does_not_end_a_running_account() -> None:
    text = ("According to the Velm State Commission, 214 residents were killed. Forensic examinations established "
            "that 173 of them died of gunshot wounds. Over 300 people were wounded.")
    assert who(text, "Over 300").attributed_to == "Velm State Commission"
    text = ("According to villagers, 200 were killed. Some survivors speak of more than 200 buried in one pit. "
            "Roughly 1,200 people were trucked away.")
    assert who(text, "Roughly 1,200").attributed_to is None

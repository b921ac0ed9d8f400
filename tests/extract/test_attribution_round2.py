"""Attribution, round 2: names cleaned and expanded, carry-over that stops, and the linear lookups.

Every passage is written for these tests; bodies, people and places are invented."""
from __future__ import annotations

import random

import pytest
from attribution_helpers import context_of, who

from claimledger.extract.attribution_quotes import QuoteIndex
from claimledger.extract.attribution_words import tokenize
from claimledger.extract.context import DocContext
from claimledger.model import Document

LETTERHEAD = (
    "REPUBLIC OF VESSALIA\nMinistry of Coastal Affairs\nClass: 044-02/24-01/7\nPRESS RELEASE\n"
    "The storm surge of 1987 destroyed the harbour district of Port Elm. "
    "The Ministry recalls that 212 fishermen were lost at sea that night and that 35 were never found."
)


def test_bare_role_word_expands_to_the_name_the_document_introduced() -> None:
    assert who(LETTERHEAD, "212").attributed_to == "Ministry of Coastal Affairs"


def test_a_letterhead_field_is_not_a_source() -> None:
    assert who(LETTERHEAD, "044").attributed_to is None


def test_a_plural_role_is_not_expanded() -> None:
    text = ("The Ministry of Coastal Affairs issued a notice. Officials said that 40 boats sank.")
    assert who(text, "40").attributed_to == "Officials"


def test_spokesman_for_a_body_speaks_for_it() -> None:
    text = ("Lenmark's Harbour Authority opened an inquiry into the sinking, in which 17 sailors died, "
            "a spokesman for the authority said on Tuesday.")
    assert who(text, "17").attributed_to == "Lenmark's Harbour Authority"


def test_relative_clause_is_never_the_speaker() -> None:
    text = ('One mourner, the former ferryman Ivo Marden, whose two sons drowned near the island of Kest, said: '
            '"We counted 30 boats that did not come back."')
    assert who(text, "30").attributed_to == "Ivo Marden"


def test_a_delegation_led_by_a_person_reports_for_its_body() -> None:
    text = ("A team of the Northern Relief Alliance led by Dr. Ana Colm, which reached the coast two days later, "
            "reported that at least 64 people had died.")
    assert who(text, "64").attributed_to == "Northern Relief Alliance"


def test_a_long_name_after_according_to() -> None:
    text = "Around 90 people are still missing, according to the Missing Seafarers Office of Vessalia and Brenn."
    assert who(text, "90").attributed_to == "Missing Seafarers Office of Vessalia and Brenn"


def test_according_to_before_a_colon_covers_the_breakdown() -> None:
    text = "In all 150 people died, according to the harbour museum: 70 men, 50 women and 30 children."
    for needle in ("150", "70", "30"):
        assert who(text, needle).attributed_to == "harbour museum"


def test_carry_over_stops_at_a_new_date_frame() -> None:
    text = ("The fishermen's union called the sinking a crime and urged the government to pay the families. "
            "In 2011 the Maritime Court of Vessalia ruled that the disaster was negligence, and 9 officers were "
            "dismissed.")
    assert who(text, "negligence").attributed_to is None
    assert who(text, "9").attributed_to is None


def test_carry_over_stops_at_the_documents_first_person() -> None:
    text = ('Mara Tolk, who lost her husband that night, still lives by the harbour. "Nobody came for two days," '
            'she told our volunteers.\n'
            "We call the night what it was: a disaster that 300 families have not forgotten.")
    assert who(text, "disaster").attributed_to is None
    assert who(text, "300").attributed_to is None


def test_a_quote_carries_into_its_summary_but_not_into_a_new_time_frame() -> None:
    text = ('"Nobody came for two days," said Mara Tolk, a widow from Port Elm.\n'
            "Her street lost 12 boats.\n\n"
            '"We waited on the pier," said Mara Tolk, a widow from Port Elm.\n'
            "Two days later 80 boats were reported missing.")
    assert who(text, "12").attributed_to == "Mara Tolk"
    assert who(text, "80").attributed_to is None


def test_the_outer_speaker_goes_on_after_an_embedded_report() -> None:
    text = ("The Ministry of Coastal Affairs recalls that the Lenmark Commission confirmed that the warning came "
            "late. The figure of 500 dead given abroad was too high.")
    assert who(text, "500").attributed_to == "Ministry of Coastal Affairs"


def test_a_claim_before_a_relative_clause_cue_is_not_its() -> None:
    text = ("The flood followed the storms of 1979, in which, according to local sources, hundreds died.")
    assert who(text, "hundreds").attributed_to == "local sources"


def _slow_holders(index: QuoteIndex, start: int, end: int) -> list[tuple[int, int]]:
    return sorted(((q.start, q.end) for q in index.quotes if q.holds(start, end)), key=lambda se: -se[0])


@pytest.mark.parametrize("seed", range(5))
def test_quote_lookups_match_a_scan_of_every_quotation(seed: int) -> None:
    rng = random.Random(seed)
    words = ["alpha", "beta", '"', "“", "”", "‘", "’", "«", "»", ",", ".", "\n", "\n\n", "said", "Kest"]
    text = " ".join(rng.choice(words) for _ in range(400))
    index = QuoteIndex(text)
    for _ in range(300):
        start = rng.randrange(len(text))
        end = min(len(text), start + rng.randrange(1, 20))
        got = [(q.start, q.end) for q in index.enclosing(start, end)]
        assert sorted(got) == sorted(_slow_holders(index, start, end))
        inner = index.innermost(start, end)
        assert (inner is None) == (not got)
        if inner is not None:
            assert inner.start == max(s for s, _ in got)


def test_it_points_to_the_body_opening_the_previous_sentence() -> None:
    text = ("Brenn's coast guard says at least 30 sailors drowned.\n"
            "Lenmark's defence ministry gives a different account. It said that 12 sailors died.")
    assert who(text, "12").attributed_to == "Lenmark's defence ministry"


def test_a_participle_with_by_does_not_make_its_subject_speak() -> None:
    text = "The raiders announced a toll of 90 at the time, a figure repeated by the press for years."
    assert who(text, "90").attributed_to == "raiders"


def test_a_document_noun_hands_the_source_to_its_author() -> None:
    text = "At least 61 villagers were killed, according to a study by Tarn University published in 1990."
    assert who(text, "61").attributed_to == "Tarn University"


def test_a_body_that_speaks_in_a_new_sentence_ends_the_carry() -> None:
    text = ("Lenmark's defence ministry gives its own account. It said that 12 sailors died. "
            "Brennish officials reject that claim and call the sinking a massacre.")
    assert who(text, "massacre").attributed_to is None


def test_an_actor_in_the_reported_account_does_not_end_the_carry() -> None:
    text = ("The Brennish Foreign Ministry stressed that the raid was planned. Georgian troops burned "
            "the port. Georgian forces lost 14 men in the fighting.")
    assert who(text, "14").attributed_to == "Brennish Foreign Ministry"


def test_a_role_subject_before_a_participle_phrase() -> None:
    text = "The head of the village council, speaking at the funeral, said that 23 people had drowned."
    assert who(text, "23").attributed_to == "head of the village council"


def test_a_document_in_the_object_of_a_labelling_verb_is_not_a_source() -> None:
    text = ("This report counts 41 dead. The Tessane interior ministry has called the report's account a so-called "
            "massacre.")
    assert who(text, "massacre").attributed_to != "report"


def test_a_witness_quote_does_not_carry_into_the_next_paragraph() -> None:
    text = ('Ilse Varn, who was nine that winter, still lives in the port. "The sirens never stopped," she said.\n'
            "For the fishing families this remains a massacre that no court has judged.")
    assert who(text, "massacre").attributed_to is None


def test_a_reporting_word_after_a_possessive_is_a_noun() -> None:
    text = "Brenn's talk of genocide is a political tool. The rest were armed men."
    assert who(text, "genocide").attributed_to is None


def test_a_source_right_after_the_claim_beats_an_earlier_cue() -> None:
    text = ("Counts of the drowned ranged from a dozen, the number Lenmark spokesmen acknowledged, to as many as "
            "400 given by Brenn's deputy speaker.")
    assert who(text, "a dozen").attributed_to == "Lenmark spokesmen"
    assert who(text, "as many as 400").attributed_to == "Brenn's deputy speaker"


def test_a_person_of_a_body_is_what_he_points_to() -> None:
    text = ("A local official in Kest said the road was closed. A Courier photographer who flew over the bay on "
            "Sunday said he counted at least 19 wrecks near the shore.")
    assert who(text, "at least 19").attributed_to == "Courier photographer"


def test_a_cue_after_a_semicolon_does_not_reach_back() -> None:
    text = ("The remains of 88 people were found in two pits near the dunes; forensic experts established that "
            "70 of them had drowned.")
    assert who(text, "88").attributed_to is None
    assert who(text, "70").attributed_to == "forensic experts"


def test_a_definite_person_with_an_apposition_before_a_colon() -> None:
    text = ('3. Port Elm Oral History Archive, interview 7. The interviewee, then a net-maker of forty, recalled: '
            '"The water came over the wall at midnight." Quoted in T. Ressel, Harbour Voices (Kest, 2001), p. 12.')
    ctx = context_of(text)
    q = text.index('"The water')
    assert ctx.attributor.speaker_for_quote(q, text.index('."', q) + 2).attributed_to == "interviewee"


def test_a_quoted_term_after_a_labelling_verb_is_its_subjects() -> None:
    text = ('A grave was opened near the bridge in 1997.[4] The Lenmark government has called the raid a '
            '"lawful police operation" and disputes the label; it puts the dead at 12.')
    ctx = context_of(text)
    q = text.index('"lawful')
    found = ctx.attributor.speaker_for_quote(q, text.index('"', q + 1) + 1)
    assert found.attributed_to == "Lenmark government"


@pytest.mark.parametrize("phrase, expected", [
    ("the Republic of Lenmark categorically", "Republic of Lenmark"),
    ("Brennish officials reject that claim and", "Brennish officials"),
    ("the Brenn coast guard also", "Brenn coast guard"),
    ("Monday", None),
    ("the village of Kest", None),
])
def test_speaker_names_are_trimmed_to_their_core(phrase: str, expected: str | None) -> None:
    table = context_of(phrase + " said 30 sailors drowned.").attributor.speakers
    got = table.resolve(tokenize(phrase, 0, len(phrase)), 0)
    if expected is None:
        assert got is None or not got.endswith(("and", "claim"))
    else:
        assert got == expected


def test_name_at_cleans_a_subject_found_by_another_component() -> None:
    text = LETTERHEAD + " The Ministry categorically rejects the word massacre. On Monday it said more."
    at = text.index("The Ministry categorically")
    ctx = context_of(text)
    assert ctx.attributor.name_at(at, at + len("The Ministry categorically")) == "Ministry of Coastal Affairs"
    monday = text.index("Monday")
    assert ctx.attributor.name_at(monday, monday + 6) is None



def test_the_organisation_refers_back_to_the_last_organisation_named() -> None:
    text = ("The Vesna Monitoring Centre reported in May that at least 44 people died in the raid on Dolny. "
            "In a later update the organisation wrote that 61 villagers had been killed.")
    start = text.index("61")
    attribution = DocContext.of(Document(path="t.txt", text=text, sha256="0", format="txt")).attribution(
        start, start + 2)
    assert attribution.attributed_to == "Vesna Monitoring Centre"
    assert attribution.attribution_text == "the organisation wrote that"

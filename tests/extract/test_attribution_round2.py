"""Attribution, round 2: names cleaned and expanded, carry-over that stops, and the linear lookups.

Every passage is written for these tests; bodies, people and places are invented."""
from __future__ import annotations

import random

import pytest

from claimledger.extract.attribution_quotes import QuoteIndex
from claimledger.extract.context import Attribution, DocContext
from claimledger.model import Document


def _ctx(text: str) -> DocContext:
    return DocContext.of(Document(path="t.txt", text=text, sha256="", format="txt"))


def who(text: str, needle: str, nth: int = 1) -> Attribution:
    at = -1
    for _ in range(nth):
        at = text.index(needle, at + 1)
    att = _ctx(text).attribution(at, at + len(needle))
    if att.attribution_text is not None and att.attribution_start is not None:
        start = att.attribution_start
        assert text[start:start + len(att.attribution_text)] == att.attribution_text
    return att


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
            "late. The figure of 500 dead spread abroad was later reduced.")
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

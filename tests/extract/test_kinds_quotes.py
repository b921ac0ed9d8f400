"""Quotes: quoted words with their speaker and the work that passes them on; titles and scare quotes are not."""
from __future__ import annotations

from claimledger.extract.context import DocContext
from claimledger.extract.kinds import quotation_marks
from claimledger.extract.kinds.quotes import extract_quotes
from claimledger.model import Claim, Document


def run(text: str) -> list[Claim]:
    ctx = DocContext.of(Document(path="t.txt", text=text, sha256="", format="txt"))
    claims = extract_quotes(ctx)
    for claim in claims:
        claim.check(text)
    return claims


def test_speaker_before_and_after_the_marks() -> None:
    text = ('The mayor of Dunmore, Ilse Varga, said: "We counted every house twice before we wrote to anyone." '
            '"Nobody came back to the lower street," she added.')
    claims = run(text)
    assert [c.text for c in claims] == ["We counted every house twice before we wrote to anyone.",
                                        "Nobody came back to the lower street"]
    assert "Ilse Varga" in (claims[0].speaker or "")
    assert claims[1].speaker == claims[0].speaker


def test_second_hand_quote_has_its_via() -> None:
    text = ("The former commander, Arno Pell, was quoted by the historian Lena Fisk (The Long Winter, "
            "Oxford, 2009, p. 88) as saying, “we did not expect anyone to stay in the town”.")
    claim = run(text)[0]
    assert claim.speaker == "Arno Pell"
    assert claim.via == "Lena Fisk, The Long Winter (2009), p. 88"


def test_titles_names_slogans_and_scare_quotes_are_not_quotes() -> None:
    text = ('The day was named “Day of Remembrance of the Vell Victims”. They marched under “Justice for Vell!”. '
            'The so-called “liberation” began at dawn. The report "Burned Villages of the North" was banned.')
    assert run(text) == []


def test_quotation_over_several_paragraphs_and_nested_marks() -> None:
    text = ('The statement reads:\n\n"The first paragraph of the statement runs on.\n\n'
            'The court called them “acts of grave cruelty that may amount to war crimes” in its ruling."\n')
    found = quotation_marks.find(text)
    assert len(found) == 2
    outer, inner = found
    assert text[outer.inner_start:outer.inner_start + 9] == "The first"
    assert text[inner.inner_start:inner.inner_end].startswith("acts of grave cruelty")


def test_apostrophes_are_not_single_quotes() -> None:
    text = "‘The army’s trucks left at night,’ a driver recalled."
    claims = run(text)
    assert [c.text for c in claims] == ["The army’s trucks left at night"]
    assert "driver" in (claims[0].speaker or "")


def test_book_citation_names_the_author() -> None:
    text = "From the book of the journalist Tomas Reed, who covered the siege: “The road was closed for three days.”"
    assert run(text)[0].speaker == "Tomas Reed"


def test_short_fragments_of_speech_count_but_short_terms_do_not() -> None:
    text = ('The colonel said the toll had been "grossly inflated". Prisoners were sent to the "special camps". '
            'Families recalled the "Black Winter" of that year.')
    assert [c.text for c in run(text)] == ["grossly inflated"]


def test_a_title_cue_must_be_a_whole_word() -> None:
    # "recalled" ends with "called", which announces a name; it must not hide the quotation
    text = 'A teacher recalled: "At the bridge we waited for the buses until dark."'
    assert [c.text for c in run(text)] == ["At the bridge we waited for the buses until dark."]


def test_a_newspaper_cited_with_its_date_is_the_via() -> None:
    text = 'According to the Northern Courier, 3 April 1994, a nurse said: "We ran out of bandages on the first night."'
    claim = run(text)[0]
    assert claim.via == "Northern Courier, 3 April 1994"
    cited = run('"We ran out of bandages on the first night" (Northern Courier, 3 April 1994, p. 2).')
    assert cited[0].via == "Northern Courier, 3 April 1994, p. 2"


def test_short_terms_with_names_or_after_a_determiner_are_not_quotes() -> None:
    text = ('Officials spoke only of "peaceful Kessarian citizens". Troops held the UN "safe area". '
            'The government called the raid a "legitimate police operation".')
    assert [c.text for c in run(text)] == ["legitimate police operation"]


def test_a_title_line_in_another_script_is_not_a_quote() -> None:
    text = ("Archive of the Orlen Rights Group — reprint\n"
            "«Ни одного дома не осталось» / Not One House Was Left\n"
            "Chapter 2. The burning of Kesta, 3 May 1996\n"
            "A shepherd told the group's observers: “They came at dawn and left before noon.”\n")
    claims = run(text)
    assert [c.text for c in claims] == ["They came at dawn and left before noon."]


def test_a_headline_quoting_an_official_stays_a_quote() -> None:
    text = ("‘Those who burned Kesta still walk free after 20 years’\n"
            "The people who burned the village of Kesta have never been tried, a regional prosecutor said.\n")
    assert [c.text for c in run(text)] == ["Those who burned Kesta still walk free after 20 years"]

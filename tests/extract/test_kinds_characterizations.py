"""Characterizations: the label, and how the speaker holds it, on sentences written for these tests."""
from __future__ import annotations

import pytest

from claimledger.extract.context import DocContext
from claimledger.extract.kinds.characterizations import extract_characterizations, find_labels
from claimledger.model import Claim, Document


def run(text: str) -> list[Claim]:
    ctx = DocContext.of(Document(path="t.txt", text=text, sha256="", format="txt"))
    claims = extract_characterizations(ctx)
    for claim in claims:
        claim.check(text)
    return claims


def modalities(text: str) -> dict[str, str]:
    return {c.label or "": c.modality or "" for c in run(text)}


@pytest.mark.parametrize(("text", "label", "modality"), [
    # a name used as a label is the speaker asserting it
    ("Every year the city remembers the Dunmore massacre of 1943.", "massacre", "asserts"),
    ("The killings at Vell were a genocide planned in advance.", "genocide", "asserts"),
    ("The shelling of the market was an act of terrorism.", "terrorism", "asserts"),
    ("Soldiers of the occupying army burned the mill.", "occupation", "asserts"),
    # denials
    ("The ministry called it the so-called Vell genocide in its note.", "genocide", "denies"),
    ("What happened in the valley was not genocide.", "genocide", "denies"),
    ("The government denies that the killings were a massacre.", "massacre", "denies"),
    ("Officials rejected the term genocide for the events of 1944.", "genocide", "denies"),
    ('Opposition papers keep repeating the "genocide" story without evidence.', "genocide", "denies"),
    ("Their talk of genocide is a political tool.", "genocide", "denies"),
    # calls
    ("We call on all states to recognise the Vell killings as genocide.", "genocide", "calls_for"),
    ("The killings of 1944 must be recognised as a crime against humanity.", "crime against humanity", "calls_for"),
    # reports: a formal act by someone else
    ("The parliaments of Norland and Estmark recognised the killings as genocide.", "genocide", "reports"),
    ("The assembly adopted a resolution condemning the massacre of civilians.", "massacre", "reports"),
    ("In its judgment the court described the shelling as a war crime.", "war crime", "reports"),
    ("The tribunal ruled that the expulsions were ethnic cleansing.", "ethnic cleansing", "reports"),
    ("Vesna accused her neighbour of occupying the northern districts.", "occupation", "reports"),
])
def test_modality(text: str, label: str, modality: str) -> None:
    assert modalities(text)[label] == modality


def test_a_label_a_speaker_applies_in_words_of_saying_is_the_speakers_assertion() -> None:
    # "X described the raid as genocide" is X's own label, as "X said it was genocide" is (the shared gold codes
    # indirect speech so); formal acts (recognised, condemned, ruled) stay reported by the document
    claims = run("The opposition leader Marta Kell described the raid as genocide.")
    assert [(c.label, c.modality) for c in claims] == [("genocide", "asserts")]
    assert claims[0].attributed_to is not None and "Marta Kell" in claims[0].attributed_to


def test_a_court_classing_an_act_reports_its_finding() -> None:
    claims = run("The Tribunal classed the attack as a crime against humanity.")
    assert [(c.label, c.modality, c.attributed_to) for c in claims] == [("crime against humanity", "reports", None)]


def test_a_label_said_by_someone_unnamed_is_reported() -> None:
    claims = run("Some in the capital now call the raid a genocide.")
    assert [(c.label, c.modality) for c in claims] == [("genocide", "reports")]


def test_a_label_in_indirect_speech_is_the_speakers_assertion() -> None:
    claims = run("The mayor, Ilse Varga, said that the shelling was a war crime.")
    assert [(c.label, c.modality) for c in claims] == [("war crime", "asserts")]


def test_object_of_recognition_is_not_a_second_label() -> None:
    claims = run("The senate recognised the tragedy of Vell as an act of genocide.")
    assert [(c.label, c.modality) for c in claims] == [("genocide", "reports")]
    assert claims[0].applied_to == "tragedy of Vell"


def test_several_labels_after_one_act_are_all_reported() -> None:
    claims = run("In its resolution the council characterized it as a crime against humanity and an act of genocide.")
    assert {(c.label, c.modality) for c in claims} == {("crime against humanity", "reports"), ("genocide", "reports")}


def test_label_inside_a_treaty_or_title_is_not_a_characterization() -> None:
    text = ('Both states signed the Convention on the Prevention and Punishment of the Crime of Genocide. '
            'The report "War Crimes in the Northern Valley" was published in May.')
    assert run(text) == []


def test_period_name_and_navigation_are_not_labels() -> None:
    text = "The village was rebuilt after the occupation.\nSee also: Dunmore massacre · Vell pogrom"
    assert run(text) == []


def test_negation_does_not_reach_across_a_clause() -> None:
    assert modalities("It was not an accident, but a massacre.")["massacre"] == "asserts"


def test_spans_are_exact_and_inside_their_sentence() -> None:
    text = "First sentence here. The Kessar pogrom of 1941 left the quarter empty."
    claim = run(text)[0]
    assert text[claim.start:claim.end] == "pogrom"
    assert (claim.sentence_start, claim.sentence_end) == (21, len(text))


def test_find_labels_prefers_the_longer_phrase_and_folds_accents() -> None:
    labels = [h.label for h in find_labels("crimes against humanity and GENOCIDAL massacres, and war crimes")]
    assert labels == ["crime against humanity", "genocide", "war crime"]


def test_the_subject_of_a_denial_is_who_denies() -> None:
    claims = run("Kessaria's foreign ministry has repeatedly rejected the term genocide.")
    assert [(c.label, c.modality) for c in claims] == [("genocide", "denies")]
    assert claims[0].attributed_to == "Kessaria's foreign ministry"


def test_a_passive_naming_names_no_speaker() -> None:
    claims = run("In Veldora the events are usually called the Marrow tragedy.")
    assert claims[0].attribution_text is None or "events" not in claims[0].attribution_text


def test_an_operative_paragraph_is_the_documents_own_act() -> None:
    claims = run("2. Condemns the shelling of Dunmore as a war crime and a crime against humanity;")
    assert {(c.label, c.modality) for c in claims} == {("war crime", "asserts"), ("crime against humanity", "asserts")}


def test_a_word_talked_about_is_not_applied() -> None:
    assert run("The essay traces the use of the word genocide in school textbooks.") == []


def test_quotes_around_the_speakers_own_name_do_not_deny_it() -> None:
    text = '“Dunmore massacre” was carried out by the garrison in 1943. The garrison later burned the archive.'
    assert modalities(text)["massacre"] == "asserts"
    other = 'They still speak of the “Dunmore massacre” as if it were proven.'
    assert modalities(other)["massacre"] == "denies"


@pytest.mark.parametrize(("text", "label", "modality"), [
    ("Officials spoke of a border conflict rather than genocide.", "genocide", "denies"),
    ("The ministry does not accept the description of the events as a massacre.", "massacre", "denies"),
    ("Crowds gathered for what the council calls a genocide of the valley people.", "genocide", "asserts"),
    ("Both sides reject that version and call the blast a deliberate war crime.", "war crime", "reports"),
    ("Veldora describes the operation as a response to Kessarian aggression.", "aggression", "asserts"),
    ("Over the 900 days of occupation the garrison shot hundreds.", "occupation", None),
])
def test_more_ways_of_holding_a_label(text: str, label: str, modality: str | None) -> None:
    assert modalities(text).get(label) == modality


def test_a_bare_role_is_widened_to_the_name_the_text_gives_it() -> None:
    text = ("Statement of the Ministry of Foreign Affairs of the Republic of Veldora. "
            "The Ministry categorically rejects the term genocide.")
    claim = run(text)[0]
    assert (claim.modality, claim.attributed_to) == ("denies", "Ministry of Foreign Affairs of the Republic of Veldora")


def test_denials_by_words_that_stand_for_the_labels() -> None:
    text = ("The regional council described the burning of Kesta as ethnic cleansing, and some deputies speak of "
            "a genocide of the Tarvi. The authorities in Orsk reject these terms. Exiles call the siege a massacre, "
            "a term the defence ministry rejects. That word is wrong, the editors of this review believe.")
    claims = [c for c in run(text) if c.modality == "denies"]
    assert [(c.text, c.label, c.attributed_to) for c in claims] == [
        ("reject these terms", "ethnic cleansing", "authorities in Orsk"),
        ("reject these terms", "genocide", "authorities in Orsk"),
        ("a term the defence ministry rejects", "massacre", "defence ministry"),
        ("That word is wrong", "massacre", None)]


def test_a_denial_that_names_its_label_is_not_repeated() -> None:
    text = "Officials in Orsk reject the term genocide for the burning of Kesta."
    claims = run(text)
    assert [(c.text, c.modality) for c in claims] == [("genocide", "denies")]


def test_a_call_to_do_the_same_calls_for_the_label_just_named() -> None:
    text = ("The parliaments of Norway and Chile have recognised the Kesta killings as genocide. The council "
            "urges other parliaments to do the same and asks them to recognise it as a massacre.")
    calls = [(c.text, c.label) for c in sorted(run(text), key=lambda c: c.start) if c.modality == "calls_for"]
    assert calls == [("urges other parliaments to do the same", "genocide"), ("massacre", "massacre")]


def test_a_word_talked_about_is_not_denied_and_a_rejected_gerund_is() -> None:
    text = ("The council's statement mourned the dead of Kesta but did not use the word genocide. "
            "Calling it a massacre, in our view, only deepens the divide between the valleys.")
    claims = run(text)
    assert [(c.label, c.modality) for c in claims] == [("massacre", "denies")]


def test_the_subject_of_a_denial_is_cleaned_like_every_speaker() -> None:
    text = ("Lorvan's parliament marks 3 May as the Dorvan Genocide Day, while Kessarian officials have long "
            "rejected the label as political.")
    denials = [c for c in run(text) if c.modality == "denies"]
    assert denials and {c.attributed_to for c in denials} == {"Kessarian officials"}


def test_the_subject_before_an_aside_describes_the_label() -> None:
    claims = run("President Ilse Varga, in a televised address, described the raid as an act of terrorism.")
    assert [(c.label, c.modality, c.attributed_to) for c in claims] == [
        ("terrorism", "asserts", "President Ilse Varga")]


def test_a_timeline_date_is_not_part_of_the_subject() -> None:
    claims = run("October – A temporary commission of the Vesk Assembly names the army as responsible and calls it "
                 "a war crime.")
    assert [(c.label, c.modality) for c in claims] == [("war crime", "asserts")]
    assert claims[0].attributed_to is not None and "October" not in claims[0].attributed_to


def test_a_label_far_after_its_verb_but_right_after_as_is_still_governed() -> None:
    claims = run("Opposition groups and many historians describe Vesk as the deadliest single act of state violence "
                 "in the region and as a massacre.")
    assert [(c.label, c.modality) for c in claims] == [("massacre", "asserts")]
    assert "historians" in (claims[0].attributed_to or "")


def test_rejecting_someones_accusations_of_a_label_denies_it() -> None:
    claims = run("The Kessarian spokesman again rejected Veldoran accusations of atrocities in Dolny as lies.")
    assert [(c.label, c.modality) for c in claims] == [("atrocity", "denies")]


def test_a_ministry_condemning_as_a_massacre_says_it_a_parliament_acts() -> None:
    claims = run("The Kessarian foreign ministry condemned the killings as a massacre.")
    assert [(c.label, c.modality) for c in claims] == [("massacre", "asserts")]
    assert "foreign ministry" in (claims[0].attributed_to or "")
    claims = run("The parliament of Vell condemned the killings as a massacre.")
    assert [(c.label, c.modality, c.attributed_to) for c in claims] == [("massacre", "reports", None)]


def test_reports_of_a_label_called_false_deny_it() -> None:
    from claimledger.extract.context import DocContext
    from claimledger.extract.kinds.characterizations import extract_characterizations
    from claimledger.model import Document

    for text in ('The Vesk Ministry of Interior has called reports of a massacre "fabricated propaganda".',
                 "The ministry dismissed reports of a massacre as lies."):
        ctx = DocContext.of(Document(path="t.txt", text=text, sha256="", format="txt"))
        assert [(c.label, c.modality) for c in extract_characterizations(ctx)] == [("massacre", "denies")], text
    ctx = DocContext.of(Document(path="t.txt", text="Reports of a massacre reached the capital.", sha256="",
                                 format="txt"))
    assert [c.modality for c in extract_characterizations(ctx)] == ["asserts"]

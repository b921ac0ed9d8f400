"""Attribution on passages written for these tests, in the genre's styles (people, places and quotes invented)."""
from __future__ import annotations

import pytest

from claimledger.extract.context import Attribution, DocContext
from claimledger.model import Document


def _ctx(text: str) -> DocContext:
    return DocContext.of(Document(path="t.txt", text=text, sha256="", format="txt"))


def who(text: str, needle: str, nth: int = 1) -> Attribution:
    """The attribution of the nth occurrence of `needle` in `text`."""
    at = -1
    for _ in range(nth):
        at = text.index(needle, at + 1)
    att = _ctx(text).attribution(at, at + len(needle))
    if att.attribution_text is not None:
        assert att.attribution_start is not None
        start = att.attribution_start
        assert text[start:start + len(att.attribution_text)] == att.attribution_text
    return att


WIRE_1992 = (
    "MOSCOW, March 3 (Reuters) - At least 40 people were killed when the village of Dolnik was shelled overnight, "
    "the local mayor, Anton Veselov, told Reuters by telephone. Veselov said another 12 were missing.\n\n"
    "The regional health ministry put the death toll at 57."
)


def test_named_person_with_role_in_apposition() -> None:
    att = who(WIRE_1992, "40")
    assert att.attributed_to is not None and "Anton Veselov" in att.attributed_to
    assert att.attribution_text is not None and att.attribution_text.endswith("told")


def test_surname_resolves_to_fullest_mention() -> None:
    assert who(WIRE_1992, "12").attributed_to == "Anton Veselov"


def test_toll_verb_with_role_subject() -> None:
    att = who(WIRE_1992, "57")
    assert att.attributed_to == "regional health ministry"
    assert att.attribution_text == "The regional health ministry put"


def test_chain_gives_the_speaker_not_the_relay() -> None:
    text = "A doctor at the town hospital, quoted by the AP, said 23 bodies had been brought in overnight."
    att = who(text, "23")
    assert att.attributed_to == "doctor at the town hospital"


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        ("According to Human Rights Watch, at least 161 civilians died in the assault.", "161", "Human Rights Watch"),
        ("According to Le Monde, 14 March 1992, some 90 bodies were brought to the mosque.", "90", "Le Monde"),
        ("Regional authorities said 27 people had died in the fire.", "27", "Regional authorities"),
        ("Amnesty International's figures show 230 deaths in the camp.", "230", "Amnesty International"),
        ("The provincial government's figures show 85 dead.", "85", "provincial government"),
        ('"We counted 31 bodies," said Marek Duda, a volunteer from Lisk.', "31", "Marek Duda"),
        ("The death toll rose to 96, per Radio Veldia.", "96", "Radio Veldia"),
        ("Some 300 houses were burned, Reuters reported.", "300", "Reuters"),
        ("Officials said 19 soldiers were among the dead.", "19", "Officials"),
        ("Local officials say 44 people remain unaccounted for.", "44", "Local officials"),
    ],
)
def test_single_sentence_cues(text: str, needle: str, expected: str) -> None:
    assert who(text, needle).attributed_to == expected


def test_categories_keep_their_noun() -> None:
    text = "Official figures put the death toll at 613, while witness accounts speak of more than 1,000 dead."
    assert who(text, "613").attributed_to == "Official figures"
    assert who(text, "1,000").attributed_to == "witness accounts"


def test_acronym_resolves_to_the_name_spelled_out() -> None:
    text = ("Human Rights Watch (HRW) published its findings in May.\n\n"
            "HRW estimated that 161 civilians were killed in the two villages.")
    assert who(text, "161").attributed_to == "Human Rights Watch"


def test_report_by_a_body_and_its_later_short_name() -> None:
    text = ("A 2004 report by the Truth Commission of Veldia put the number of dead at 2,300. "
            "The commission said 400 of the dead were children.")
    assert who(text, "2,300").attributed_to == "Truth Commission of Veldia"
    assert who(text, "400").attributed_to == "Truth Commission of Veldia"


def test_reported_speech_over_several_sentences() -> None:
    text = ("The Ruritanian Interior Ministry said on Tuesday that 75 people had been detained. "
            "It added that 12 of them were later released. The ministry also said 30 police officers were injured.")
    for needle in ("75", "12", "30"):
        assert who(text, needle).attributed_to == "Ruritanian Interior Ministry", needle


def test_leading_cue_carries_through_its_paragraph_only() -> None:
    text = ("The mayor, Ivo Barin, said that the shelling began at dawn. More than 30 houses were destroyed "
            "and 11 people died.\n\nThe town had 4,000 inhabitants before the war.")
    assert who(text, "30").attributed_to == "Ivo Barin, mayor" or "Ivo Barin" in str(who(text, "30").attributed_to)
    assert "Ivo Barin" in str(who(text, "11").attributed_to)
    assert who(text, "4,000").attributed_to is None


def test_trailing_cue_does_not_carry_into_background() -> None:
    text = ("Nobody has been punished for the killings, a senior official said. In the valley, 88 villagers were "
            "killed in June 1993 by militia fighters.")
    assert who(text, "88").attributed_to is None


def test_continuation_opener_keeps_the_speaker() -> None:
    text = "At least 50 people died, the governor said. Another 20 are missing."
    assert who(text, "20").attributed_to == "governor"


def test_statement_quoted_over_several_paragraphs() -> None:
    text = ("The Council of Elders of Marovia issued a statement on Friday. The statement reads as follows:\n\n"
            '"We mourn the 312 villagers who lost their lives.\n\n'
            '"More than 2,000 families were driven from their homes.\n\n'
            'We call for justice."\n\n'
            "The conflict began in 1991, when 15 people died in clashes.")
    assert who(text, "312").attributed_to == "Council of Elders of Marovia"
    assert who(text, "2,000").attributed_to == "Council of Elders of Marovia"
    assert who(text, "15").attributed_to is None


def test_summary_paragraph_after_an_attributed_quote() -> None:
    text = ("The Ostrovian Defence Ministry accused the rebels of shelling the town.\n\n"
            '"The shelling did not stop for three days," the ministry said in a statement.\n\n'
            "About 140 residents were killed and 300 wounded. Many fled to the hills.\n\n"
            "In 1994, 3,000 people fled the region.")
    assert who(text, "140").attributed_to == "Ostrovian Defence Ministry"
    assert who(text, "300").attributed_to == "Ostrovian Defence Ministry"
    assert who(text, "3,000").attributed_to is None


def test_encyclopedia_own_voice() -> None:
    text = ("The Dolnik massacre took place on 3 March 1992. Between 40 and 60 civilians were killed. "
            "The village had been shelled for a week.")
    assert who(text, "40").attributed_to is None


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("The so-called liberation of the town cost 200 lives.", "200"),
        ("There were reports of shelling in which 14 people died.", "14"),
        ("The said acts led to 30 deaths among the villagers.", "30"),
        ("Bodies were found in a ravine; 18 had been shot.", "18"),
        ("The United States sent 300 observers to the region.", "300"),
        ("It was said that 70 people drowned in the river.", "70"),
        ("Reports of 45 deaths could not be confirmed.", "45"),
    ],
)
def test_false_cues_leave_the_documents_voice(text: str, needle: str) -> None:
    assert who(text, needle).attributed_to is None


def test_infobox_parentheses_and_rows() -> None:
    text = ("Dolnik massacre\nDeaths: 40+ (UN), 57 (governor)\nInjured: 112\n"
            "Casualties\nOfficial\n613\nUnofficial\n1,000+")
    assert who(text, "40+").attributed_to == "UN"
    assert who(text, "57").attributed_to == "governor"
    assert who(text, "112").attributed_to is None
    assert who(text, "613").attributed_to == "Official figures"
    assert who(text, "1,000+").attributed_to == "Unofficial figures"


def test_parenthesised_claim_tail_is_stripped() -> None:
    text = "Casualties: 613 (Azerbaijani claim); 181 (Armenian sources)"
    assert who(text, "613").attributed_to == "Azerbaijani"
    assert who(text, "181").attributed_to == "Armenian"


def test_acronym_after_a_name_is_not_a_source() -> None:
    text = "Also, the Organization of Islamic Cooperation (OIC) condemned the massacre of 613 civilians."
    start = text.index("Organization")
    end = start + len("Organization of Islamic Cooperation")
    assert _ctx(text).attribution(start, end).attributed_to is None


def test_live_blog_relaying_a_un_office() -> None:
    text = ("10:42 GMT - The UN human rights office (OHCHR) says it has verified 1,119 civilian deaths since the "
            "start of the offensive.\n\n10:58 GMT - Emergency services in Vesk said 9 people were pulled from the "
            "rubble.")
    assert "UN human rights office" in str(who(text, "1,119").attributed_to)
    assert who(text, "9 people").attributed_to == "Emergency services in Vesk"


def test_pronoun_after_a_person_named_without_a_cue() -> None:
    text = "Commissioner Lena Marsh visited the site on Monday. She said 48 graves had been found."
    assert "Lena Marsh" in str(who(text, "48").attributed_to)


def test_quote_speaker_with_relay() -> None:
    text = 'Aid worker Tomas Brenner was quoted by the Daily Courier as saying: "I saw at least 20 bodies."'
    ctx = _ctx(text)
    q = text.index('"I saw')
    found = ctx.attributor.speaker_for_quote(q, len(text))
    assert found.attributed_to is not None and "Tomas Brenner" in found.attributed_to
    assert found.via == "Daily Courier"
    assert "Tomas Brenner" in str(who(text, "20").attributed_to)


def test_quote_speaker_after_the_closing_mark() -> None:
    text = ('The governor of Lisk, Dana Kovac, visited the camp.\n\n'
            '"Nobody can tell us where the 60 missing men are," Kovac stressed.')
    ctx = _ctx(text)
    q = text.index('"Nobody')
    assert ctx.attributor.speaker_for_quote(q, q + 10).attributed_to == "Dana Kovac"
    assert who(text, "60").attributed_to == "Dana Kovac"


def test_headline_quote_belongs_to_the_first_named_speaker() -> None:
    text = ("‘They left us 200 graves’\n\nThe Veldian ombudsman, Petra Lind, said on Monday that the inquiry "
            "would resume.")
    assert "Petra Lind" in str(who(text, "200").attributed_to)


def test_empty_and_own_voice_documents() -> None:
    assert _ctx("").attributor.attribute(0, 0) == Attribution(None)
    text = "In 1992, 613 civilians were killed in the town."
    assert who(text, "613") == Attribution(None)

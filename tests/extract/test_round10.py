"""Rules added in the sixth session: reported speech that runs on into a sentence opening with a spelled-out
count, and hearsay the writer relays in a passive ("were also reported killed"), which ends it."""
from __future__ import annotations

import pytest
from attribution_helpers import who
from figure_helpers import figures, table

from claimledger.extract.context import DocContext
from claimledger.extract.kinds.characterizations import extract_characterizations
from claimledger.extract.kinds.quotes import extract_quotes
from claimledger.model import Claim, Document


def labels(text: str) -> list[Claim]:
    claims = extract_characterizations(DocContext.of(Document(path="t.txt", text=text, sha256="", format="txt")))
    for claim in claims:
        claim.check(text)
    return claims


@pytest.mark.parametrize("opening", ["Thirteen people", "Dozens of villagers", "Forty-one men", "Hundreds"])
def test_a_spelled_out_count_opening_a_sentence_does_not_end_reported_speech(opening: str) -> None:
    text = ("The district governor, speaking to reporters in Talmen, said that the militia had opened fire on the "
            f"market. {opening} were killed on the day.")
    assert who(text, opening).attributed_to == "district governor"


def test_a_named_subject_still_ends_reported_speech() -> None:
    text = ("The district governor said that the militia had opened fire on the market. "
            "Orvel Rights Watch counted 41 dead in the week that followed.")
    assert who(text, "41").attributed_to == "Orvel Rights Watch"


@pytest.mark.parametrize("passive", ["were also reported killed", "were said to have died", "were feared dead"])
def test_hearsay_relayed_in_a_passive_is_the_writers_own_voice(passive: str) -> None:
    text = ("Spokesmen for the relief committee said tonight that 41 had died in the riot. "
            f"Two policemen {passive} in the disorders.")
    assert who(text, "41").attributed_to == "Spokesmen for the relief committee"
    assert who(text, "Two").attributed_to is None


def test_a_passive_report_with_its_agent_keeps_the_speaker() -> None:
    text = ("Spokesmen for the relief committee said tonight that 41 had died in the riot. "
            "Two policemen were reported by the committee to have died in hospital.")
    assert who(text, "Two").attributed_to is not None


def test_a_colon_list_after_a_total_with_a_place_phrase_breaks_the_total_down() -> None:
    text = "The inquiry of 1943 counted 3,309 victims in the whole raid: 2,550 Serbs, 743 Jews and 16 others."
    found = {c.text: c for c in figures(text)}
    assert found["3,309"].measure == "killed"
    for number, group in (("2,550", "Serbs"), ("743", "Jews"), ("16", "others")):
        assert (found[number].measure, found[number].subgroup) == ("killed", group)
        assert found[number].parent_claim is found["3,309"]


@pytest.mark.parametrize(("sentence", "share", "value"), [
    ("The final count was 69 villagers killed, of whom about two thirds were women and children.",
     "about two thirds", 66.666667),
    ("The army lost 1,800 men; about half were conscripts.", "about half", 50.0),
])
def test_a_share_before_a_verb_is_a_proportion(sentence: str, share: str, value: float) -> None:
    found = {c.text: c for c in figures(sentence)}
    assert found[share].unit == "percent"
    assert found[share].value == pytest.approx(value)


def test_a_colon_list_after_any_wording_of_the_dead_breaks_the_total_down() -> None:
    text = "In five days of war 412 citizens of Dalmor lost their lives: 228 civilians, 170 servicemen and 14 police."
    assert table(text) == [("412", "killed", None, None), ("228", "killed", "civilians", "412"),
                           ("170", "killed", "servicemen", "412"), ("14", "killed", "police", "412")]


def test_a_colon_after_a_count_that_is_no_harm_opens_no_breakdown() -> None:
    text = "The commission heard 412 witnesses in Dalmor: 228 civilians and 184 officials."
    assert all(sub is None for _, _, sub, _ in table(text))


def test_victims_included_after_an_opening_phrase_breaks_down_the_total_before() -> None:
    text = ("In all 613 people were killed in the town. According to the commission, the victims included "
            "63 children, 106 women and 70 elderly people.")
    assert table(text)[1:] == [("63", "killed", "children", "613"), ("106", "killed", "women", "613"),
                               ("70", "killed", "elderly people", "613")]


def test_a_table_of_contents_flattened_onto_one_line_holds_no_figure() -> None:
    assert figures("Contents 1 Background 2 Siege 3 Massacre allegations 4 Aftermath 5 See also") == []


@pytest.mark.parametrize("text", ["Troops killed 3 Serbs, 4 Croats and 5 Bosniaks on Monday.",
                                  "Contents 1 Background. Gunmen killed 2 Guards and 7 Villagers."])
def test_counts_that_happen_to_run_on_by_one_stay_figures(text: str) -> None:
    assert [c.measure for c in figures(text)][-2:] == ["killed", "killed"]


def test_the_official_number_names_whose_number_it_is() -> None:
    text = "The official Dalmori number is 613 dead, including 106 women."
    assert who(text, "613").attributed_to == "Dalmori"
    assert who("The number of victims was 613.", "613").attributed_to is None


def test_a_capitalised_number_in_a_title_is_no_source() -> None:
    assert who("The 1974 film Cellar Number Seven was seen by over 3 million viewers.", "3 million").attributed_to \
        is None


@pytest.mark.parametrize("verb", ["has posted", "publishes", "updated"])
def test_posting_a_toll_reports_it(verb: str) -> None:
    text = f"Talmen's governor, Ida Morrow, {verb} a new toll on her channel: 52 dead, 109 wounded."
    assert who(text, "52").attributed_to == "Talmen's governor, Ida Morrow"


@pytest.mark.parametrize("text", ["The video was posted on Monday. In all 40 people died.",
                                  "A list of the dead, posted on the council's door, had 40 names."])
def test_a_posted_thing_is_no_source(text: str) -> None:
    assert who(text, "40").attributed_to is None


def test_a_clause_with_its_own_harm_after_a_list_is_no_item_of_the_list() -> None:
    text = ("According to the commission, 312 residents were killed, including 88 women and 54 children, and 240 "
            "were taken hostage, of whom 173 were later released in exchanges.")
    assert table(text) == [("312", "killed", None, None), ("88", "killed", "women", "312"),
                           ("54", "killed", "children", "312"), ("240", "hostage", None, None),
                           ("173", "released", None, None)]


def test_of_them_opening_the_next_sentence_breaks_down_the_total_before() -> None:
    text = "About 100,000 people were murdered at the pits. Some 70,000 of them were Jews of the city."
    assert table(text) == [("About 100,000", "killed", None, None), ("Some 70,000", "killed", "Jews", "About 100,000")]


def test_of_them_with_a_deed_of_its_own_is_no_group() -> None:
    text = "Some 260 wounded people were taken from the hospital. About 200 of them were shot there."
    assert table(text)[1][2] is None


@pytest.mark.parametrize(("text", "modality", "speaker"), [
    ("Orvel Rights Watch, in a 1993 report, described Dalen as the largest massacre of the war.",
     "asserts", "Orvel Rights Watch"),
    ("A 1993 report by the commission described Dalen as a massacre.", "reports", None),
])
def test_a_report_named_as_the_medium_leaves_the_label_with_its_author(text: str, modality: str,
                                                                       speaker: str | None) -> None:
    (label,) = labels(text)
    assert (label.modality, label.attributed_to) == (modality, speaker)


@pytest.mark.parametrize("text", [
    'A resident, Ana Dib, told a local newspaper: "We came back and could not find the street."',
    'A teacher from Vardo wrote in the guest book: "Here the bells ring every thirty seconds."',
])
def test_words_announced_by_a_colon_after_a_medium_are_a_quote(text: str) -> None:
    ctx = DocContext.of(Document(path="t.txt", text=text, sha256="", format="txt"))
    assert [c.text[:10] for c in extract_quotes(ctx)] == [text.split('"')[1][:10]]


def test_a_title_after_a_work_noun_stays_a_title() -> None:
    ctx = DocContext.of(Document(path="t.txt", text='See the book "The Lviv Pogrom of 1941".', sha256="",
                                 format="txt"))
    assert extract_quotes(ctx) == []


def test_an_emergency_session_resolution_is_a_general_assembly_resolution() -> None:
    from claimledger.extract.kinds.legal import extract_legal_references

    text = "The report, prepared under General Assembly resolution ES-10/10, put the dead at 52."
    ctx = DocContext.of(Document(path="t.txt", text=text, sha256="", format="txt"))
    assert [(c.text, c.instrument) for c in extract_legal_references(ctx)] == [
        ("General Assembly resolution ES-10/10", "UN General Assembly Resolution ES-10/10")]


@pytest.mark.parametrize(("text", "measure"), [
    ("In the spring the secret police shot 21,857 Polish prisoners.", "killed"),
    ("The occupation police shot a couple of dozen hostages every day.", "killed"),
    ("The camp held 5,000 prisoners.", "hostage"),
    ("Victims 1,128 hostages taken", "hostage"),
])
def test_captives_shot_are_killed(text: str, measure: str) -> None:
    assert figures(text)[0].measure == measure


@pytest.mark.parametrize(("text", "measure"), [
    ("The unit reported shooting some 2,500 men in early July.", "killed"),
    ("Historians estimate that about a dozen marksmen did most of the shooting.", "other"),
])
def test_shooting_counts_the_killed_only_when_the_count_follows(text: str, measure: str) -> None:
    assert figures(text)[0].measure == measure


def test_infobox_cells_with_several_sources_and_a_dated_source() -> None:
    text = ("Casualties and losses\n"
            "23 soldiers killed[1] | 52–56 townspeople killed (UN, Orvel Watch)[2][3]\n"
            "Claimed: 500+ killed (Dalmori officials, April 2002)[4]\n")
    assert who(text, "52–56").attributed_to == "UN, Orvel Watch"
    assert who(text, "500+").attributed_to == "Dalmori officials"
    assert who("Deaths 40 (Rehn, 1961)", "40").attributed_to == "Rehn"


def test_it_later_in_a_sentence_is_the_body_that_opened_the_sentence_before() -> None:
    text = ("Orvel Watch counted 52 townspeople killed. The report of the commission, issued in July, put the dead "
            "at 52. Across the whole operation, from March to May, it counted 497 killed and 1,447 wounded.")
    assert who(text, "497").attributed_to == who(text, "at 52").attributed_to != "Orvel Watch"


def test_the_body_is_not_its_heads_name() -> None:
    text = ("The Monitoring Mission in Harovia said it had verified 38 deaths at the station. In Geneva, the "
            "mission's head, Marta Lind, said the trains were full.\nThe mission said it had verified 9,100+ deaths.")
    assert who(text, "9,100+").attributed_to == "Monitoring Mission in Harovia"


def test_a_source_opening_the_next_clause_speaks_for_that_clause_only() -> None:
    text = ("Most of the town's roughly 6,000 inhabitants had left before the assault, and according to Dalmori "
            "estimates no more than 3,000 remained.")
    assert who(text, "roughly 6,000").attributed_to is None
    assert who(text, "3,000").attributed_to == "Dalmori"


def test_a_commission_of_inquiry_is_the_commission_not_an_inquiry_issued_by_the_last_body() -> None:
    text = ("Orvel Watch believes that the force was excessive. According to the Dalmori parliamentary commission "
            "of inquiry, 131 civilians were killed.")
    assert who(text, "131").attributed_to == "Dalmori parliamentary commission"


def test_a_plural_subject_named_with_its_place_may_claim() -> None:
    assert who("The city authorities in Varna claim that 68 people were killed.", "68").attributed_to \
        == "city authorities in Varna"


@pytest.mark.parametrize("name", ['"Vigil"', "«Vigil»"])
def test_a_body_named_in_quotation_marks_speaks(name: str) -> None:
    text = f"The human rights centre {name} reported that about 200 bodies were brought to Talmen."
    assert who(text, "about 200").attributed_to == f"human rights centre {name}"


def test_its_observers_belong_to_the_body_that_just_spoke() -> None:
    text = ("The human rights centre Vigil reported that about 200 bodies were brought to Talmen. Its observers "
            "were told of 181 bodies examined in the Talmen morgue.")
    assert who(text, "181").attributed_to == "human rights centre Vigil"


def test_an_aside_between_a_scholar_and_estimates_them_at() -> None:
    text = "Dr Ana Lis of the University of Varna, in a 2016 study, estimates them at between 1,500 and 2,500."
    assert who(text, "between").attributed_to == "Dr Ana Lis of the University of Varna"
    assert who("Official estimates put them at 200.", "200").attributed_to == "Official estimates"


@pytest.mark.parametrize(("text", "unit"), [
    ("Sonderkommando 4b reported shooting some 2,500 men in early July.", "Sonderkommando 4b"),
    ("Unit 731 said that 40 died.", "Unit 731"),
])
def test_a_unit_named_with_its_number_speaks(text: str, unit: str) -> None:
    figure = figures(text)[0].text
    assert who(text, figure).attributed_to == unit


def test_a_live_blog_entry_headed_by_its_source_after_the_time() -> None:
    text = "Live updates\n13:40 GMT - City council: around 300 may have died\nThe shelling went on overnight."
    assert who(text, "around 300").attributed_to == "City council"

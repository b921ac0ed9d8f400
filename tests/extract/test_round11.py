"""Rules added in the seventh session: a deed that yields a count ("a UN team exhumed the remains of 212") as the
weakest cue, and a subject whose participle aside opens without "-ed" ("The commission, set up after ...,")."""
from __future__ import annotations

import pytest
from attribution_helpers import who
from figure_helpers import figures

from claimledger.extract.context import DocContext
from claimledger.extract.kinds.characterizations import extract_characterizations
from claimledger.extract.kinds.quotes import extract_quotes
from claimledger.model import Claim, Document


def labels(text: str) -> list[Claim]:
    claims = extract_characterizations(DocContext.of(Document(path="t.txt", text=text, sha256="", format="txt")))
    for claim in claims:
        claim.check(text)
    return claims


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
    assert who(text, "some 11,000").attributed_to == "Special Commission"


def test_a_team_that_examined_the_bodies_is_the_source_of_their_count() -> None:
    text = "A forensic team from Orvel led by Dr Ilse Marr examined 40 bodies in the morgue of Dresk."
    assert who(text, "40").attributed_to == "forensic team from Orvel"


def test_an_aside_with_a_year_does_not_hide_who_exhumed_the_count() -> None:
    text = "The Talmen commission, set up in 1946, exhumed the remains of 500 people."
    assert who(text, "500").attributed_to == "Talmen commission"


@pytest.mark.parametrize("text, needle, source", [
    # a participle after what it counts names no one: the subject of "recorded" keeps its count
    ("The Dresk centre recorded 181 bodies examined in the town, and the Orvel group confirmed 161 deaths.", "181",
     "Dresk centre"),
    # a second verb of the same subject after a comma: its object before the comma is not its subject
    ("Our researchers interviewed 73 survivors and relatives, examined registers in two towns and reviewed 240 "
     "photographs.", "240", None),
])
def test_words_before_a_deed_verb_that_are_not_its_subject(text: str, needle: str, source: str | None) -> None:
    assert who(text, needle).attributed_to == source


def test_a_relative_clause_opening_with_a_preposition_is_not_the_subject() -> None:
    text = ("The Fact-Finding Commission led by Judge Maren Holt, on whose conclusions Lorvania claims to rely, "
            "counted between 120 and 160 deaths in total.")
    assert who(text, "between 120").attributed_to == "Fact-Finding Commission"


def test_a_delegation_of_a_body_led_by_a_person_is_the_body() -> None:
    text = "A delegation of the Red Cross led by Ruth Marr, which visited the camp, reported 40 dead."
    assert who(text, "40").attributed_to == "Red Cross"


@pytest.mark.parametrize("subject, source", [
    ("Refugees from Dresk", "Refugees from Dresk"),
    ("Forensic experts from Orvel", "Forensic experts from Orvel"),
])
def test_where_a_group_comes_from_is_part_of_its_name(subject: str, source: str) -> None:
    assert who(f"{subject} said 40 people had died in the shelling.", "40").attributed_to == source


def test_a_sentence_opening_as_keeps_the_named_person_of_an_apposition() -> None:
    text = "As Sirvard M., a teacher from Dresk, wrote to her brother: 40 people died that night."
    assert who(text, "40").attributed_to == "Sirvard M., a teacher from Dresk"


def test_a_sentence_opening_with_the_count_given_by_a_source_speaks_on() -> None:
    text = ("The final count given by the Talmen authorities was 69 villagers killed. Some 45 houses and the "
            "school were destroyed.")
    assert who(text, "Some 45").attributed_to == "Talmen authorities"


def test_a_source_owning_its_figures_does_not_speak_on() -> None:
    text = ("Talmen's official figures today: 613 civilians killed. Parliaments of three states have debated "
            "the events and 40 deputies signed a letter.")
    assert who(text, "613").attributed_to == "Talmen"
    assert who(text, "40").attributed_to is None


@pytest.mark.parametrize("subject, source", [
    ("Doctors in the regional capital", "Doctors in the regional capital"),
    ("Officials at the camp", "Officials at the camp"),
])
def test_a_role_at_a_place_named_in_lower_case_speaks(subject: str, source: str) -> None:
    text = f"{subject} reported receiving a couple of dozen children with shrapnel wounds."
    assert who(text, "a couple of dozen").attributed_to == source


def test_a_body_told_to_prepare_for_a_count_is_not_its_source() -> None:
    text = "Our reporter adds: hospitals in the region were told to prepare for dozens of casualties."
    assert who(text, "dozens").attributed_to is None


@pytest.mark.parametrize("relay", ["was reported by Interfax to have said", "was reported to have said",
                                   "was quoted by Interfax as saying"])
def test_who_was_reported_to_have_said_it_speaks(relay: str) -> None:
    text = f"The rebels' commander, Ruslan Darov, {relay} that his men had lost only two fighters."
    assert who(text, "two").attributed_to == "rebels' commander, Ruslan Darov"


def test_a_count_reported_by_an_agency_is_the_agencys() -> None:
    assert who("Forty people were reported by Interfax to have died.", "Forty").attributed_to == "Interfax"


def test_a_label_applied_in_a_clause_of_its_own_is_held_by_that_clauses_subject() -> None:
    text = ("During the fighting Talmen officials said that some 500 people had been killed, and the Talmen "
            "Authority described the events as a massacre.")
    [label] = labels(text)
    assert (label.modality, label.attributed_to) == ("asserts", "Talmen Authority")


@pytest.mark.parametrize("text, holder", [
    ("The Mission notes that the Orvel authorities have described the strike as a tragedy.", "Mission"),
    ("The Dresk committee said that what Radio Orvel calls a massacre is a provocation.", "Dresk committee"),
])
def test_a_label_inside_the_speakers_clause_stays_the_speakers_report(text: str, holder: str) -> None:
    [label] = labels(text)
    assert label.attributed_to == holder


def test_a_denial_does_not_reach_past_although() -> None:
    text = ("The Orvel Rights Group found no evidence of a massacre, although it reported that some killings "
            "amounted to war crimes.")
    modality = {c.label: c.modality for c in labels(text)}
    assert modality == {"massacre": "denies", "war crime": "asserts"}


def _measures(text: str) -> dict[str, str | None]:
    return {c.text: c.measure for c in figures(text)}


@pytest.mark.parametrize("text, needle, measure", [
    ("Over the next two days scores of villagers were marched to the quarry and shot.", "scores", "killed"),
    ("Among the dead identified by the parish were 37 members of the Marr family.", "37", "killed"),
    ("The official number is 613 dead; the commission spoke in 1992 of 485.", "485", "killed"),
    ("Of the 88 children, 82 were gassed at the camp.", "82", "killed"),
    ("Of the 88 children, 82 were gassed at the camp.", "88", "other"),
    ("Of the 613 victims, 63 were children.", "613", "killed"),
    ("Of the 184 women deported, 60 did not return.", "184", "expelled"),
])
def test_what_a_figure_counts_in_chains_and_totals(text: str, needle: str, measure: str) -> None:
    assert _measures(text)[needle] == measure


def test_members_of_families_break_down_the_members_not_the_families() -> None:
    text = "Among the dead were 37 members of three families, including 11 children."
    claims = {c.text: c for c in figures(text)}
    # a part of the families would take their measure; a part of the 37 dead is killed
    assert claims["11"].measure == "killed" and claims["11"].subgroup == "children"
    assert claims["three"].measure == "other"


def test_parts_that_add_up_to_a_total_with_a_longer_noun_are_its_breakdown() -> None:
    text = "The ministry says 42 members of the security forces, 30 officers and 12 police, were killed."
    groups = {c.text: (c.measure, c.subgroup) for c in figures(text)}
    assert groups == {"42": ("killed", None), "30": ("killed", "officers"), "12": ("killed", "police")}


@pytest.mark.parametrize("text", [
    "Visitors' guide: the museum is open Tue–Sat 9.00–17.00.",
    "Ibid., 312.",
    "The town's mosques, among them the Aladža Mosque of 1550, were blown up.",
    "Armored vehicles fired into the hospital from 300 yards away.",
    "The guards shot them in groups of five and later ten.",
])
def test_numbers_that_are_no_figures(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize("text, needle", [
    ("The execution of 1200 men began at dawn.", "1200"),
    ("A group of 40 villagers were killed.", "40"),
    ("Ibid. The militia killed 312 villagers.", "312"),
])
def test_counts_near_those_words_stay_figures(text: str, needle: str) -> None:
    assert [c.text for c in figures(text)] == [needle]


def test_a_numbered_section_heading_is_no_figure() -> None:
    text = ("3.4 Expulsions. The Muslim population was removed.\n"
            "3.2 Casualties. According to the commission, 131 died.")
    assert [(c.text, c.measure) for c in figures(text)] == [("131", "killed")]


def test_a_decimal_amount_at_the_head_of_a_line_stays_a_figure() -> None:
    assert [c.text for c in figures("2.5 million people were displaced.")] == ["2.5 million"]


@pytest.mark.parametrize("text, needle", [
    ("Families' committees and several Shia parties in parliament describe the killings as genocide.", "several"),
    ("The Red Cross had registered 156 tracing requests by the end of May.", "156"),
    ("On 16 December the Assembly condemned the killings; several delegations disputed that wording.", "several"),
    ("Several researchers have estimated that between 100 and 200 villagers were murdered.", "Several"),
    ("One witness counted 4 lorries, each with 30–40 bodies.", "4"),
    ("The column fleeing towards Mirna was fired on from two sides.", "two"),
    ("Several dozen families of victims have been given temporary housing in the capital.", "Several dozen"),
])
def test_counts_of_things_and_groups_that_are_no_harm(text: str, needle: str) -> None:
    assert _measures(text)[needle] == "other"


def test_the_dead_broken_down_after_a_count_of_hamlets_keep_their_total() -> None:
    text = "The commission counted 1,126 dead in Kallen and the three hamlets above it, of whom 412 were children."
    assert _measures(text) == {"1,126": "killed", "three": "other", "412": "killed"}


@pytest.mark.parametrize("text", ['"My son was 22." she said.', "Orchards covering about 1,000 dunams were razed."])
def test_an_age_of_a_relative_and_an_area_are_no_figures(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize("text", [
    "Source: Radio Dashir, Dashir, in Mervanian 1400 gmt 28 Feb 92",
    "The oldest was 81.",
    "Agnes Lederer, The Forest at Ponary (Halden University Press, 412 pp.)",
    "Room 2 | Panel 2.1",
])
def test_dates_ages_pages_and_labels_that_are_no_figures(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize("text, needle, measure", [
    ("Fifty rescuers and 12 fire engines were at the scene.", "12", "other"),
    ("The Commission compared three sources: the records of the hospitals.", "three", "other"),
    ("Our own survey of 212 households in 2019 recorded 143 dead.", "212", "other"),
    ("Two men released in June said that dozens were taken out at night and did not return.", "dozens",
     "missing"),
    ("Its spokesman said that 140 civilians had been handed over to the ICRC.", "140", "released"),
    ("At least nine were killed in the village, and dozens were taken to camps in the area.", "dozens", "detained"),
    ("Between 2,000 and 3,000 died in Volhynia at the hands of the Home Army and Polish self-defence units, and "
     "10,000-20,000 in the wider conflict up to 1947.", "10,000-20,000", "killed"),
])
def test_more_measures(text: str, needle: str, measure: str) -> None:
    assert _measures(text)[needle] == measure


@pytest.mark.parametrize("text", [
    "(Continued on Page 9, Column 3)",
    "TP jk/rw 161842 GMT Jan 99",
    "A resident told our correspondent that her neighbour, 68, was killed by shrapnel in March.",
    "The youngest child killed was eight.",
    '"I was nine. We hid in the cellar."',
    "Their crews found bodies in the snow in clusters of five and ten.",
])
def test_more_numbers_that_are_no_figures(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize("text, needle, measure", [
    ("Photo: 14 portraits of the victims at the memorial.", "14", "other"),
    ("Investigators say they have found at least 10 places used for torture.", "at least 10", "other"),
    ("The historian estimates dozens of deaths in each of the 63 trains.", "63", "other"),
    ("A party of eleven foreign newsmen was taken today to the ravine.", "eleven", "other"),
    ("Their crews found bodies in the snow. One pilot said he had counted at least 60 on a single slope.",
     "at least 60", "killed"),
    ("When the helicopters reached the hills above the river last week, their crews found bodies in the snow. "
     "Historians estimate that about a dozen German marksmen did the shooting.", "about a dozen", "other"),
])
def test_measures_of_counted_things_and_of_a_bare_count_after_a_sentence_about_the_dead(
        text: str, needle: str, measure: str) -> None:
    assert _measures(text)[needle] == measure


def test_he_after_a_spokesman_for_a_body_is_that_bodys_spokesman() -> None:
    text = ("Dravian officials said on Saturday that rebels had killed more than 100 civilians. A spokesman for the "
            "Dravian Defence Ministry, quoted by Itar-Tass, put the number of dead at 120. He said about 40 "
            "villagers had been wounded.")
    assert who(text, "about 40").attributed_to == "Dravian Defence Ministry"


@pytest.mark.parametrize("verb", ["saw", "said they saw"])
def test_who_saw_the_bodies_after_a_relative_clause_with_an_object(verb: str) -> None:
    text = f"Reporters who reached the main hospital in Sukhumi {verb} 17 bodies laid out in the courtyard."
    assert who(text, "17").attributed_to == "Reporters"


def test_a_name_given_in_a_relative_clause_stays_the_speaker() -> None:
    text = "A survivor who gave his name as Mosze Kaplan told us that 40 people had died."
    assert who(text, "40").attributed_to == "Mosze Kaplan"


def test_a_source_in_an_aside_or_an_earlier_relative_clause_does_not_reach_a_later_clause() -> None:
    text = ("Dresk never mentions the pogrom of 1988, in which at least 26 villagers were murdered according to "
            "the prosecutors (local residents counted many more), nor Orvel, where in 1992 troops killed between "
            "40 and 50 villagers.")
    assert who(text, "at least 26").attributed_to == "prosecutors"
    assert who(text, "between 40 and 50").attributed_to is None



def test_a_sides_version_is_its_account() -> None:
    text = ("Dresk's version, repeated by its embassies, is that 118 inhabitants were taken hostage and that dozens "
            "more died later in captivity.")
    assert who(text, "118").attributed_to == "Dresk"
    assert who(text, "dozens more").attributed_to == "Dresk"


def test_a_version_of_a_product_names_no_source() -> None:
    text = "The company revealed an open-top version that will be limited to 500 units."
    assert who(text, "500").attributed_to is None  # "revealed" reports no count; no version speaks either


def test_reports_by_a_source_of_a_count_are_that_sources() -> None:
    text = ("The deputy prosecutor told journalists that cases had been opened. He rejected reports by foreign radio "
            "stations of hundreds of victims as a provocation.")
    assert who(text, "hundreds").attributed_to == "foreign radio stations"


def test_a_subject_after_a_colon_with_a_phrase_before_its_verb_speaks() -> None:
    text = ("Other human rights groups give lower figures: Amnesty International at the time reported estimates "
            "ranging from 10,000 to 25,000 dead.")
    assert who(text, "10,000").attributed_to == "Amnesty International"


def test_a_count_between_a_subject_and_a_later_verb_is_the_first_verbs() -> None:
    text = ("The commission put the dead at several thousand; an émigré pamphlet of 1954 spoke of no more than 400 "
            "and denied any pogrom.")
    assert who(text, "no more than 400").attributed_to == "pamphlet of 1954"


@pytest.mark.parametrize("text", [
    'See Manoschek, "Serbien ist judenfrei, und das Land ist ruhig" (Munich, 1993), ch. 3.',
    'REPRINT: "Refugees tell of slaughter on the snowy ridge near the town" (The Northern Chronicle, March 3, 1992)',
    'See Ilse Marr, "The Dresk Pogrom of 1941 and its many witnesses," Borderland Studies 53, no. 2 (2011): 209.',
    'Notes to Chapter 4: "The Summer of 1941 in the old town of Dresk"',
])
def test_titles_of_cited_works_are_no_quotes(text: str) -> None:
    doc = DocContext.of(Document(path="t.txt", text=text, sha256="", format="txt"))
    assert extract_quotes(doc) == []


@pytest.mark.parametrize("text, needle", [
    ("Name\tDate\tDeaths\tPerpetrator\nMedak Pocket\t9–17 September 1993\t29+ civilians (ICTY indictment)[15]\t"
     "Croatian Army", "29+"),
    ("Deaths\t29 (ICTY indictment)[15]\nPerpetrators\tArmy", "29"),
])
def test_a_court_document_in_brackets_in_a_table_cell_is_the_source(text: str, needle: str) -> None:
    assert who(text, needle).attributed_to == "ICTY"


@pytest.mark.parametrize("text, needle, source", [
    ("The toll was put at 41 by Jewish leaders in the city.", "41", "Jewish leaders in the city"),
    ("Toll Put at 41 by Community Leaders", "41", "Community Leaders"),
    ("The number of dead was estimated at 300 by local officials.", "300", "local officials"),
])
def test_the_agent_of_a_passive_estimate_is_its_source(text: str, needle: str, source: str) -> None:
    assert who(text, needle).attributed_to == source


def test_the_press_that_printed_a_figure_is_its_source() -> None:
    text = ('Officials at the time spoke of several hundred dead in the city, and the press in Dresk printed a '
            'figure of "over 300" within a week.')
    assert who(text, "several hundred").attributed_to == "Officials"
    assert who(text, "over 300").attributed_to == "press in Dresk"


def test_a_figure_set_beside_another_with_its_source_in_apposition() -> None:
    text = ("THE DRESK DAILY prints two figures side by side: about 100 dead, the number Dresk's interior ministry "
            "gave on 27 February, and 477, the count the deputies announced a week later.")
    assert who(text, "about 100").attributed_to == "Dresk's interior ministry"
    toll = "The ministry has put the number of dead at about 1,700, the figure the group itself boasted of."
    assert who(toll, "about 1,700").attributed_to == "ministry"


def test_the_writer_in_the_third_person_and_a_misspelled_role() -> None:
    text = ("From an army helicopter this correspondent counted 31 corpses in a single field. At the mosque, local "
            "officals said some 120 had been brought in since Friday.")
    assert who(text, "31").attributed_to is None
    assert who(text, "some 120").attributed_to == "local officals"

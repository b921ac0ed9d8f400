"""Rules added in the fifth session: labels that only name a work, a body or a tag; who applies a label; and
attribution constructions (asides, opening phrases, coordinated verbs) the held-out sets showed."""
from __future__ import annotations

import pytest
from attribution_helpers import who
from figure_helpers import figures, table

from claimledger.extract.context import DocContext
from claimledger.extract.kinds.characterizations import extract_characterizations
from claimledger.model import Claim, Document


def labels(text: str) -> list[Claim]:
    ctx = DocContext.of(Document(path="t.txt", text=text, sha256="", format="txt"))
    claims = extract_characterizations(ctx)
    for claim in claims:
        claim.check(text)
    return claims


@pytest.mark.parametrize("text", [
    "^ Orvel Rights Watch, Under Orders: War Crimes in the Valley (2001), p. 212.",
    "According to the Centre for the Investigation of War and War Crimes, nine villagers were killed.",
    "Daniel Reyes, Ash on the Quays: Harbour under Occupation (Orvel Press), notes to chapter 5",
    "See Marta Lenk, The Occupied Port (Cluj: Meridian, 1998), pp. 141-44.",
    "Topics: Dalen | Orvel | War crimes",
    "The War Crimes Department of the district court opened the trial on Monday.",
    "The Regional War Crimes Commission sat in Dravec for a week.",
])
def test_a_label_that_only_names_a_work_a_body_or_a_tag_is_no_claim(text: str) -> None:
    assert labels(text) == []


def test_a_name_that_uses_the_label_stays_a_label() -> None:
    found = labels("Every February the town remembers the Dravec Genocide with a march.")
    assert [(c.label, c.modality) for c in found] == [("genocide", "asserts")]


def test_the_ordinal_body_to_recognise_reports_a_recognition_not_a_call() -> None:
    found = labels("With the vote Ostrelia became the fifth parliament to recognise the genocide.")
    assert [c.modality for c in found] == ["reports"]
    call = labels("The committee urged the parliament to recognise the genocide.")
    assert [c.modality for c in call] == ["calls_for"]


def test_calling_a_named_event_a_label_then_a_verdict_against_it_denies_it() -> None:
    found = labels("Calling Dravec a massacre is propaganda, not history.")
    assert [(c.label, c.modality) for c in found] == [("massacre", "denies")]


@pytest.mark.parametrize("text", [
    "President Ilse Varga described the killings as genocide against the villagers, according to her office.",
    "President Ilse Varga condemned the attack as an act of genocide, her office said.",
])
def test_whoever_applies_the_label_holds_it_though_a_report_of_it_follows(text: str) -> None:
    found = labels(text)
    assert [c.label for c in found] == ["genocide"]
    assert found[0].attributed_to is not None and "Ilse Varga" in found[0].attributed_to


def test_a_participle_aside_does_not_name_the_speaker() -> None:
    text = "A former guard, questioned as a witness, told the court in June that 12 prisoners died."
    assert who(text, "12").attributed_to == "former guard"
    named = "A refugee woman, named in the dispatch only as Sevda, told reporters that 40 people were shot."
    assert who(named, "40").attributed_to == "Sevda"


def test_a_pronoun_after_a_phrase_that_opens_the_sentence_speaks() -> None:
    text = "Mayor Ilse Varga visited the site on Friday. In a video address she said 440 bodies were found."
    att = who(text, "440")
    assert att.attributed_to == "Mayor Ilse Varga"
    assert att.attribution_text == "she said"


def test_a_verb_joined_by_and_shares_a_subject_after_an_opening_phrase() -> None:
    text = "In Dravec, officials called the killings a crime and said 600 people died."
    assert who(text, "600").attributed_to == "officials"


def test_a_participle_opening_a_sentence_is_not_a_name() -> None:
    text = "The shooting was unlawful. Taken with the pattern documented since 2015, the 40 deaths may be a crime."
    assert who(text, "40").attributed_to is None


def test_publications_and_literature_are_sources_and_a_decade_dates_them() -> None:
    text = ("4. Dalen post-war publications gave figures of 7,000; local memorial literature of the 1960s spoke of "
            "ten thousand victims.")
    assert who(text, "7,000").attributed_to == "Dalen post-war publications"
    assert "literature" in (who(text, "ten thousand").attributed_to or "")


def test_a_numbered_paragraph_opens_with_its_subject() -> None:
    text = "3.2 Orvel Rights Watch, analysing satellite images and videos, concluded that 560 men were killed."
    assert who(text, "560").attributed_to == "Orvel Rights Watch"


def test_boasting_of_a_count_is_speaking_it() -> None:
    assert who("The militia boasted online of having executed 1,700 prisoners.", "1,700").attributed_to == "militia"


def test_a_figure_put_forward_by_a_side_is_that_sides() -> None:
    text = "The figure of 214 dead put forward by Vardenia has never been supported by a list of names."
    assert who(text, "214").attributed_to == "Vardenia"


def test_an_aside_source_vouches_for_the_breakdown_of_its_total() -> None:
    text = "The final toll, according to the Brenk Victims Association, was 41 dead, of whom 14 children."
    assert who(text, "14").attributed_to == "Brenk Victims Association"
    other = "The final toll, according to the Brenk Victims Association, was 41 dead, and 600 shells fell."
    assert who(other, "600").attributed_to is None


def test_the_end_of_a_relative_clause_is_no_apposition_of_the_speaker() -> None:
    text = "At the mosque, which serves as a morgue, a doctor, quoted by Reuters, said 90 bodies had been brought in."
    assert who(text, "90").attributed_to == "doctor"


def test_a_lower_case_source_with_an_owner_in_an_infobox_parenthesis() -> None:
    text = "Deaths\t1,661 (RDC)[2]\nabout 3,000 (victims' associations)[3]\nPerpetrators\tmilitias"
    assert who(text, "about 3,000").attributed_to == "victims' associations"


def test_of_the_dead_breaks_down_the_killed_not_the_last_count() -> None:
    text = ("Thirty-four people were killed and scores were wounded, doctors said.\n"
            "Of the dead, 11 were children and nine were women, the hospital director told reporters.")
    rows = table(text)
    assert ("11", "killed", "children", "Thirty-four") in rows
    assert ("nine", "killed", "women", "Thirty-four") in rows


def test_causes_of_death_after_a_part_of_an_earlier_total() -> None:
    text = ("According to the commission, 214 residents were killed. Forensic examinations established that 173 "
            "of the victims died of gunshot wounds and 29 of burns.")
    rows = table(text)
    assert ("173", "killed", "gunshot wounds", "214") in rows
    assert ("29", "killed", "burns", "214") in rows


def test_died_later_in_hospital_with_the_verb_left_out() -> None:
    rows = table("Nineteen died on the spot and two later in hospital.")
    assert rows == [("Nineteen", "killed", None, None), ("two", "killed", None, None)]


def test_a_number_opening_a_line_after_a_year_and_full_stop_is_a_figure() -> None:
    rows = table("The rally was broken up on 9 April 1989.\nTwenty-one people died in the dispersal.")
    assert ("Twenty-one", "killed", None, None) in rows


def recognitions(text: str) -> list[tuple[str | None, str | None, str | None]]:
    from claimledger.extract.kinds.recognitions import extract_recognitions

    ctx = DocContext.of(Document(path="t.txt", text=text, sha256="", format="txt"))
    return [(c.recognizer, c.recognizer_code, c.stance) for c in extract_recognitions(ctx)]


def test_a_body_named_by_a_name_no_country_list_knows() -> None:
    assert recognitions("The Alsenian parliament condemned the attack as a massacre in 2009.") == [
        ("Alsenian parliament", None, "condemns_as_massacre")]
    assert recognitions("Selmark's national assembly recognised the killings as genocide in 2015.") == [
        ("Selmark's national assembly", None, "recognizes_as_genocide")]
    assert recognitions("The Armenian parliament condemned the attack as a massacre.") == [
        ("Armenian parliament", "AM", "condemns_as_massacre")]


def test_another_states_sejm_and_a_relative_clause_after_a_heading() -> None:
    text = ("DECLARATION\nof the National Assembly of Kesmaria on the decision of the Sejm of Lorvania on the "
            "so-called \"Ostrel genocide\"\n\nThe National Assembly of Kesmaria,\n- regretting the decision of the "
            "Sejm of Lorvania of 5 February, which recognised the events in Ostrel as genocide;")
    assert recognitions(text) == [("Sejm of Lorvania", None, "recognizes_as_genocide")]
    assert recognitions("The Sejm recognised the killings as genocide in 2016.") == [
        ("Sejm", "PL", "recognizes_as_genocide")]


def test_a_question_or_neither_nor_is_no_recognition() -> None:
    assert recognitions("Did the UN recognise the killings as genocide? No.") == []
    assert recognitions("Neither the UN nor the EU has recognised the killings as genocide.") == []
    assert recognitions("The UN Security Council condemned the massacre.") == [
        ("UN Security Council", None, "condemns_as_massacre")]


def test_presenting_as_applies_a_label_and_a_staged_show_dismisses_reports() -> None:
    found = labels("The Orvel leadership presented the killings as retribution, not as a massacre.")
    assert [(c.label, c.modality, c.attributed_to) for c in found] == [("massacre", "denies", "Orvel leadership")]
    staged = labels('Colonel Dan Rusev called reports of a massacre "a staged show for the cameras."')
    assert [(c.label, c.modality) for c in staged] == [("massacre", "denies")]


def test_courts_describing_a_crime_are_reported() -> None:
    found = labels("Dalen courts later described the shooting as a crime against humanity.")
    assert [(c.label, c.modality) for c in found] == [("crime against humanity", "reports")]


@pytest.mark.parametrize("text", [
    "The chamber did not find that genocide had been proven.",
    "It does not find that the accused acted with the specific intent required for genocide.",
    "The group found no evidence of a massacre.",
])
def test_a_finding_that_denies_the_label(text: str) -> None:
    assert [c.modality for c in labels(text)] == ["denies"]


def test_the_place_and_year_of_a_publication_stand_between_its_name_and_verb() -> None:
    text = ("4. The Final Report of the Commission on the Holocaust in Dalen (Orvel, 2004) puts the number of "
            "those killed at 28,000.")
    att = who(text, "28,000")
    assert att.attributed_to == "Commission on the Holocaust in Dalen"
    cited = "Dravec Valley Victims' Association, Memorial Book (Dravec, 2004), lists 1,203 names."
    assert who(cited, "1,203").attributed_to == "Dravec Valley Victims' Association"


def test_a_headline_names_a_body_before_its_colon() -> None:
    text = "• UN rights office: verified civilian deaths in Dalen rise above 1,400"
    assert who(text, "above 1,400").attributed_to == "UN rights office"
    assert who("Kharkiv: Russian shelling kills 12 people", "12").attributed_to is None


def test_a_body_of_many_is_no_apposition_of_the_person_before() -> None:
    text = ("According to the head of our Tarsk delegation, Ruth Andersen, local health authorities have registered "
            "73 deaths.")
    assert who(text, "73").attributed_to == "local health authorities"
    assert who("The mayor of Agdam, Elmar Mamedov, said 12 died.", "12").attributed_to == \
        "mayor of Agdam, Elmar Mamedov"


def test_an_older_year_after_a_year_word_is_no_figure() -> None:
    assert table("The bridge, built 1577, is where dozens of prisoners were shot.") == [
        ("dozens", "killed", None, None)]
    assert [r[0] for r in table("From 1200 to 1500 people were killed.")] == ["From 1200 to 1500"]


def test_a_predicate_about_those_commemorated_does_not_count_the_mourners() -> None:
    rows = table("Thousands of people laid flowers on Tuesday in memory of those who died in the dispersal.")
    assert rows == [("Thousands", "other", None, None)]


def test_a_rate_per_victim_is_no_count_of_harm() -> None:
    rows = table("The quota was one hundred hostages for every soldier killed, and fifty for every one wounded.")
    assert [(r[0], r[1]) for r in rows] == [("one hundred", "other"), ("fifty", "other")]


def test_death_certificates_reviewed_are_documents_not_deaths() -> None:
    rows = table("Our review of 214 death certificates found that at least 116 of the victims died of burns.")
    assert ("214", "other", None, None) in rows


def test_its_spokesman_named_in_apposition_speaks_and_its_owner_keeps_its_noun() -> None:
    text = "The Alsenian army denied any attack. Its spokesman, Colonel Dan Rusev, said 40 people died."
    assert who(text, "40").attributed_to == "Colonel Dan Rusev"
    plain = "The Alsenian army denied any attack. Its spokesman said 40 people died."
    assert who(plain, "40").attributed_to == "Alsenian army"


def test_names_on_a_memorial_list_are_the_dead() -> None:
    rows = table("The city memorial lists 490 names. The petition gathered 4,000 names. "
                 "The missing-persons commission lists 46 names from the bridge.")
    assert [(r[0], r[1]) for r in rows] == [("490", "killed"), ("4,000", "other"), ("46", "missing")]


def test_residents_counted_with_nothing_done_to_them_are_a_population() -> None:
    rows = table("Kafr Qasim has about 23,000 residents today. Close to 300 residents had been buried in a grave. "
                 "Between 3,000 and 3,500 residents left the valley.")
    assert [(r[0], r[1]) for r in rows] == [("about 23,000", "population"), ("Close to 300", "other"),
                                            ("Between 3,000 and 3,500", "displaced")]


def test_a_part_marked_as_dead_keeps_its_own_measure_under_a_population() -> None:
    rows = table("The registers list 6,412 residents in 1936. Of these, 712 are marked as dead by 1939.")
    assert [(r[0], r[1]) for r in rows] == [("6,412", "population"), ("712", "killed")]


@pytest.mark.parametrize(("text", "row"), [
    ("The commission counted 2,740 people shot at the quarry. Thirty-four of the victims were local policemen.",
     ("Thirty-four", "killed", "local policemen", "2,740")),
    ("The committee gives a toll of 57 and 120 people injured. Thirty-four of the injured were evacuated to "
     "hospitals in Caldora.", ("Thirty-four", "injured", "evacuated to hospitals", "120")),
    ("Another 84 people were wounded, of whom 27 remain in serious condition at the hospital.",
     ("27", "injured", "in serious condition", "84")),
    ("Sixty bodies had been examined, of whom 40 died of gunshot wounds and seven of cold.",
     ("seven", "killed", "cold", "Sixty")),
])
def test_parts_of_the_dead_or_the_wounded(text: str, row: tuple[str, str, str, str]) -> None:
    assert row in table(text)


def test_of_the_wounded_takes_the_wounded_total_not_the_last_one() -> None:
    text = "Officials said 40 were wounded and 12 taken hostage. 34 of the wounded remain in a serious condition."
    assert ("34", "injured", "in a serious condition", "40") in table(text)


def test_a_board_or_league_speaks_as_a_body() -> None:
    text = "The Islamic Community's local board, which organised the commemoration, speaks of 116 victims."
    assert who(text, "116").attributed_to == "Islamic Community's local board"


def test_a_source_after_an_opening_phrase_leads_the_sentence() -> None:
    text = ("On the same day in 1993, according to the association, Army units killed 22 villagers in Trusina, of "
            "whom 18 were civilians.")
    assert who(text, "22").attributed_to == "association"
    assert who("Forty died, according to the UN, and the militia fired 600 rockets.", "600").attributed_to is None


def test_a_closing_citation_of_an_author_and_page_gives_the_source() -> None:
    rows = [(c.text, c.attributed_to) for c in figures(
        "The city had some 930,000 inhabitants in 1941 and about 180,000 in 1943 (Berkhoff, p. 304).")]
    assert rows == [("some 930,000", "Berkhoff"), ("about 180,000", "Berkhoff")]


def test_channels_that_broadcast_a_toll_give_it() -> None:
    text = "The Ministry notes that certain satellite channels broadcast a toll of 90 dead within hours."
    assert "channels" in (who(text, "90").attributed_to or "")
    assert who("The station broadcast a concert. 40 people died.", "40").attributed_to is None


def test_a_myth_line_and_a_long_gerund_deny_their_labels() -> None:
    assert [c.modality for c in labels("MYTH: Dalen forces massacred the villagers.\nFACT: It was a battle.")] == [
        "denies"]
    assert [c.modality for c in labels("Calling a battle for a fortified village genocide empties the word.")] == [
        "denies"]


def test_a_resolution_that_treats_the_events_as_genocide_recognises_them() -> None:
    text = "The Verkhovna Rada of Ukraine adopted a resolution that treats the shootings as part of the genocide."
    assert recognitions(text) == [("Verkhovna Rada of Ukraine", "UA", "recognizes_as_genocide")]


def test_he_after_a_spokesman_for_a_body_in_the_same_sentence() -> None:
    text = "A spokesman for the Karabakh government said the town was a base; he put the civilian dead at 20."
    assert who(text, "20").attributed_to == "Karabakh government"


def test_who_the_counted_were_does_not_give_the_measure() -> None:
    rows = table("The institute puts the number of people killed at the ravine at 70,000-100,000, among them Jews, "
                 "Roma and prisoners of war.")
    assert [(r[0], r[1]) for r in rows] == [("70,000-100,000", "killed")]
    hostages = table("At least 45 villagers had been killed, and around 100 others, mostly women and children, had "
                     "been taken hostage.")
    assert ("around 100", "hostage") in [(r[0], r[1]) for r in hostages]


def test_counts_with_groups_that_add_up_to_the_figure_before_are_its_parts() -> None:
    assert table("The security forces lost 42 men, 30 officers and 12 police.") == [
        ("42", "killed", None, None), ("30", "killed", "officers", "42"), ("12", "killed", "police", "42")]
    assert [r[3] for r in table("The army lost 40 men, 30 officers and 12 police.")] == [None, None, None]


def test_a_verb_before_the_figure_beats_the_next_clauses_verb() -> None:
    assert [(r[0], r[1]) for r in table("It killed 12 people, wounded 30 and displaced 500.")] == [
        ("12", "killed"), ("30", "injured"), ("500", "displaced")]


def test_a_note_that_sends_the_reader_to_an_author_gives_its_figures() -> None:
    rows = [(c.text, c.attributed_to) for c in figures(
        "1. Estimates of the camp's population run from 20,000 to 30,000; see Mireille Haddad, Les camps "
        "(Beirut: Manara, 1984), pp. 41-44.")]
    assert rows == [("from 20,000 to 30,000", "Mireille Haddad")]


def test_thought_that_and_a_labelled_line_before_according_to() -> None:
    assert who("Awad himself thought that between 1,500 and 2,000 dead was the better estimate.",
               "between 1,500 and 2,000").attributed_to == "Awad"
    text = "EDITOR'S NOTE: According to official Dalen figures, 613 were killed; 487 were wounded."
    assert who(text, "487").attribution_text == "According to official Dalen figures"


def test_a_reference_between_the_author_and_the_verb() -> None:
    text = "5 Veit, op. cit., p. 133, thought that between 900 and 1,100 people were killed."
    assert who(text, "between 900 and 1,100").attributed_to == "Veit"


def test_that_after_a_time_phrase_still_opens_the_report() -> None:
    text = "UN investigators found in April that more than 100 villagers had been killed."
    assert who(text, "more than 100").attributed_to == "UN investigators"


@pytest.mark.parametrize("text", [
    'Petr Lendl, "Counting Kallen," Karsh Historical Review 14, no. 2 (2003): 55-81, at 61.',
    "State Archive of Karsh, fond 212, op. 3, d. 41, ll. 17-19; but see n. 6 below.",
])
def test_note_apparatus_numbers_are_no_figures(text: str) -> None:
    assert table(text) == []


def test_survivors_are_not_the_dead_but_a_survivors_association_counts_them() -> None:
    assert [(r[0], r[1]) for r in table("Victims\nOfficial: 340\nSurvivors\t143 women, 17 children\n")] == [
        ("340", "killed"), ("143", "other"), ("17", "other")]
    assert [(r[0], r[1]) for r in table("Deaths\nOfficial: 684 killed\nUnofficial: 900+ (survivors' association)\n")
            ] == [("684", "killed"), ("900+", "killed")]
    assert table("173 men were shot in batches of five and ten.") == [("173", "killed", None, None)]


def test_taken_away_and_never_seen_again_are_missing_and_driven_across_expelled() -> None:
    rows = table("Several hundred men were taken away at the checkpoints and never seen again. "
                 "More than 4,000 were driven across the pass.")
    assert [(r[0], r[1]) for r in rows] == [("Several hundred", "missing"), ("More than 4,000", "expelled")]
    seeds_like = table("1,275 were taken hostage (the fate of 150 of them remains unknown).")
    assert seeds_like[0][:2] == ("1,275", "hostage")


def test_as_high_as_bounds_a_figure_from_above() -> None:
    claim = figures("Some survivors put the toll as high as 1,000.")[0]
    assert (claim.text, claim.qualifier, claim.low, claim.high) == ("as high as 1,000", "at_most", None, 1000)


def test_an_infobox_row_of_groups_under_a_total() -> None:
    text = "Victims\nOfficial: 340 (memorial)[1]\nMen: 192 · Women: 60 · Children: 88\n"
    assert table(text)[1:] == [("192", "killed", "Men", "340"), ("60", "killed", "Women", "340"),
                               ("88", "killed", "Children", "340")]
    rows = "Casualties\nArmy: 560 killed (est.)\nCivilians: 677 (committee)\n"
    assert [r[3] for r in table(rows)] == [None, None]

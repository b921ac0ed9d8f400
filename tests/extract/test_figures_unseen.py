"""Round 2 of the figure grammar: general rules for wordings the first round had not met (age brackets as
subgroups, group lists after a colon or after "The victims,", elliptic second figures, measures governed by a
weak verb before a subordinate clause). Sentences written for these tests; places and people are invented."""
from __future__ import annotations

from figure_helpers import figures, table

# --- age brackets ----------------------------------------------------------------------------------------

def test_age_brackets_after_of_whom_are_subgroups_not_figures() -> None:
    assert table("Our register lists 212 dead, of whom 48 were under 16 and 31 were over 65.") == [
        ("212", "killed", None, None),
        ("48", "killed", "under 16", "212"),
        ("31", "killed", "over 65", "212"),
    ]


def test_of_them_with_a_comma_and_an_age_comparison() -> None:
    rows = table("The monitors confirmed 95 civilians killed; of them, at least 21 were women and several were "
                 "older than 75.")
    assert rows == [
        ("95", "killed", None, None),
        ("at least 21", "killed", "women", "95"),
        ("several", "killed", "older than 75", "95"),
    ]


def test_group_with_an_age_bracket_keeps_the_group() -> None:
    rows = table("The Red Crescent counted more than 1,300 civilian deaths, of whom 410 were children under 14.")
    assert rows == [("more than 1,300", "killed", None, None), ("410", "killed", "children", "more than 1,300")]


def test_people_over_an_age_take_the_bracket_as_group() -> None:
    rows = table("Soldiers executed at least 40 villagers. Among the dead were a newborn, several women and at "
                 "least four people over 80.")
    assert rows == [
        ("at least 40", "killed", None, None),
        ("several", "killed", "women", "at least 40"),
        ("at least four", "killed", "over 80", "at least 40"),
    ]


def test_a_count_after_over_is_still_a_figure() -> None:
    assert [c.text for c in figures("Among them were over 100 children.")] == ["over 100"]


# --- group lists -----------------------------------------------------------------------------------------

def test_groups_after_a_colon_break_down_the_total() -> None:
    rows = table("In total 318 people died, according to the parish register: 120 men, 101 women and 97 children.")
    assert rows == [
        ("318", "killed", None, None),
        ("120", "killed", "men", "318"),
        ("101", "killed", "women", "318"),
        ("97", "killed", "children", "318"),
    ]


def test_the_victims_comma_list_breaks_down_the_previous_total() -> None:
    rows = table("Militia fighters shot 37 villagers on the road home. The victims, 14 men, 9 women and 5 children "
                 "aged between 2 and 12, had been harvesting wheat.")
    assert rows == [
        ("37", "killed", None, None),
        ("14", "killed", "men", "37"),
        ("9", "killed", "women", "37"),
        ("5", "killed", "children", "37"),
    ]


def test_causes_listed_without_their_verb() -> None:
    rows = table("Of the 64 victims, 40 died of gunshot wounds, 15 of shrapnel wounds and 9 of burns.")
    assert rows[1:] == [
        ("40", "killed", "gunshot wounds", "64"),
        ("15", "killed", "shrapnel wounds", "64"),
        ("9", "killed", "burns", "64"),
    ]


def test_incl_abbreviation_does_not_cut_an_infobox_row() -> None:
    rows = table("Casualties\nDeaths 512 hostages (incl. 140 children)[1]\nInjured 600+")
    assert rows[:2] == [("512", "killed", None, None), ("140", "killed", "children", "512")]


# --- measures --------------------------------------------------------------------------------------------

def test_elliptic_second_figure_counts_what_the_first_counts() -> None:
    found = figures("Historians estimate that between 3,000 and 5,000 villagers were killed in the valley, and up "
                    "to 9,000 when the northern districts are counted.")
    assert [(c.text, c.measure, c.high) for c in found][1] == ("up to 9,000", "killed", 9000)
    found = figures("The northern authorities report 150 dead and the southern authorities no more than 20.")
    assert [c.measure for c in found] == ["killed", "killed"]


def test_other_reports_of_the_same_count() -> None:
    found = figures("The rebels admitted to 30 dead; the first government reports mentioned a few dozen; the "
                    "official figure later rose to 410.")
    assert [c.measure for c in found] == ["killed", "killed", "killed"]


def test_weak_verb_before_a_subordinate_clause_governs() -> None:
    c = figures("Officials said that hundreds of villagers were shot as they fled the valley.")[0]
    assert (c.text, c.measure) == ("hundreds", "killed")


def test_prisoners_is_who_they_were_not_what_happened() -> None:
    found = figures("The note put the number shot at 9,400. Of them, 3,100 prisoners from the Velt camp were shot "
                    "in the forest, 2,900 from Ostrin, and 3,400 from Marsk.")
    assert [c.measure for c in found] == ["killed"] * 4


def test_losses_counted_in_people_are_deaths() -> None:
    c = figures("Officials said current estimates put the republic's wartime losses at about 1 million people.")[0]
    assert (c.text, c.measure) == ("about 1 million", "killed")


def test_new_predicates() -> None:
    assert figures("Shell Kills Scores in Harven Market")[0].measure == "killed"
    found = figures("During the operation 28 armed militants were neutralised and 9 were detained.")
    assert [c.measure for c in found] == ["killed", "detained"]
    assert figures("The agency registered only 310 temporarily relocated persons.")[0].measure == "displaced"
    c = figures("The fighting is the worst in years of conflict over Velora, an enclave of about 90,000 people.")[0]
    assert c.measure == "population"
    assert figures("- Freed or escaped: about 1,200.")[0].measure == "released"


def test_survivors_are_not_casualties() -> None:
    found = figures("Only a few children survived. Only four people are known to have escaped the fire.")
    assert [c.measure for c in found] == ["other", "other"]


def test_share_of_things_takes_the_harm_of_the_things_not_of_people() -> None:
    found = figures("Many residents fled into the hills.\nSatellite images analysed for this report show 212 houses "
                    "burned in the eastern quarter, about 40% of the homes in the town.")
    assert [c.measure for c in found] == ["destroyed", "destroyed"]
    found = figures("Many residents fled into the hills.\nA report on the valley noted that about 40% of the homes "
                    "there had stone walls.")
    assert [c.measure for c in found] == ["other"]


# --- not figures -----------------------------------------------------------------------------------------

def test_codes_pages_and_calibres_are_not_figures() -> None:
    assert figures("Members of Einsatztrupp 7b, with police battalions, carried out the shootings.") == []
    assert figures("Class: 044-02/19-03/88") == []
    assert figures("Page 3 of 17") == []
    assert figures("The 81-millimetre mortar round was fired from the hills.") == []


def test_a_noun_and_its_verb_are_no_pair_of_harms() -> None:
    rows = table("According to official figures, 212 hostages were killed, 95 of them children, and more than 400 "
                 "were wounded.")
    assert rows == [
        ("212", "killed", None, None),
        ("95", "killed", "children", "212"),
        ("more than 400", "injured", None, None),
    ]


def test_a_weak_killing_verb_joined_to_a_non_harm_one() -> None:
    c = figures("Zelen is a forest where the secret police shot and buried thousands of people during the purge.")[0]
    assert (c.text, c.measure) == ("thousands", "killed")


def test_two_days_of_one_month_are_dates() -> None:
    assert [c.text for c in figures("On 12 and 13 March 1944, police units shot 2,100 villagers.")] == ["2,100"]


def test_a_hyphenated_item_before_the_list_of_the_dead() -> None:
    rows = table("Soldiers executed at least 40 villagers that day. Among the dead were a one-year-old child, "
                 "several women and at least four people over 80.")
    assert [r[2] for r in rows] == [None, "women", "over 80"]


def test_a_range_from_one_estimate_to_another_across_an_aside() -> None:
    found = figures("Many were treated for frostbite. Estimates of the dead ranged from a few dozen, the number the "
                    "rebels acknowledged, to as many as 800 given by the mayor.")
    assert [(c.text, c.measure, c.parent_claim) for c in found] == [
        ("a few dozen", "killed", None), ("as many as 800", "killed", None)]


def test_a_row_label_governs_a_weak_noun_and_the_next_row() -> None:
    text = ("Type Mass execution\nVictims 3,400 Arvalan prisoners (camp note)\n~3,600 (most scholars)\n"
            "Perpetrator Secret police\n")
    assert [(c.text, c.measure, c.qualifier) for c in figures(text)] == [
        ("3,400", "killed", "exact"), ("~3,600", "killed", "approx")]


def test_a_count_that_went_from_one_figure_to_another_is_two_figures() -> None:
    rows = table("The official count of the dead went from 385 to 512 over four years.")
    assert [r[0] for r in rows] == ["385", "512"]
    assert [r[0] for r in table("Between 20 and 30 were killed; estimates range from 40 to 60 dead.")] == [
        "Between 20 and 30", "from 40 to 60"]


def test_a_reprint_typo_in_a_qualifier_keeps_its_bound() -> None:
    claim = figures("The group put the dead at not less then 200.")[0]
    assert (claim.text, claim.qualifier, claim.low) == ("not less then 200", "at_least", 200)


def test_an_infobox_row_label_is_its_measure_under_an_attack_type_row() -> None:
    text = ("Date\t4 May 1991\nTarget\tvillagers\nAttack type\tMass killing\nDeaths\t40 (council)\n"
            "Injured\t112 (council)\nPerpetrators\tunknown")
    assert table(text) == [("40", "killed", None, None), ("112", "injured", None, None)]


def test_leaving_searching_and_a_headline_in_the_present() -> None:
    assert table("Thousands of villagers left the town within weeks.")[0][:2] == ("Thousands", "displaced")
    assert table("Some 300 people crossed into the neighbouring country.")[0][:2] == ("Some 300", "displaced")
    assert table("The association still searches for some 70 people.")[0][:2] == ("some 70", "missing")
    assert table("Hundreds of refugees die in the snow\n\nBy a staff writer")[0][:2] == ("Hundreds", "killed")
    assert table("Die Zeit printed 12 pages on the trial.")[0][1] == "other"  # the German article is no verb

"""Figure rules added after scoring a held-out set: parts named by place inside an infobox parenthesis, the
inhabitants of a place, a particle verb before "over", and a second figure given for the same count."""
from __future__ import annotations

from figure_helpers import figures, table


def test_parts_named_by_place_inside_a_parenthesis_break_the_total_down() -> None:
    text = "Location\tVarna Quay\nDeaths\t57 (41 in the customs hall, 9 at the pier and 7 in the market)[2]\n"
    assert table(text) == [
        ("57", "killed", None, None),
        ("41", "killed", "in the customs hall", "57"),
        ("9", "killed", "at the pier", "57"),
        ("7", "killed", "in the market", "57"),
    ]


def test_a_place_phrase_outside_a_parenthesis_makes_no_part() -> None:
    rows = table("The shelling killed 12 people in Dolan and 30 in Vesk.")
    assert [(text, parent) for text, _, _, parent in rows] == [("12", None), ("30", None)]


def test_inhabitants_count_a_population() -> None:
    assert table("The village then had some 2,000 inhabitants.") == [("some 2,000", "population", None, None)]


def test_inhabitants_who_were_killed_are_killed() -> None:
    assert table("Thirty inhabitants were killed in the raid.")[0][1] == "killed"


def test_handed_over_is_a_verb_not_a_qualifier() -> None:
    [claim] = figures("The other side handed over 120 detained persons in 1995.")
    assert (claim.text, claim.qualifier, claim.low) == ("120", "exact", 120)
    [claim] = figures("Over 120 persons were detained.")
    assert (claim.text, claim.qualifier) == ("Over 120", "more_than")


def test_a_second_figure_given_for_the_same_count_takes_its_measure() -> None:
    rows = table("The figure most often given is 48 dead; local commemorations often give 49, counting an unborn "
                 "child.")
    assert [(text, measure) for text, measure, _, _ in rows] == [("48", "killed"), ("49", "killed")]


CELL_TABLE = (
    "Table 3. Casualties in the three villages, 12-14 May 1996\n"
    "Group\nKilled\nWounded\nMissing\n"
    "Women\n31\n12\n4\n"
    "Men over 60\n9\n2\n0\n"
    "Total\n40\n14\n4\n"
    "Source: field interviews.\n"
)


def test_a_table_flattened_to_one_cell_per_line_gives_column_measures_and_row_groups() -> None:
    assert table(CELL_TABLE) == [
        ("three", "other", None, None),
        ("31", "killed", "Women", None), ("12", "injured", "Women", None), ("4", "missing", "Women", None),
        ("9", "killed", "Men over 60", None), ("2", "injured", "Men over 60", None),
        ("0", "missing", "Men over 60", None),
        ("40", "killed", None, None), ("14", "injured", None, None), ("4", "missing", None, None),
    ]


def test_a_list_of_bare_numbers_without_a_header_is_no_table() -> None:
    rows = table("Killed in the raid\n31\n12\n")
    assert [subgroup for _, _, subgroup, _ in rows] == [None, None]


def test_killed_by_a_named_means_to_death_is_killed() -> None:
    rows = table("Of the 52 dead, 40 died of gunshot wounds and 12 burned to death in their homes.")
    assert rows[2][:2] == ("12", "killed")
    assert rows[2][3] == "52"


def test_patients_being_treated_are_injured() -> None:
    assert table("Hospitals in Vesk were treating 210 people.")[0][1] == "injured"


def test_a_toll_climbing_past_a_number_is_more_than_it() -> None:
    [claim] = figures("UPDATE 4-Vesk toll climbs past 90 as divers search the harbour")
    assert (claim.text, claim.qualifier, claim.low, claim.high) == ("past 90", "more_than", 90, None)


def test_a_breakdown_after_a_building_number_is_still_a_part() -> None:
    rows = table("He said 140 people had died in the fire at Hospital No. 2, 31 of them patients.")
    assert rows == [("140", "killed", None, None), ("31", "killed", "patients", "140")]


def test_of_whom_after_a_count_of_places_breaks_down_the_people_before() -> None:
    rows = table("The commission listed 640 dead in nine villages, of whom 210 were children and 150 women.")
    assert rows[2:] == [("210", "killed", "children", "640"), ("150", "killed", "women", "640")]


def test_remains_as_a_verb_is_no_unit_of_bodies() -> None:
    rows = table("The office says 366 servicemen were killed and that the fate of 158 remains unknown.")
    assert rows[1][:2] == ("158", "missing")
    [claim] = figures("Investigators exhumed 158 remains in the forest.")
    assert (claim.measure, claim.unit) == ("killed", "body")


def test_a_part_described_as_another_harm_is_a_figure_of_its_own() -> None:
    rows = table("The association lists 900 names, of whom 700 are described as killed and 150 as missing.")
    assert rows[1] == ("700", "killed", None, None)


def test_numbered_paragraphs_and_page_lines_are_not_figures() -> None:
    text = ("212. The Chamber finds that 40 men were shot at the mill.\n"
            "                  - 14 -\n"
            "213. The Chamber further finds that 300 inhabitants were forcibly transferred.\n"
            "A unit of Brigade 101 took part.\n")
    assert [text_ for text_, _, _, _ in table(text)] == ["40", "300"]


def test_a_number_alone_on_a_line_under_its_label_is_still_a_figure() -> None:
    assert table("Deaths\n\n40\n") == [("40", "killed", None, None)]


def test_of_them_with_a_group_after_it_is_a_part() -> None:
    rows = table("The governor said the number of dead had risen to 50, five of them children.")
    assert rows == [("50", "killed", None, None), ("five", "killed", "children", "50")]


def test_of_whom_after_a_count_of_graves_breaks_down_the_remains() -> None:
    rows = table("The remains of at least 164 individuals were exhumed from two mass graves, of whom 151 had died of "
                 "gunshot wounds and 9 of blast injuries.")
    assert rows[2:] == [("151", "killed", "gunshot wounds", "at least 164"),
                        ("9", "killed", "blast injuries", "at least 164")]


def test_patients_received_are_injured_and_those_who_died_are_killed() -> None:
    rows = table("The clinic said its wards had received about 900 patients with burns, of whom 40 died.")
    assert rows == [("about 900", "injured", None, None), ("40", "killed", None, None)]


def test_a_vague_low_and_a_hedged_high_make_one_range() -> None:
    [claim] = figures("Several hundred to about 1,000 soldiers were killed.")
    assert (claim.text, claim.qualifier, claim.low, claim.high) == (
        "Several hundred to about 1,000", "range", 200, 1000)
    [claim] = figures("Estimates run from 200 to as many as 300 dead.")
    assert (claim.qualifier, claim.low, claim.high) == ("range", 200, 300)


def test_and_possibly_is_not_a_range_without_between() -> None:
    rows = figures("Observers estimated that at least 50,000 and possibly 100,000 people were killed.")
    assert [(c.text, c.qualifier) for c in rows] == [("at least 50,000", "at_least"), ("possibly 100,000", "approx")]


def test_the_dead_include_a_list_of_groups_that_break_down_the_last_total() -> None:
    rows = table("The toll from the raid on Vesk has risen to 35, the ministry said. The dead include 19 police "
                 "officers, four soldiers and 12 civilians.")
    assert rows[1:] == [("19", "killed", "police officers", "35"), ("four", "killed", "soldiers", "35"),
                        ("12", "killed", "civilians", "35")]


def test_cut_down_as_they_fled_is_killed() -> None:
    assert table("Officials say as many as 900 villagers were cut down as they fled the town.")[0][1] == "killed"


def test_a_label_right_before_the_next_figure_is_not_this_ones() -> None:
    rows = table("The infobox currently reads Deaths 71 Injured 130+ (no source), but the body says 72 dead.")
    assert [(text, measure) for text, measure, _, _ in rows] == [("71", "killed"), ("130+", "injured"),
                                                                 ("72", "killed")]

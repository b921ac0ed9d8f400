"""Figure rules added in the fourth session, each from a construction a held-out set showed."""
from __future__ import annotations

from figure_helpers import figures, table


def test_a_count_of_people_after_a_subset_starts_a_count_of_its_own() -> None:
    rows = table("The mission has verified 41 deaths, 23 of them children, and 112 people injured.")
    assert rows == [("41", "killed", None, None), ("23", "killed", "children", "41"), ("112", "injured", None, None)]


def test_people_with_an_age_bracket_still_continue_the_list() -> None:
    rows = table("At least 60 civilians were executed. Among the dead were several women and at least six people "
                 "over 70.")
    assert ("at least six", "killed", "over 70", "At least 60") in rows


def test_comments_and_likes_are_no_harm() -> None:
    text = "At least 138 people were killed in the town.\n\n— 14 comments —\n\nAnna T. · 20 June\nReply · 30 likes\n"
    rows = table(text)
    assert ("14", "other", None, None) in rows and ("30", "other", None, None) in rows


REGISTER = (
    "Memorial Register of Orlov Dol\nShowing records 1–10 of 118\n\n"
    "Summary: The register holds 118 names of people killed on 17 October 1943.\n\n"
    "ID      Surname, first name     Born    Age     House no.   Fate\n"
    "0007    Antal, Maria            1901    42      17          shot in the churchyard\n"
    "0021    Berin, Jovan            1888    55      3           shot at the mill\n"
)


def test_the_cells_of_a_register_under_id_born_age_and_house_are_no_figures() -> None:
    assert [text for text, *_ in table(REGISTER)] == ["118"]


def test_a_table_of_counts_keeps_its_figures() -> None:
    text = ("Village     Killed    Wounded\n"
            "Orlov Dol   42        17\n"
            "Mesna       12        3\n")
    assert [text for text, *_ in table(text)] == ["42", "17", "12", "3"]


def test_two_dozen_is_twenty_four() -> None:
    [claim] = figures("There were no more than two dozen dead.")
    assert (claim.text, claim.high, claim.qualifier) == ("no more than two dozen", 24.0, "at_most")
    [claim] = figures("Three dozen houses burned.")
    assert (claim.text, claim.value) == ("Three dozen", 36.0)


def test_percentages_break_a_total_down_by_the_groups_after_their_sign() -> None:
    rows = table("Of these, 712 are marked as dead, of whom 58% were men, 24% women and 18% children.")
    assert rows[1:] == [("58", "killed", "men", "712"), ("24", "killed", "women", "712"),
                        ("18", "killed", "children", "712")]


def test_a_colon_after_a_total_opens_its_breakdown() -> None:
    rows = table("Officials put the dead at 139: 35 officers, 12 civilians and 92 attackers.")
    assert rows == [("139", "killed", None, None), ("35", "killed", "officers", "139"),
                    ("12", "killed", "civilians", "139"), ("92", "killed", "attackers", "139")]


def test_hearings_complaints_and_organisations_are_no_harm() -> None:
    assert table("The court held 46 hearings.")[0][1] == "other"
    assert table("The group collected some 300 complaints of beatings.")[0][1] == "other"


def test_a_list_of_bare_groups_goes_on_breaking_the_total_down() -> None:
    rows = table("The final count is 42 dead, of whom 24 were patients, 14 staff and 4 caretakers.")
    assert rows[1:] == [("24", "killed", "patients", "42"), ("14", "killed", "staff", "42"),
                        ("4", "killed", "caretakers", "42")]


def test_causes_of_death_after_the_first_leave_the_verb_out() -> None:
    rows = table("Cause of death was established in 196 cases: 160 died of gunshot wounds, 19 of shrapnel injuries "
                 "and 17 of burns.")
    assert [(t, measure) for t, measure, *_ in rows[1:]] == [("160", "killed"), ("19", "killed"), ("17", "killed")]


def test_housed_counts_a_population() -> None:
    assert table("The camp had housed 20,000 to 30,000 people before the siege.")[0][1] == "population"


CHRONOLOGY = (
    "Date | Place | Killed | Injured | Source\n"
    "12 Jan | Veldt crossing | 14 | 30+ | Provincial police\n"
    "22 Aug | Road 14, near Sava | 2 | 0 | Field team\n"
)


def test_a_pipe_tables_column_header_names_the_measure() -> None:
    assert table(CHRONOLOGY) == [("14", "killed", None, None), ("30+", "injured", None, None),
                                 ("2", "killed", None, None), ("0", "injured", None, None)]


def test_subtitle_cue_numbers_are_no_figures() -> None:
    text = ("1\n00:00:01,000 --> 00:00:05,200\nSome 40 people died.\n\n"
            "2\n00:00:05,400 --> 00:00:10,900\nAnother 12 were wounded.\n")
    assert [t for t, *_ in table(text)] == ["Some 40", "12"]


def test_a_citation_closing_a_sentence_names_who_gives_its_figures() -> None:
    from figure_helpers import figures
    text = ("For the whole rising, the estimates most commonly cited are of 150,000 civilian dead "
            "(Halder 1998, p. 203). Alevi groups have called it genocide (Aydemir 2006: 44).")
    found = [(c.text, c.attributed_to) for c in figures(text)]
    assert found == [("150,000", "Halder")]  # the page numbers are no figures


def test_a_figure_said_to_be_someones_is_theirs() -> None:
    from figure_helpers import figures
    found = figures("The Vesk army counts 29 dead. The figure of 29 is the army's. Doctors said 52 bodies came in.")
    assert [(c.text, c.attributed_to, c.attribution_text) for c in found][1] == ("29", "Vesk army", "the army")


def test_a_box_row_breaking_down_a_sourced_total_keeps_its_source() -> None:
    text = ("Victims\nOfficial: 340 (Velm Memorial)[1]\nMen: 192 · Women: 60 · Children: 88\n"
            "Survivors\t143 women\n")
    found = {c.text: c for c in figures(text)}
    assert found["192"].attributed_to == found["340"].attributed_to == "Velm Memorial"
    assert found["88"].attributed_to == "Velm Memorial"

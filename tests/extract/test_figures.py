"""The figure grammar on sentences written for these tests, in the styles of the genre: 1992 wire reports,
encyclopedia infobox rows, NGO reports, ministry statements. Places and people are invented unless a real
source's published figure is paraphrased."""
from __future__ import annotations

from figure_helpers import figures

from claimledger.model import Claim


def one(text: str, number: str) -> Claim:
    found = [c for c in figures(text) if number in c.text]
    assert len(found) == 1, [c.text for c in figures(text)]
    return found[0]


def summary(c: Claim) -> tuple[str | None, float | None, float | None, str | None]:
    return c.measure, c.low, c.high, c.qualifier


# --- qualifiers and bounds -------------------------------------------------------------------------------

def test_at_least_and_more_than_bound_below_only() -> None:
    c = one("At least 161 civilians were killed in Dornitsa, the governor said.", "161")
    assert (c.text, summary(c)) == ("At least 161", ("killed", 161, None, "at_least"))
    c = one("More than 3,410 houses were destroyed.", "3,410")
    assert summary(c) == ("destroyed", 3410, None, "more_than")


def test_up_to_and_as_many_as_bound_above_only() -> None:
    c = one("Officials said up to 1,000 people may have died when the town fell.", "1,000")
    assert (c.text, summary(c)) == ("up to 1,000", ("killed", None, 1000, "at_most"))
    c = one("As many as 300 villagers were detained overnight.", "300")
    assert summary(c) == ("detained", None, 300, "at_most")


def test_approximate_and_trailing_plus() -> None:
    assert summary(one("Nearly 4,000 people are still missing.", "4,000")) == ("missing", 4000, 4000, "approx")
    c = one("Since March 9,100+ people have fled to the lowlands.", "9,100")
    assert (c.text, summary(c)) == ("9,100+", ("displaced", 9100, None, "at_least"))


def test_ranges_keep_both_bounds() -> None:
    c = one("Between 200 and 300 people fled the village.", "200")
    assert (c.text, summary(c)) == ("Between 200 and 300", ("displaced", 200, 300, "range"))
    c = one("Casualties 161–613 civilians killed", "161")
    assert summary(c) == ("killed", 161, 613, "range")


def test_vague_amounts_are_approx_with_no_value() -> None:
    c = one("Scores of civilians were killed in the shelling.", "Scores")
    assert (c.value, c.low, c.qualifier, c.measure) == (None, 40, "approx", "killed")
    c = one("Hundreds more were injured, the hospital said.", "Hundreds")
    assert (c.value, c.measure) == (None, "injured")


# --- measures --------------------------------------------------------------------------------------------

def test_each_figure_takes_the_predicate_of_its_own_clause() -> None:
    text = ("As a result, 5379 inhabitants were expelled, 613 people were killed, 8 families were completely "
            "destroyed, 487 were injured and 1275 were captured and taken hostage.")
    got = {c.text: c.measure for c in figures(text)}
    assert got == {"5379": "expelled", "613": "killed", "8": "destroyed", "487": "injured", "1275": "hostage"}


def test_verb_before_the_figure() -> None:
    got = {c.text: c.measure for c in figures("The raid killed 12 people and wounded 30 others.")}
    assert got == {"12": "killed", "30": "injured"}
    assert one("The agency put the death toll at no fewer than 40.", "40").measure == "killed"
    assert one("The toll given by the governor is 57.", "57").measure == "killed"


def test_infobox_rows() -> None:
    got = [(c.text, c.measure) for c in figures("Deaths: 40+ (UN), 57 (governor)\nInjured 487\n")]
    assert got == [("40+", "killed"), ("57", "killed"), ("487", "injured")]
    rows = "Deaths\t161 (Human Rights Watch)[3] 485–613 (Azerbaijani sources)[4]\n"
    assert [c.measure for c in figures(rows)] == ["killed", "killed"]


def test_label_on_the_line_above() -> None:
    got = [(c.text, c.measure) for c in figures("Casualties\n\n600 (official)\n1,200 (local estimate)\n")]
    assert got == [("600", "killed"), ("1,200", "killed")]


def test_bodies_found_are_deaths_but_bodies_identified_are_not() -> None:
    assert summary(one("A cameraman counted 31 bodies on the hillside.", "31"))[0] == "killed"
    assert one("Autopsies were performed on 31 bodies.", "31").measure == "killed"
    assert one("Of the bodies, 47 were identified by relatives.", "47").measure == "other"
    assert one("The remains of more than 500 people lay in the pit.", "500").measure == "killed"


def test_killed_and_wounded_together_count_as_other() -> None:
    assert one("The shelling killed or wounded 75 people.", "75").measure == "other"
    assert one("Thousands were massacred and expelled over the years.", "Thousands").measure == "other"


def test_families_orphans_and_recognitions() -> None:
    assert one("Eleven families were wiped out entirely.", "Eleven").measure == "destroyed"
    text = "In all, 130 children lost one parent and 25 children lost both parents."
    assert [c.measure for c in figures(text)] == ["orphaned", "orphaned"]
    c = one("The parliaments of 17 countries have condemned the massacre.", "17")
    assert (c.measure, c.unit) == ("recognitions", "country")
    c = one("Peru became the 21st state to recognise the killings as genocide.", "21st")
    assert (c.measure, c.value) == ("recognitions", 21)


def test_counts_that_are_not_harm_are_other() -> None:
    text = "Investigators carried out around 7,500 investigative actions and questioned 1,800 witnesses."
    assert [c.measure for c in figures(text)] == ["other", "other"]
    assert one("The town was defended by some 160 volunteers.", "160").measure == "other"


def test_money_and_percentages() -> None:
    c = one("Damage exceeding 170 million USD was inflicted on the town.", "170")
    assert (c.text, c.unit, summary(c)) == ("exceeding 170 million", "usd", ("damage", 170e6, None, "more_than"))
    c = one("About 77 percent of the dead were civilians.", "77")
    assert (c.unit, c.measure, c.value) == ("percent", "killed", 77)
    c = one("Fewer than half of the hostages were ever released.", "half")
    assert (c.unit, c.measure, c.high) == ("percent", "released", 50)


def test_an_estimate_beside_a_count_takes_its_measure() -> None:
    text = "Officials put the number of dead at 4,250[12] while unofficial estimates reach 8,000."
    assert [(c.text, c.measure) for c in figures(text)] == [("4,250", "killed"), ("8,000", "killed")]


# --- breakdowns ------------------------------------------------------------------------------------------

def test_including_list_breaks_down_the_total() -> None:
    text = "613 people, including 63 children, 106 women and 70 elderly, were brutally murdered."
    got = figures(text)
    total = got[0]
    assert [(c.text, c.subgroup, c.parent_claim is total, c.measure) for c in got[1:]] == [
        ("63", "children", True, "killed"), ("106", "women", True, "killed"), ("70", "elderly", True, "killed")]


def test_a_breakdown_with_its_own_predicate_is_a_figure_of_its_own() -> None:
    text = ("1275 were taken hostage (the fate of 150 of them, including 68 women and 26 children, remains "
            "unknown).")
    got = {c.text: c for c in figures(text)}
    assert (got["150"].measure, got["150"].parent_claim) == ("missing", None)
    assert got["68"].parent_claim is got["150"] and got["68"].measure == "missing"


def test_cause_of_death_is_the_subgroup() -> None:
    text = "A doctor said 90 bodies had been brought in, and that of those he examined, 40 died of gunshot wounds."
    c = one(text, "40")
    assert (c.subgroup, c.measure, c.parent_claim.text if c.parent_claim else None) == (
        "gunshot wounds", "killed", "90")


def test_of_whom_were_lists_and_the_next_sentence() -> None:
    text = ("Soldiers killed 214 civilians, of whom 61 were women and 38 were children. Of these, 12 were "
            "under five. Among the dead were 4 citizens of neighbouring Aurelia.")
    got = {c.text: c for c in figures(text)}
    assert got["61"].subgroup == "women" and got["38"].subgroup == "children"
    assert got["4"].parent_claim is got["214"] and got["4"].subgroup == "citizens"


def test_parenthesised_breakdown_and_parts_without_a_total() -> None:
    got = figures("Some 40 civilians (12 children, 9 women) died in the fire.")
    assert [(c.text, c.subgroup) for c in got] == [("Some 40", None), ("12", "children"), ("9", "women")]
    got = figures("The militia lost 30 officers and 12 police in the fighting.")
    assert [(c.measure, c.subgroup, c.parent_claim) for c in got] == [("killed", None, None)] * 2


# --- noise ---------------------------------------------------------------------------------------------------

def test_dates_years_ages_and_identifiers_are_skipped_in_a_wire_report() -> None:
    text = ("AGDAM, Azerbaijan, March 3 (Reuters) - Gulnara Safarli, 34, said on Tuesday that 1992 had "
            "been the worst year. The regiment No. 366 left on 2 March; Resolution 822 followed in 1993. "
            "Reporters counted 31 bodies 12 km from the town.")
    assert [c.text for c in figures(text)] == ["31"]


def test_a_subset_keeps_what_is_said_of_it() -> None:
    text = "The exhumation recovered the remains of more than 4,000 men, of whom some 2,800 were identified by name."
    got = {c.text: c for c in figures(text)}
    assert got["more than 4,000"].measure == "killed"
    assert got["some 2,800"].measure == "other" and got["some 2,800"].parent_claim is None
    got = {c.text: c for c in figures("Sixty-two people, among them 20 women, were taken hostage.")}
    assert (got["Sixty-two"].measure, got["20"].measure, got["20"].subgroup) == ("hostage", "hostage", "women")


def test_another_group_in_the_next_sentence_breaks_down_the_same_total() -> None:
    text = "In total 447 bodies were recovered. Of these, 425 were civilians. Another 22 were servicemen of the army."
    got = {c.text: c for c in figures(text)}
    assert got["425"].parent_claim is got["447"] and got["425"].subgroup == "civilians"
    assert got["22"].parent_claim is got["447"] and got["22"].subgroup == "servicemen"


def test_rows_of_a_table_by_cause_take_the_caption_measure_and_the_row_label() -> None:
    text = ("Table 2. Deaths documented, by cause\nCause of death    Number\nGunshot wounds    61\n"
            "Shelling    24\nTotal    85\n")
    got = [(c.text, c.measure, c.subgroup) for c in figures(text)]
    assert got == [("61", "killed", "Gunshot wounds"), ("24", "killed", "Shelling"), ("85", "killed", None)]


def test_fractions_ranges_and_typos_of_reprints() -> None:
    c = one("Historians say the region lost between a quarter and a third of its population.", "quarter")
    assert (c.unit, c.low, round(c.high or 0, 3), c.measure) == ("percent", 25, 33.333, "killed")
    c = one("The authorities say fewer then 100 people were kiled in the town.", "100")
    assert (c.text, summary(c)) == ("fewer then 100", ("killed", None, 100, "fewer_than"))
    c = one("About one-fifth of the territory was occupied.", "one-fifth")
    assert (c.unit, c.measure) == ("percent", "other")


def test_a_list_of_causes_after_a_total() -> None:
    text = ("Of the 180 dead, no fewer than 120 died of gunshot wounds and 23 froze to death in the mountains; "
            "151 of the dead had been killed by gunfire, 20 by shrapnel and 10 by blows from blunt objects.")
    got = {c.text: c for c in figures(text)}
    assert got["no fewer than 120"].subgroup == "gunshot wounds"
    assert got["23"].subgroup == "froze to death in the mountains" and got["23"].measure == "killed"
    assert (got["20"].subgroup, got["10"].measure) == ("shrapnel", "killed")  # the cause, as FORMAT.md names it

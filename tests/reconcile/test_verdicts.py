"""Statuses and low/best/high over claim rows written for each case."""
from __future__ import annotations

import pytest

from claimledger.reconcile import compare
from claimledger.reconcile.events import NO_EVENT


def only(verdicts, measure="killed", subgroup=None):
    found = [v for v in verdicts if v.question.measure == measure and v.question.subgroup == subgroup]
    assert len(found) == 1, [v.question.label for v in verdicts]
    return found[0]


def test_agree_one_figure_from_two_independent_sources(row) -> None:
    verdict = only(compare([row("a", 120, publisher="Lakeside Herald"), row("b", 120, publisher="Northern Courier")]))
    assert verdict.status == "agree"
    assert len(verdict.origins) == 2
    assert (verdict.summary.low, verdict.summary.best, verdict.summary.high) == (120, 120, 120)


def test_conflict_between_independent_origins(row) -> None:
    rows = [row("a", 487, measure="injured", publisher="Ministry of Health of Iceland"),
            row("b", 1000, measure="injured", publisher="Vellmar Relief Network")]
    verdict = only(compare(rows), "injured")
    assert verdict.status == "conflict"
    assert [f.label for f in verdict.figures] == ["487", "1000"]
    assert (verdict.summary.low, verdict.summary.high) == (487, 1000)


def test_one_origin_with_two_undated_figures_contradicts_itself(row) -> None:
    rows = [row("a", 487, measure="injured", publisher="Icelandic Foreign Ministry"),
            row("b", 1000, measure="injured", publisher="Embassy of Iceland")]
    verdict = only(compare(rows), "injured")
    assert len(verdict.origins) == 1
    assert verdict.status == "conflict"
    assert "in no order" in verdict.notes[0]


def test_updated_when_a_later_statement_of_the_same_origin_replaces_an_earlier_one(row) -> None:
    rows = [row("a", 300, publisher="Vellmar Relief Network", published="2019-05-01"),
            row("b", 340, publisher="Vellmar Relief Network", published="2021-05-01")]
    verdict = only(compare(rows))
    assert verdict.status == "updated"
    assert [(f.label, f.current) for f in verdict.figures] == [("300", False), ("340", True)]
    assert verdict.summary.low == verdict.summary.high == 340  # the replaced figure is shown, not summarised


def test_an_origin_that_returns_to_an_earlier_figure_is_a_conflict(row) -> None:
    rows = [row(d, v, publisher="Vellmar Relief Network", published=p)
            for d, v, p in [("a", 300, "2019"), ("b", 340, "2020"), ("c", 300, "2021")]]
    assert only(compare(rows)).status == "conflict"


def test_undated_recognition_counts_are_ordered_by_size_as_they_only_grow(row) -> None:
    rows = [row("a", 16, measure="recognitions", unit="country", publisher="Icelandic Foreign Ministry",
                published="2020-02-26"),
            row("b", 17, measure="recognitions", unit="country", speaker="the ombudsman of Iceland")]
    verdict = only(compare(rows), "recognitions")
    assert verdict.status == "updated"
    assert verdict.summary.best == 17


def test_range_when_figures_differ_but_can_all_be_true(row) -> None:
    rows = [row("a", 161, qualifier="at_least", publisher="Vellmar Relief Network"),
            row("b", 613, publisher="Ministry of Health of Iceland"),
            row("c", None, low=200, qualifier="approx", text="hundreds", publisher="Northern Courier")]
    verdict = only(compare(rows))
    assert verdict.status == "range"
    assert verdict.summary.low == 161 and verdict.summary.high == 613
    assert verdict.summary.low_from == ["Vellmar Relief Network"]
    assert verdict.summary.high_from == ["Ministry of Health of Iceland"]


def test_approx_figures_within_tolerance_are_compatible(row) -> None:
    rows = [row("a", 600, qualifier="approx", publisher="Northern Courier"), row("b", 613, publisher="Lakeside Herald")]
    assert only(compare(rows)).status == "range"


def test_breakdown_mismatch_when_parts_exceed_the_total(row) -> None:
    rows = [row("a", 40, claim_id=1, publisher="Lakeside Herald"),
            row("a", 30, claim_id=2, subgroup="officers", parent_id=1, publisher="Lakeside Herald"),
            row("a", 12, claim_id=3, subgroup="police", parent_id=1, publisher="Lakeside Herald")]
    verdict = only(compare(rows))
    assert verdict.status == "breakdown-mismatch"
    assert "30 + 12 = 42" in verdict.notes[0]
    fits = [row("b", 613, claim_id=4, publisher="Lakeside Herald"),
            row("b", 63, claim_id=5, subgroup="children", parent_id=4, publisher="Lakeside Herald"),
            row("b", 106, claim_id=6, subgroup="women", parent_id=4, publisher="Lakeside Herald")]
    assert only(compare(fits)).status == "agree"


def test_a_smaller_figure_of_the_same_source_in_the_same_document_is_set_aside_as_a_part(row) -> None:
    rows = [row("a", 613, publisher="Lakeside Herald"), row("a", 56, publisher="Lakeside Herald")]
    verdict = only(compare(rows))
    assert verdict.status == "agree"
    assert [s.value for s in verdict.set_aside] == [56]


@pytest.mark.parametrize(("rule", "best"), [("most-origins", 613), ("most-recent", 485), ("conservative", 161)])
def test_each_best_rule(row, rule: str, best: float) -> None:
    rows = [row("a", 613, publisher="Icelandic Foreign Ministry", published="2020-02-26"),
            row("b", 613, publisher="Lakeside Herald", published="2012-02-26"),
            row("c", 161, qualifier="at_least", publisher="Vellmar Relief Network", published="1992-06-01"),
            row("d", 485, publisher="Northern Courier", published="2021-03-01"),
            row("e", None, low=24, qualifier="approx", text="dozens", publisher="Southern Ledger")]
    verdict = only(compare(rows, rule=rule))
    assert verdict.summary.best == best
    assert verdict.summary.rule == rule and verdict.summary.rule_description
    assert len(verdict.summary.inputs) == 4  # every figure behind the summary is listed
    assert verdict.summary.low == 24 and verdict.summary.high == 613


def test_conservative_counts_vague_amounts_only_when_nothing_else_is_stated(row) -> None:
    rows = [row("a", None, low=24, qualifier="approx", text="dozens", publisher="Southern Ledger"),
            row("b", None, low=200, qualifier="approx", text="hundreds", publisher="Northern Courier")]
    assert only(compare(rows, rule="conservative")).summary.best == 24


def test_unknown_rule_is_refused(row) -> None:
    with pytest.raises(ValueError, match="unknown rule"):
        compare([row("a", 1)], rule="loudest")


def test_questions_keep_events_measures_subgroups_and_units_apart(row) -> None:
    rows = [row("a", 613), row("a", 63, subgroup="children"), row("b", 63, subgroup="child"),
            row("a", 487, measure="injured"), row("a", 100, unit="corpse"),
            row("a", 94, event="2020 Karabakh war"), row("c", 5, event=None)]
    labels = sorted(v.question.label for v in compare(rows))
    assert labels == sorted(["Khojaly: killed [person]", "Khojaly: killed (children) [person]",
                             "Khojaly: injured [person]", "Khojaly: killed [body]",
                             "2020 Karabakh war: killed [person]", f"{NO_EVENT}: killed [person]"])


def test_an_undated_statement_of_the_earlier_figure_keeps_it_a_conflict(row) -> None:
    rows = [row("a", 487, measure="injured", publisher="Icelandic Foreign Ministry", published="2020-02-26"),
            row("b", 1000, measure="injured", publisher="Embassy of Iceland", published="2021-02-24"),
            row("c", 487, measure="injured", speaker="the Icelandic Foreign Ministry", publisher="Harbour Post")]
    assert only(compare(rows), "injured").status == "conflict"
    assert only(compare(rows[:2]), "injured").status == "updated"


def test_recognition_counts_in_one_document_are_an_update_not_parts(row) -> None:
    rows = [row("a", 22, measure="recognitions", unit="state", publisher="Embassy of Iceland",
                sentence="as of 2021, 22 US states had adopted resolutions"),
            row("a", 24, measure="recognitions", unit="state", publisher="Embassy of Iceland",
                sentence="by 2022, 17 countries and 24 US states had done so")]
    verdict = only(compare(rows), "recognitions")
    assert verdict.question.unit == "subnational:US"
    assert verdict.status == "updated" and not verdict.set_aside
    assert verdict.summary.best == 24


def test_a_vague_recognition_count_is_never_the_latest(row) -> None:
    rows = [row("a", None, low=3, qualifier="approx", text="several", measure="recognitions", unit="country",
                publisher="Embassy of Iceland", published="2022"),
            row("b", 16, measure="recognitions", unit="country", publisher="Icelandic Foreign Ministry",
                published="2020")]
    verdict = only(compare(rows), "recognitions")
    assert [(f.label, f.current) for f in verdict.figures] == [("16", True), ("several", False)]


def test_two_figures_of_one_origin_on_the_same_day_are_not_an_update(row) -> None:
    rows = [row("a", 300, publisher="Vellmar Relief Network", published="2019-05-01"),
            row("b", 340, publisher="Vellmar Relief Network", published="2019-05-01")]
    assert only(compare(rows)).status == "conflict"

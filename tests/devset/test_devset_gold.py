"""The development set's gold files stay loadable and consistent with their texts."""
from __future__ import annotations

from check_gold import bounds_problems, check, figure_problems, kind_problems


def test_every_gold_file_matches_its_text() -> None:
    assert check() == []


def test_checker_flags_an_occurrence_the_text_does_not_have() -> None:
    text = "Officials said 613 died, 63 of them children."
    claim = {"measure": "killed", "value": 63, "low": 63, "high": 63, "qualifier": "exact", "subgroup": "children",
             "attributed_to": "Officials", "number_text": "63", "occurrence": 3,
             "parent_number_text": "613", "parent_occurrence": 1}
    problems = figure_problems({"claims": [claim]}, text)
    assert any("not found that many times" in p for p in problems)
    assert any("parent" in p for p in problems)  # 613 is not annotated


def test_checker_flags_bounds_against_the_wording() -> None:
    assert bounds_problems({"qualifier": "at_least", "value": 161, "low": 161, "high": 161})
    assert bounds_problems({"qualifier": "range", "value": None, "low": 1000, "high": 500})
    assert not bounds_problems({"qualifier": "approx", "value": None, "low": 24, "high": None})


def test_checker_flags_an_unknown_modality() -> None:
    claim = {"kind": "characterization", "label": "genocide", "applied_to": "x", "modality": "claims",
             "anchor": "genocide", "occurrence": 1}
    assert kind_problems({"claims": [claim]}, "They called it genocide.")

"""Expected outcomes over the five seeds (read from ../shared at run time; skipped without it).

`test_*_from_gold` feeds the seeds' gold figures and real texts through reconciliation, so it checks this stage
alone; `test_extracted_*` runs the real pipeline (read, extract, store, compare) end to end.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from claimledger.reconcile import Verdict, compare, documents_from_rows

from .seedrows import seed_rows

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture
def seed_verdicts(seeds_dir: Path) -> list[Verdict]:
    rows, documents = seed_rows(seeds_dir.parent)
    return compare(rows, documents)


def pick(verdicts: list[Verdict], measure: str, unit: str = "person", event: str = "Khojaly") -> Verdict:
    [verdict] = [v for v in verdicts if (v.question.event, v.question.measure, v.question.subgroup, v.question.unit)
                 == (event, measure, None, unit)]
    return verdict


def test_recognitions_are_updates_of_one_origin_and_us_states_stay_apart_from_gold(seed_verdicts) -> None:
    countries = pick(seed_verdicts, "recognitions", "country")
    us_states = pick(seed_verdicts, "recognitions", "subnational:US")
    assert countries.status == us_states.status == "updated"
    assert len(countries.origins) == len(us_states.origins) == 1
    assert [(f.point, f.current) for f in countries.figures] == [(16, False), (17, True)]
    assert [(f.point, f.current) for f in us_states.figures] == [(22, False), (24, True)]


def test_injured_and_wounded_are_one_question_in_conflict_from_gold(seed_verdicts) -> None:
    injured = pick(seed_verdicts, "injured")
    assert sorted(f.point for f in injured.figures) == [487, 1000]
    assert injured.status == "conflict"


def test_613_is_agreed_by_every_seed_but_is_one_origin_from_gold(seed_verdicts) -> None:
    killed = pick(seed_verdicts, "killed")
    assert killed.status == "agree"
    assert [f.point for f in killed.figures] == [613]
    assert len(killed.figures[0].documents) == 5
    assert len(killed.origins) == 1


def test_death_toll_range_runs_from_hrw_to_the_government_from_gold(seeds_dir: Path, row) -> None:
    rows, documents = seed_rows(seeds_dir.parent)
    hrw = row("hrw-digest", 161, qualifier="at_least", event="Khojaly massacre", unit="civilian",
              publisher="Human Rights Watch", published="1993", claim_id=10_000)
    verdict = pick(compare([*rows, hrw], [*documents, *documents_from_rows([hrw])]), "killed")
    assert verdict.status == "range"
    assert (verdict.summary.low, verdict.summary.high) == (161, 613)
    assert verdict.summary.low_from == ["Human Rights Watch"]
    assert any("Azerbaijan" in who for who in verdict.summary.high_from)
    assert len(verdict.origins) == 2


def test_extracted_seeds_give_the_expected_outcomes(seeds_dir: Path, tmp_path: Path) -> None:
    from claimledger.reconcile.ledger_io import load
    from claimledger.store import Ledger
    from claimledger.store.ingest import ingest

    with Ledger(str(tmp_path / "seeds.db")) as ledger:
        ingest(ledger, [str(p) for p in sorted(seeds_dir.glob("*.txt"))])
        rows, documents = load(ledger)
    figures = [r for r in rows if r["kind"] == "figure" and r.get("measure") in ("killed", "recognitions")]
    if len(figures) < 10:
        pytest.xfail(f"the extractor finds {len(figures)} killed/recognition figures in the seeds so far; "
                     "this end-to-end check waits for figure extraction")
    verdicts = compare(rows, documents)
    killed = pick(verdicts, "killed")
    assert 613 in [f.point for f in killed.figures]
    assert len(next(f for f in killed.figures if f.point == 613).origins) == 1
    assert pick(verdicts, "recognitions", "country").status == "updated"
    assert pick(verdicts, "injured").status == "conflict"


def test_extracted_examples_give_the_expected_outcomes(tmp_path: Path) -> None:
    """The bundled examples end to end: updates of recognitions kept apart by level, injured vs wounded in
    conflict, and the death toll running from Human Rights Watch's figure to the Azerbaijani government's."""
    from claimledger.reconcile.ledger_io import load
    from claimledger.store import Ledger
    from claimledger.store.ingest import ingest

    paths = sorted(str(p) for p in EXAMPLES.glob("[0-9]*.*") if p.suffix in {".txt", ".html", ".pdf"})
    if not paths:
        pytest.skip("examples/ is absent")
    with Ledger(str(tmp_path / "examples.db")) as ledger:
        ingest(ledger, paths)
        rows, documents = load(ledger)
    verdicts = compare(rows, documents)
    try:
        killed, injured = pick(verdicts, "killed"), pick(verdicts, "injured")
        countries, us_states = pick(verdicts, "recognitions", "country"), pick(verdicts, "recognitions",
                                                                              "subnational:US")
    except ValueError:
        pytest.xfail("the extractor does not yet give the examples' Khojaly killed/injured/recognition figures")
    assert {16, 17} <= {f.point for f in countries.figures} and countries.status == "updated"
    assert {22, 24} <= {f.point for f in us_states.figures} and us_states.status == "updated"
    assert {487, 1000} <= {f.point for f in injured.figures} and injured.status == "conflict"
    hrw = [f for f in killed.figures if f.point == 161 and any("Human Rights Watch" in s.speaker for s in f.statements)]
    official = [f for f in killed.figures if f.point == 613]
    assert hrw and official
    assert killed.summary.high is not None and killed.summary.high >= 613
    assert killed.status in ("conflict", "range")

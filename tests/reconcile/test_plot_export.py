"""The plot file and the UCDP-shaped export."""
from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from claimledger.reconcile import compare
from claimledger.reconcile.export import UCDP_COLUMNS, json_document, ucdp_rows
from claimledger.reconcile.plot import parse_date, plot


@pytest.fixture
def verdicts(row):
    rows = [row("a", 613, publisher="Icelandic Foreign Ministry", published="2020-02-26"),
            row("b", 161, qualifier="at_least", publisher="Vellmar Relief Network", published="1993-01"),
            row("c", None, low=500, high=1000, qualifier="range", text="500 to 1,000", publisher="Harbour Post"),
            row("d", 485, publisher="Northern Courier", published="1992")]
    return compare(rows)


def test_svg_has_one_point_per_source(verdicts, tmp_path: Path) -> None:
    target = tmp_path / "toll.svg"
    assert plot(verdicts, target) == 4
    root = ET.parse(target).getroot()
    assert root.tag.endswith("svg")
    points = [el for el in root.iter() if (el.get("id") or "").startswith("point-")]
    assert len(points) == 4


def test_png_is_a_valid_image(verdicts, tmp_path: Path) -> None:
    target = tmp_path / "toll.png"
    plot(verdicts, target)
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert target.stat().st_size > 5000


def test_plot_refuses_other_formats(verdicts, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="png or .svg"):
        plot(verdicts, tmp_path / "toll.pdf")


def test_partial_dates_are_placed_on_their_first_day() -> None:
    assert str(parse_date("1993-01")) == "1993-01-01"
    assert str(parse_date("1992")) == "1992-01-01"
    assert parse_date(None) is None and parse_date("unknown") is None


def test_ucdp_row_carries_the_range_and_who_states_it(verdicts) -> None:
    [out] = ucdp_rows(verdicts)
    assert set(out) == set(UCDP_COLUMNS)
    assert (out["low"], out["high"], out["number_of_sources"]) == (161, 1000, 4)
    assert out["low_source"] == "Vellmar Relief Network"
    assert "Harbour Post (undated)" in out["figures"]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(UCDP_COLUMNS))
    writer.writeheader()
    writer.writerow(out)
    assert next(csv.DictReader(io.StringIO(buffer.getvalue())))["best_rule"] == "most-origins"


def test_json_document_names_the_rule(verdicts) -> None:
    document = json_document(verdicts, "conservative")
    assert document["rule"] == "conservative"
    assert document["questions"][0]["summary"]["inputs"]


def test_names_with_dollar_signs_are_drawn_literally(row, tmp_path: Path) -> None:
    verdicts = compare([row("a", 5, publisher="The $5 $ Gazette", published="2020"),
                        row("b", 7, publisher="Fund $^{$ Watch")])  # bad mathtext, were it parsed
    assert plot(verdicts, tmp_path / "odd.svg") == 2

"""`compare`, `origins`, `plot` and `export` through the real CLI over a real (SQLite) ledger."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimledger.cli import app
from claimledger.model import Claim, Document
from claimledger.store import Ledger

runner = CliRunner()
WIDE = {"COLUMNS": "220"}
SHARED = ("Armed units entered the village of Tessin at dawn and set fire to the houses along the river road. "
          "Survivors who fled across the hills described columns of smoke rising over the valley for two days. ")


def document(path: str, text: str, **meta: str) -> Document:
    return Document(path=path, text=text, sha256=Document.hash_bytes(text.encode()), format="txt", **meta)


def figure(doc: Document, number: str, **fields: object) -> Claim:
    start = doc.text.index(number)
    s_start = doc.text.rfind(". ", 0, start)
    s_start = 0 if s_start < 0 else s_start + 2
    s_end = doc.text.find(".", start) + 1 or len(doc.text)
    values = {"measure": "killed", "qualifier": "exact", "unit": "person", "event": "Tessin massacre",
              "value": float(number.replace(",", "")), **fields}
    if values["qualifier"] == "exact":
        values.setdefault("low", values["value"])
        values.setdefault("high", values["value"])
    return Claim(doc=doc.path, kind="figure", text=number, start=start, end=start + len(number),
                 sentence_start=s_start, sentence_end=s_end, **values)  # type: ignore[arg-type]


@pytest.fixture
def db(tmp_path: Path) -> str:
    """Three fictional sources on one event: a council and an outlet reprinting it, and a relief group."""
    path = str(tmp_path / "reconcile.db")
    council = document("council.txt", SHARED + "The council counts 212 dead in Tessin.",
                       publisher="Marvale Council", published="2019-04-02")
    reprint = document("reprint.txt", "From our correspondent. " + SHARED + "Officials put the toll at 212.",
                       publisher="Orsk Herald", published="2019-04-05")
    relief = document("relief.txt", "The relief group says at least 150 were killed in the Tessin killings.",
                      publisher="Dunmore Relief")
    with Ledger(path) as ledger:
        ledger.add_document(council, [figure(council, "212")])
        ledger.add_document(reprint, [figure(reprint, "212")])
        ledger.add_document(relief, [figure(relief, "150", qualifier="at_least", low=150.0, high=None,
                                            event="Tessin killings")])
    return path


def test_compare_json(db: str) -> None:
    result = runner.invoke(app, ["compare", "--db", db, "--json", "--event", "Tessin", "--measure", "killed"])
    assert result.exit_code == 0, result.output
    [verdict] = [json.loads(line) for line in result.output.splitlines()]
    assert verdict["question"]["event"] == "Tessin"
    assert verdict["status"] == "range"
    assert verdict["independent_origins"] == 2  # the reprint is not a second origin
    assert (verdict["summary"]["low"], verdict["summary"]["best"], verdict["summary"]["high"]) == (150, 212, 212)


def test_compare_table_shows_who_and_the_rule(db: str) -> None:
    result = runner.invoke(app, ["compare", "--db", db, "--rule", "conservative"], env=WIDE)
    assert result.exit_code == 0, result.output
    assert "Dunmore Relief" in result.output and "conservative" in result.output
    assert "range" in result.output


def test_compare_rejects_an_unknown_rule(db: str) -> None:
    result = runner.invoke(app, ["compare", "--db", db, "--rule", "loudest"])
    assert result.exit_code == 1
    assert "unknown rule" in result.output


def test_origins_shows_the_shared_passage(db: str) -> None:
    result = runner.invoke(app, ["origins", "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    families = [json.loads(line) for line in result.output.splitlines()]
    linked = [f for f in families if f["links"]]
    assert len(linked) == 1 and len(linked[0]["documents"]) == 2
    assert "set fire to the houses" in linked[0]["links"][0]["text_a"]


def test_plot_writes_a_png(db: str, tmp_path: Path) -> None:
    target = tmp_path / "tessin.png"
    result = runner.invoke(app, ["plot", "--db", db, "--event", "Tessin", "--measure", "killed", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_bytes()[:4] == b"\x89PNG"
    assert "3 figures" in result.output


def test_plot_of_nothing_fails_with_one_line(db: str, tmp_path: Path) -> None:
    result = runner.invoke(app, ["plot", "--db", db, "--event", "Nowhere", "--measure", "killed",
                                 "-o", str(tmp_path / "x.svg")])
    assert result.exit_code == 1 and "no figures" in result.output


def test_export_ucdp_and_json(db: str, tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    assert runner.invoke(app, ["export", "--db", db, "--format", "ucdp", "-o", str(target)]).exit_code == 0
    [out] = list(csv.DictReader(target.open(encoding="utf-8")))
    assert (out["event"], out["low"], out["high"], out["number_of_sources"]) == ("Tessin", "150", "212", "3")
    target = tmp_path / "out.json"
    assert runner.invoke(app, ["export", "--db", db, "--format", "json", "-o", str(target)]).exit_code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["questions"][0]["status"] == "range"


def test_compare_merge_and_split_events(db: str) -> None:
    split = runner.invoke(app, ["compare", "--db", db, "--json", "--split", "Tessin killings"])
    assert sorted(json.loads(line)["question"]["event"] for line in split.output.splitlines()) == [
        "Tessin", "Tessin killings"]
    merged = runner.invoke(app, ["compare", "--db", db, "--json", "--merge", "Tessin=Marvale valley"])
    assert [json.loads(line)["question"]["event"] for line in merged.output.splitlines()] == ["Marvale valley"]
    bad = runner.invoke(app, ["compare", "--db", db, "--merge", "Tessin"])
    assert bad.exit_code == 1 and "NAME=EVENT" in bad.output


def test_compare_kind_groups_labels_with_their_speakers(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json as _json

    from typer.testing import CliRunner

    from claimledger.cli import app
    from claimledger.store import Ledger
    from claimledger.store.ingest import ingest

    doc = tmp_path / "statement.txt"
    doc.write_text("The Veldian foreign ministry said the killings in Dorvan were a genocide. The Kessarian "
                   "government rejected the genocide label.\n", encoding="utf-8")
    db = str(tmp_path / "l.db")
    with Ledger(db) as ledger:
        ingest(ledger, [doc])
    result = CliRunner().invoke(app, ["compare", "--kind", "characterization", "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    groups = [_json.loads(line)["group"] for line in result.output.splitlines()]
    assert {g["subject"] for g in groups} == {"genocide"}
    assert all(g["speakers"] for g in groups)
    bad = CliRunner().invoke(app, ["compare", "--kind", "quote", "--db", db])
    assert bad.exit_code != 0

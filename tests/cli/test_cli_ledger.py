"""The ledger commands through the real CLI: ingest, docs, figures, claims, demo."""
from __future__ import annotations

import csv
import functools
import io
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimledger.cli import app, ledger_cmds
from claimledger.model import Claim, Document
from claimledger.store import Ledger
from claimledger.store.ingest import ingest

runner = CliRunner()
WIDE = {"COLUMNS": "200"}  # tables wrap at the terminal width; a wide one keeps titles and cells whole
CONTRACT_FIELDS = tuple(Claim.FIELD_ORDER)


def figure(doc: Document, number: str, **fields: object) -> Claim:
    start = doc.text.index(number)
    s_start = doc.text.rfind(". ", 0, start)
    s_start = 0 if s_start < 0 else s_start + 2
    s_end = doc.text.find(".", start) + 1 or len(doc.text)
    values = {"measure": "killed", "qualifier": "exact", "value": float(number.replace(",", "")), **fields}
    return Claim(doc=doc.path, kind="figure", text=number, start=start, end=start + len(number),
                 sentence_start=s_start, sentence_end=s_end, **values)  # type: ignore[arg-type]


def document(path: str, text: str, **meta: str) -> Document:
    return Document(path=path, text=text, sha256=Document.hash_bytes(text.encode()), format="txt", **meta)  # type: ignore[arg-type]


@pytest.fixture
def filled(tmp_path: Path) -> str:
    """A ledger with figures from three fictional sources on two events, one of them in its own voice."""
    db = str(tmp_path / "filled.db")
    council = document("council.txt",
                       "The Marvale council said 212 people died in Tessin. Among them were 38 children.",
                       publisher="Marvale Council", published="2019-04-02", title="Council statement")
    paper = document("paper.txt", "In Tessin at least 180 people were killed, the Orsk Herald found.",
                     publisher="Orsk Herald", published="2018-01-10", title="Herald inquiry")
    other = document("dunmore.txt", "About 40 people were displaced from Dunmore.", publisher="Dunmore Watch")
    with Ledger(db) as ledger:
        ledger.add_document(council, [
            figure(council, "212", event="Tessin", attributed_to="Marvale council", attribution_text="said"),
            figure(council, "38", event="Tessin", subgroup="children", parent=0, attributed_to="Marvale council"),
        ])
        ledger.add_document(paper, [figure(paper, "180", event="Tessin", qualifier="at_least", low=180.0)])
        ledger.add_document(other, [figure(other, "40", event="Dunmore", measure="displaced", qualifier="approx")])
    return db


def jsonl(output: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_claims_json_lines_carry_the_contract(filled: str) -> None:
    result = runner.invoke(app, ["claims", "--db", filled, "--json"])
    assert result.exit_code == 0, result.output
    rows = jsonl(result.stdout)
    assert len(rows) == 4
    for row in rows:
        assert all(field in row for field in CONTRACT_FIELDS)
        assert {"id", "document_id", "parent_id", "sentence", "doc_title", "doc_publisher", "doc_sha256"} <= set(row)
    children = next(row for row in rows if row["subgroup"] == "children")
    assert children["parent"] == 0 and children["doc"] == "council.txt"


def test_claims_validate_against_the_shared_schema(filled: str) -> None:
    schema_path = Path(__file__).resolve().parents[3] / "shared" / "schema" / "claim.schema.json"
    if not schema_path.exists():
        pytest.skip("../shared is absent")
    import jsonschema

    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    for row in jsonl(runner.invoke(app, ["claims", "--db", filled, "--json"]).stdout):
        jsonschema.validate({key: row[key] for key in CONTRACT_FIELDS if key in schema["properties"]}, schema)


def test_claims_filters_and_rejects_unknown_kinds(filled: str) -> None:
    rows = jsonl(runner.invoke(app, ["claims", "--db", filled, "--json", "--event", "dunmore"]).stdout)
    assert [row["text"] for row in rows] == ["40"]
    result = runner.invoke(app, ["claims", "--db", filled, "--kind", "rumour"])
    assert result.exit_code == 2 and "rumour" in result.output


def test_figures_are_grouped_and_never_unattributed(filled: str) -> None:
    rows = jsonl(runner.invoke(app, ["figures", "--db", filled, "--json"]).stdout)
    # Dunmore before Tessin; within Tessin killed: totals before the breakdown, older document first
    assert [(row["event"], row["measure"], row["text"]) for row in rows] == [
        ("Dunmore", "displaced", "40"), ("Tessin", "killed", "180"), ("Tessin", "killed", "212"),
        ("Tessin", "killed", "38")]
    says = {row["text"]: (row["says"], row["own_voice"]) for row in rows}
    assert says["212"] == ("Marvale council", False)
    assert says["180"] == ("Orsk Herald (own voice)", True)
    assert says["40"] == ("Dunmore Watch (own voice)", True)


def test_figures_filters_table_and_csv(filled: str) -> None:
    result = runner.invoke(app, ["figures", "--db", filled, "--measure", "killed", "--event", "Tessin"], env=WIDE)
    assert result.exit_code == 0
    assert "Tessin · killed · 3 figures" in result.stdout and "Dunmore" not in result.stdout
    assert "(own voice)" in result.stdout
    table = list(csv.DictReader(io.StringIO(runner.invoke(app, ["figures", "--db", filled, "--csv"]).stdout)))
    assert [row["text"] for row in table] == ["40", "180", "212", "38"]
    assert table[1]["low"] == "180" and table[1]["qualifier"] == "at_least"
    both = runner.invoke(app, ["figures", "--db", filled, "--csv", "--json"])
    assert both.exit_code != 0


def test_docs_lists_documents_with_counts(filled: str) -> None:
    rows = jsonl(runner.invoke(app, ["docs", "--db", filled, "--json"]).stdout)
    by_path = {row["path"]: row for row in rows}
    assert set(by_path) == {"council.txt", "paper.txt", "dunmore.txt"}
    assert by_path["council.txt"]["claims_figure"] == 2 and by_path["council.txt"]["publisher"] == "Marvale Council"
    table = runner.invoke(app, ["docs", "--db", filled], env=WIDE).stdout
    assert "Council statement" in table


def test_listing_a_missing_ledger_fails_without_creating_it(tmp_path: Path) -> None:
    result = runner.invoke(app, ["docs", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "no ledger here yet" in result.stderr
    assert not (tmp_path / "none.db").exists()


def test_db_from_the_environment(filled: str) -> None:
    result = runner.invoke(app, ["docs", "--json"], env={"CLAIMLEDGER_DB": filled})
    assert result.exit_code == 0 and len(jsonl(result.stdout)) == 3


def write_texts(folder: Path, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"note-{i}.txt").write_text(f"Field note {chr(65 + i)}: the village of Pell lost {20 + i} homes.\n",
                                              encoding="utf-8")


def test_ingest_reports_bad_files_and_exits_1(tmp_path: Path) -> None:
    write_texts(tmp_path / "in", 3)
    bad = tmp_path / "in" / "broken.txt"
    bad.write_bytes(bytes(range(256)) * 4)
    db = str(tmp_path / "cli.db")
    result = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", db])
    assert result.exit_code == 1
    assert re.search(rf"^claimledger: {re.escape(str(bad))}: .+", result.stderr, re.MULTILINE)
    assert re.search(r"^ingested 3 documents \(0 already stored\), \d+ claims?; 1 failed$", result.stdout, re.MULTILINE)
    bad.unlink()
    again = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", db])
    assert again.exit_code == 0
    assert "ingested 0 documents (3 already stored), 0 claims" in again.stdout


def test_ingest_interrupted_exits_130_and_resumes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_texts(tmp_path / "in", 5)
    db = str(tmp_path / "cli.db")
    seen: list[str] = []

    def interrupt_on_third(path: str):  # type: ignore[no-untyped-def]
        from claimledger.store.ingest import process_file

        if len(seen) == 2:
            raise KeyboardInterrupt
        seen.append(path)
        return process_file(path)

    monkeypatch.setattr(ledger_cmds, "ingest", functools.partial(ingest, process=interrupt_on_third))
    result = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", db, "--batch-size", "1"])
    assert result.exit_code == 130
    assert "2 documents stored by this run are kept" in result.stderr and "again to resume" in result.stderr
    monkeypatch.undo()
    again = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", db])
    assert again.exit_code == 0 and "ingested 3 documents (2 already stored)" in again.stdout


def test_demo_ingests_the_examples_and_points_onwards(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_texts(tmp_path / "examples", 2)
    (tmp_path / "examples" / "README.md").write_text("What these examples are.\n", encoding="utf-8")
    monkeypatch.setattr(ledger_cmds, "examples_dir", lambda: tmp_path / "examples")
    db = str(tmp_path / "demo.db")
    result = runner.invoke(app, ["demo", "--db", db])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().splitlines()[-1].startswith("Next: claimledger docs")
    with Ledger(db) as ledger:
        assert len(ledger.document_rows()) == 2


def test_demo_without_examples_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ledger_cmds, "examples_dir", lambda: None)
    result = runner.invoke(app, ["demo", "--db", str(tmp_path / "demo.db")])
    assert result.exit_code == 1 and "no examples/ folder" in result.stderr

"""The Ledger API: round trip of documents and claims, idempotence, versions, filters, SQLite settings."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from store_factories import make_document, number_claims

from claimledger.errors import NotFound
from claimledger.model import KINDS, Claim
from claimledger.store import Ledger

REPORT = ("The regional council of Marvale reported that 212 residents of Tessin died, including 38 children. "
          "A later survey by the Harbin Institute counted 1,040 homes destroyed.")


def quote_claim(doc_path: str, text: str) -> Claim:
    start = text.index("Tessin")
    return Claim(doc=doc_path, kind="quote", text="Tessin", start=start, end=start + 6, sentence_start=0,
                 sentence_end=text.index(".") + 1, speaker="Ada Krell", extra={"note": "fictional"})


def test_round_trip_keeps_every_contract_field(ledger: Ledger) -> None:
    doc = make_document("reports/marvale.txt", REPORT, title="Marvale report", publisher="Marvale Council",
                        published="2019-04-02")
    claims = number_claims(doc, event="Tessin") + [quote_claim(doc.path, REPORT)]
    doc_id, created = ledger.add_document(doc, claims)
    assert created
    rows = ledger.claim_rows(document_id=doc_id)
    assert [row["ordinal"] for row in rows] == list(range(len(claims)))
    for claim, row in zip(claims, rows, strict=True):
        expected = claim.to_json()
        assert {key: row[key] for key in expected} == expected
        assert row["sentence"] == REPORT[claim.sentence_start:claim.sentence_end]
        assert row["doc_title"] == "Marvale report" and row["doc_publisher"] == "Marvale Council"
        assert row["doc_published"] == "2019-04-02" and row["doc_sha256"] == doc.sha256 and row["doc_format"] == "txt"
        assert row["extra"] == claim.extra
    breakdown = rows[1]
    assert breakdown["subgroup"] == "children" and breakdown["parent"] == 0
    assert breakdown["parent_id"] == rows[0]["id"]
    assert rows[2]["value"] == 1040 and isinstance(rows[2]["value"], int)


def test_document_rows_and_document(ledger: Ledger) -> None:
    doc = make_document("a.txt", REPORT, publisher="Marvale Council")
    doc_id, _ = ledger.add_document(doc, number_claims(doc) + [quote_claim(doc.path, REPORT)])
    [row] = ledger.document_rows()
    assert set(doc.metadata()) <= set(row)
    assert {key: row[key] for key in doc.metadata()} == doc.metadata()
    assert row["id"] == doc_id and row["ingested_at"].endswith("Z")
    assert row["claims_figure"] == 3 and row["claims_quote"] == 1 and row["claims_recognition"] == 0
    assert all(f"claims_{kind}" in row for kind in KINDS)
    assert ledger.document_texts() == {doc_id: REPORT} == ledger.document_texts([doc_id])
    assert ledger.document_texts([doc_id + 1]) == {}
    full = ledger.document(doc_id)
    assert full["text"] == REPORT and full["claims_figure"] == 3
    with pytest.raises(NotFound):
        ledger.document(doc_id + 100)


def test_same_content_is_stored_once(ledger: Ledger) -> None:
    doc = make_document("a.txt", REPORT)
    first = ledger.add_document(doc, number_claims(doc))
    assert ledger.add_document(doc, number_claims(doc)) == (first[0], False)
    copy = make_document("elsewhere/copy.txt", REPORT)
    assert ledger.add_document(copy, number_claims(copy)) == (first[0], False)
    assert len(ledger.claim_rows()) == 3
    assert ledger.has_sha256(doc.sha256) and not ledger.has_sha256("0" * 64)
    assert ledger.document_ids_by_sha256([doc.sha256, "0" * 64]) == {doc.sha256: first[0]}


def test_add_batch_stores_each_hash_once_and_in_order(ledger: Ledger) -> None:
    one = make_document("one.txt", "Officials counted 5 dead.")
    two = make_document("two.txt", "Officials counted 7 dead.")
    twin = make_document("twin.txt", "Officials counted 5 dead.")
    results = ledger.add_batch([(one, number_claims(one)), (two, number_claims(two)), (twin, number_claims(twin))])
    assert [created for _, created in results] == [True, True, False]
    assert results[2][0] == results[0][0] != results[1][0]
    assert [row["value"] for row in ledger.claim_rows()] == [5, 7]


def test_changed_file_becomes_a_new_version(ledger: Ledger) -> None:
    old = make_document("notes/tessin.txt", "Early count: 90 dead.")
    new = make_document("notes/tessin.txt", "Revised count: 112 dead.")
    old_id, _ = ledger.add_document(old, number_claims(old))
    new_id, created = ledger.add_document(new, number_claims(new))
    assert created and new_id != old_id
    [latest] = ledger.document_rows()
    assert latest["id"] == new_id and latest["version_of"] == old_id and latest["is_latest"]
    everything = {row["id"]: row for row in ledger.document_rows(latest_only=False)}
    assert not everything[old_id]["is_latest"]
    assert [row["value"] for row in ledger.claim_rows()] == [112]
    assert [row["value"] for row in ledger.claim_rows(latest_only=False)] == [90, 112]
    assert [row["value"] for row in ledger.claim_rows(document_id=old_id)] == [90]


def test_claim_filters(ledger: Ledger) -> None:
    doc = make_document("a.txt", REPORT)
    claims = number_claims(doc, event="Tessin") + [quote_claim(doc.path, REPORT)]
    claims[2].measure = "destroyed"
    other = make_document("b.txt", "Observers put the toll at 300.")
    ledger.add_batch([(doc, claims), (other, number_claims(other, event="Dunmore"))])
    assert {row["kind"] for row in ledger.claim_rows(kind="quote")} == {"quote"}
    assert [row["value"] for row in ledger.claim_rows(event="tessin", measure="killed")] == [212, 38]
    assert [row["value"] for row in ledger.claim_rows(measure="destroyed")] == [1040]
    assert [row["doc"] for row in ledger.claim_rows(event="DUNMORE")] == ["b.txt"]


def test_stats_count_latest_documents_and_runs(ledger: Ledger) -> None:
    assert ledger.stats()["last_ingest"] is None
    doc = make_document("a.txt", REPORT)
    ledger.add_document(doc, number_claims(doc) + [quote_claim(doc.path, REPORT)])
    run = ledger.start_run(["a.txt"])
    ledger.finish_run(run, status="done", added=1, skipped=0, claims=4, failures=[])
    stats = ledger.stats()
    assert stats["documents"] == 1 and stats["claims"]["figure"] == 3 and stats["claims"]["quote"] == 1
    assert stats["claims_total"] == 4
    assert stats["last_ingest"]["status"] == "done" and stats["last_ingest"]["claims_added"] == 4


def test_sqlite_is_wal_with_foreign_keys(ledger: Ledger) -> None:
    with ledger.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() > 0


def test_a_reader_is_not_blocked_by_an_open_write(tmp_path: Path) -> None:
    path = str(tmp_path / "shared.db")
    writer, reader = Ledger(path), Ledger(path)
    doc = make_document("a.txt", REPORT)
    writer.add_document(doc, number_claims(doc))
    with writer.session() as session:  # a write transaction left open while the other side reads
        session.execute(text("UPDATE documents SET title = 'pending'"))
        assert [row["title"] for row in reader.document_rows()] == [None]
    assert [row["title"] for row in reader.document_rows()] == ["pending"]
    writer.close()
    reader.close()


def test_location_from_argument_environment_or_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CLAIMLEDGER_DB", raising=False)
    with Ledger() as default:
        assert default.url.endswith("claimledger.db")
    assert (tmp_path / "claimledger.db").exists()
    monkeypatch.setenv("CLAIMLEDGER_DB", str(tmp_path / "from-env.db"))
    with Ledger():
        pass
    assert (tmp_path / "from-env.db").exists()
    with Ledger(f"sqlite:///{tmp_path / 'from-url.db'}"):
        pass
    assert (tmp_path / "from-url.db").exists()

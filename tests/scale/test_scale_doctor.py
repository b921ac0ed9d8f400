"""`claimledger doctor` passes a healthy ledger and names each kind of damage done on purpose, with a fix."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from conftest_pg import invoke as cli
from ledger_samples import build_sample
from sqlalchemy import create_engine

from claimledger.store import Ledger, migrate
from claimledger.store.doctor import claim_offset_errors, diagnose


@pytest.fixture
def sample_db(tmp_path: Path) -> Path:
    db = tmp_path / "ledger.db"
    with Ledger(str(db)) as ledger:
        build_sample(ledger, tmp_path / "docs")
    return db


def _failed(db: Path) -> dict[str, str]:
    return {f.check: f.problem for f in diagnose(str(db)).problems()}


def test_a_healthy_ledger_passes_and_exits_0(sample_db: Path) -> None:
    result = cli("doctor", "--db", str(sample_db))
    assert result.exit_code == 0, result.output
    assert "no problems found" in result.stdout
    assert "FAIL" not in result.stdout


def test_shifted_offsets_and_an_edited_text_are_reported_per_claim(sample_db: Path) -> None:
    with sqlite3.connect(sample_db) as db:
        db.execute("UPDATE claims SET start = start + 2 WHERE id = 2")
        db.execute("UPDATE documents SET text = 'x' || text WHERE id = 3")
        edited_claims = db.execute("SELECT COUNT(*) FROM claims WHERE document_id = 3").fetchone()[0]
    problems = _failed(sample_db)
    assert list(problems) == ["claim offsets"]
    assert problems["claim offsets"].startswith(f"{1 + edited_claims} claim(s) in 2 document(s)")
    result = cli("doctor", "--db", str(sample_db))
    assert result.exit_code == 1
    assert "claim 2 of document 1" in result.stdout and "DELETE FROM documents WHERE id IN (1, 3)" in result.stdout


def test_orphaned_claims_and_reviews_are_found_behind_every_foreign_key(sample_db: Path) -> None:
    with sqlite3.connect(sample_db) as db:  # foreign keys are off in a plain sqlite3 connection
        db.execute("DELETE FROM documents WHERE id = 2")
        db.execute("UPDATE reviews SET claim_id = 99999")
    problems = _failed(sample_db)
    assert "orphans claims.document_id" in problems
    assert "orphans reviews.claim_id" in problems and problems["orphans reviews.claim_id"].startswith("1 reviews")
    fixes = {f.check: f.fix for f in diagnose(str(sample_db)).problems()}
    assert fixes["orphans reviews.claim_id"].startswith("UPDATE reviews SET claim_id = NULL")  # ON DELETE SET NULL
    assert fixes["orphans claims.document_id"].startswith("DELETE FROM claims")


def test_an_old_schema_is_reported_and_migrate_brings_it_to_head(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{db}")
    migrate.upgrade(engine, "0001")
    engine.dispose()
    result = cli("doctor", "--db", str(db))
    assert result.exit_code == 1 and "claimledger migrate --db" in result.stdout
    migrated = cli("migrate", "--db", str(db))
    assert migrated.exit_code == 0 and f"from 0001 to {migrate.head_revision()}" in migrated.stdout
    assert cli("doctor", "--db", str(db)).exit_code == 0
    assert "already at the newest schema" in cli("migrate", "--db", str(db)).stdout


def test_a_damaged_database_file_is_reported(sample_db: Path) -> None:
    size = sample_db.stat().st_size
    with open(sample_db, "r+b") as f:  # overwrite a stretch of pages past the header with noise
        f.seek(size // 2)
        f.write(bytes(range(256)) * 16)
    diagnosis = diagnose(str(sample_db))
    assert not diagnosis.ok
    assert {f.check for f in diagnosis.problems()} & {"database integrity", "database readable", "claim offsets"}
    assert cli("doctor", "--db", str(sample_db)).exit_code == 1


def test_offset_errors_of_one_claim() -> None:
    body = "The council said 212 people died. Others disagreed."
    good = {"start": 17, "end": 20, "text": "212", "sentence_start": 0, "sentence_end": 33,
            "sentence": body[:33]}
    assert claim_offset_errors(body, good) == []
    assert len(claim_offset_errors(body, {**good, "end": 90})) == 1
    assert len(claim_offset_errors(body, {**good, "sentence_end": 20})) == 1

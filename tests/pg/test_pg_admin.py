"""PostgreSQL: `copy` both ways keeps every row and key and resets sequences; `migrate` and `doctor` work there."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest_pg import ROOT, invoke
from sqlalchemy import create_engine, text

from claimledger.store import Ledger, migrate
from claimledger.store.ingest import ingest

sys.path.insert(0, str(ROOT / "tests" / "scale"))
from ledger_samples import build_sample, table_rows  # noqa: E402

pytestmark = pytest.mark.postgres


def test_copy_sqlite_to_postgres_and_back_keeps_everything(tmp_path: Path, pg_url: str) -> None:
    src, back = tmp_path / "a.db", tmp_path / "back.db"
    with Ledger(str(src)) as ledger:
        build_sample(ledger, tmp_path / "docs")
    rows = table_rows(f"sqlite:///{src}")
    result = invoke("copy", str(src), pg_url)
    assert result.exit_code == 0, result.output
    assert table_rows(pg_url) == rows
    assert invoke("copy", pg_url, str(back)).exit_code == 0
    assert table_rows(f"sqlite:///{back}") == rows
    with Ledger(pg_url) as copied:  # sequences were reset: new rows get fresh keys, not a copied row's key
        extra = tmp_path / "more.txt"
        extra.write_text("The Velmora council said 31 people were missing after the flood.", encoding="utf-8")
        assert ingest(copied, [extra]).added == 1
        assert max(r["id"] for r in copied.document_rows()) == max(r[0] for r in rows["documents"]) + 1
    assert invoke("doctor", "--db", pg_url).exit_code == 0


def test_doctor_on_postgres_reports_duplicates_offsets_and_schema(tmp_path: Path, pg_url: str) -> None:
    with Ledger(pg_url) as ledger:
        build_sample(ledger, tmp_path / "docs")
    engine = create_engine(pg_url)
    with engine.begin() as connection:
        connection.execute(text("ALTER TABLE documents DROP CONSTRAINT uq_documents_sha256"))
        columns = ("sha256, path, resolved_path, format, title, publisher, author, published, url, language, text, "
                   "chars, warnings, ingested_at, version_of, is_latest")
        connection.execute(text(f"INSERT INTO documents ({columns}) SELECT {columns} FROM documents WHERE id = 1"))
        connection.execute(text('UPDATE claims SET "end" = "end" + 1 WHERE id = 4'))
    result = invoke("doctor", "--db", pg_url)
    assert result.exit_code == 1
    assert "FAIL documents stored once: 1 content hash(es)" in result.stdout
    assert "FAIL claim offsets: 1 claim(s) in 1 document(s)" in result.stdout
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    assert "claimledger migrate --db" in invoke("doctor", "--db", pg_url).stdout
    engine.dispose()


def test_migrate_on_postgres_upgrades_an_old_ledger(pg_url: str) -> None:
    engine = create_engine(pg_url)
    migrate.upgrade(engine, "0001")
    engine.dispose()
    result = invoke("migrate", "--db", pg_url)
    assert result.exit_code == 0 and f"from 0001 to {migrate.head_revision()}" in result.stdout
    assert invoke("doctor", "--db", pg_url).exit_code == 0

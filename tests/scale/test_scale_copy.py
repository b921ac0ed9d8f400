"""`claimledger copy` moves every table, keys and reviews included, and refuses what it cannot do safely."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest_pg import invoke
from ledger_samples import build_sample, table_rows
from sqlalchemy import create_engine

from claimledger.errors import StoreError
from claimledger.store import Ledger, migrate
from claimledger.store.copy import copy_ledger
from claimledger.store.ingest import ingest
from claimledger.store.reviews import reviews_by_key


def test_copy_keeps_every_row_and_key_and_the_copy_keeps_working(tmp_path: Path) -> None:
    src, dst = tmp_path / "a.db", tmp_path / "b.db"
    with Ledger(str(src)) as ledger:
        ids = build_sample(ledger, tmp_path / "docs")
        reviews = reviews_by_key(ledger)
    result = invoke("copy", str(src), str(dst))
    assert result.exit_code == 0, result.output
    assert "copied" in result.stdout
    before, after = table_rows(f"sqlite:///{src}"), table_rows(f"sqlite:///{dst}")
    assert after == before
    assert len(after["claims"]) > 20 and len(after["reviews"]) == len(after["audit_log"]) == 1
    with Ledger(str(dst)) as copied:
        assert reviews_by_key(copied) == reviews
        assert copied.claim_rows()[3]["id"] == ids["claim"]
        extra = tmp_path / "more.txt"
        extra.write_text("The Velmora council said 31 people were missing after the flood.", encoding="utf-8")
        report = ingest(copied, [extra])
        assert report.added == 1 and not report.failures
        assert max(row["id"] for row in copied.document_rows()) == max(row[0] for row in before["documents"]) + 1
    assert invoke("doctor", "--db", str(dst)).exit_code == 0


def test_copy_refuses_a_destination_with_rows_and_a_source_on_an_old_schema(tmp_path: Path) -> None:
    src = tmp_path / "a.db"
    with Ledger(str(src)) as ledger:
        build_sample(ledger, tmp_path / "docs")
    with pytest.raises(StoreError, match="not empty"):
        copy_ledger(str(src), str(src))
    old = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{old}")
    migrate.upgrade(engine, "0001")
    engine.dispose()
    result = invoke("copy", str(old), str(tmp_path / "c.db"))
    assert result.exit_code == 1 and "claimledger migrate" in result.output
    assert invoke("copy", str(tmp_path / "missing.db"), str(tmp_path / "d.db")).exit_code == 1

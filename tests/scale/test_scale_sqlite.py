"""SQLite ledgers run in WAL mode with a busy timeout: readers never wait for a writer, writers queue."""
from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

from sqlalchemy import text

from claimledger.model import Document
from claimledger.scale import RetryingLedger
from claimledger.store import Ledger


def _document(name: str, body: str) -> Document:
    import hashlib

    return Document(path=name, text=body, sha256=hashlib.sha256(body.encode()).hexdigest(), format="txt")


def test_wal_and_busy_timeout_are_set(tmp_path: Path) -> None:
    with Ledger(str(tmp_path / "l.db")) as ledger, ledger.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def test_a_reader_reads_while_a_writer_holds_the_lock_and_a_second_writer_waits(tmp_path: Path) -> None:
    db = tmp_path / "l.db"
    with RetryingLedger(str(db)) as ledger:
        ledger.add_batch([(_document("a.txt", "The Dunmere council counted 40 dead."), [])])
        writer = sqlite3.connect(db, isolation_level=None)
        writer.execute("BEGIN IMMEDIATE")  # an ingest in the middle of a batch
        writer.execute("UPDATE documents SET title = 'held' WHERE id = 1")

        started = time.monotonic()
        assert [row["path"] for row in ledger.document_rows()] == ["a.txt"]  # the last committed state
        assert ledger.document_rows()[0]["title"] is None
        assert time.monotonic() - started < 2  # did not wait for the writer

        stored: list[tuple[int, bool]] = []
        second = threading.Thread(target=lambda: stored.extend(
            ledger.add_batch([(_document("b.txt", "Tarvin officials reported 12 missing."), [])])))
        second.start()
        time.sleep(1.0)
        assert not stored  # queued behind the lock, not failed
        writer.execute("COMMIT")
        writer.close()
        second.join(timeout=30)
        assert stored == [(2, True)]
        assert [row["title"] for row in ledger.document_rows()] == ["held", None]

"""SIGKILL during `claimledger ingest` on SQLite never leaves a document twice, half-written, or a review lost."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest_pg import make_corpus
from crash_trials import run_trials


@pytest.mark.slow
def test_sigkill_at_random_moments_then_rerun_on_sqlite(tmp_path: Path) -> None:
    make_corpus(tmp_path / "corpus", copies=2)
    make_corpus(tmp_path / "reviewed", copies=1, start=9)
    for extra in sorted((tmp_path / "reviewed").iterdir())[2:]:
        extra.unlink()
    log = run_trials(str(tmp_path / "ledger.db"), tmp_path / "corpus", tmp_path / "reviewed", trials=5)
    assert log.problems == []
    assert log.killed >= 3  # most kills landed mid-ingest (else the test proves little)
    assert log.stored_after_kill == sorted(log.stored_after_kill)  # resumed, never went back

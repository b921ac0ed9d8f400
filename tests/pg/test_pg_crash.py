"""SIGKILL during `claimledger ingest` into PostgreSQL: every document once and whole, reviews intact."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest_pg import ROOT, make_corpus

sys.path.insert(0, str(ROOT / "tests" / "scale"))
from crash_trials import run_trials  # noqa: E402

pytestmark = pytest.mark.postgres


@pytest.mark.slow
def test_sigkill_at_random_moments_then_rerun_on_postgres(tmp_path: Path, pg_url: str) -> None:
    make_corpus(tmp_path / "corpus", copies=1)
    make_corpus(tmp_path / "reviewed", copies=1, start=9)
    for extra in sorted((tmp_path / "reviewed").iterdir())[2:]:
        extra.unlink()
    log = run_trials(pg_url, tmp_path / "corpus", tmp_path / "reviewed", trials=3, seed=11)
    assert log.problems == []
    assert log.killed >= 2
    assert log.stored_after_kill == sorted(log.stored_after_kill)

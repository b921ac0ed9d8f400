"""`claimledger ingest` over a 500-file hostile folder: no crash, one line per bad file, good files stored,
and nothing stored before is lost. The hostile files come from tests/hostile/make_corpus.py."""
from __future__ import annotations

import os
import re
import stat
import sys
from pathlib import Path

import pytest
from conftest_pg import ROOT, cli, stored_counts

from claimledger.store import Ledger
from claimledger.store.ingest import SUFFIXES, ingest

sys.path.insert(0, str(ROOT / "tests" / "hostile"))
from make_corpus import good_files  # noqa: E402
from make_corpus import make_corpus as make_hostile  # noqa: E402

SUMMARY = re.compile(r"ingested (\d+) documents? \((\d+) already stored\), \d+ claims?(?:; (\d+) failed)?")


def _candidates(folder: Path) -> list[Path]:
    """What ingest considers: every non-hidden entry with a document suffix, whatever it really is."""
    found = []
    for parent, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [Path(parent) / f for f in files if not f.startswith(".") and Path(f).suffix.lower() in SUFFIXES]
    return found


def _ingest_hostile(tmp_path: Path, keep_specials: bool, timeout: float = 900) -> None:
    folder = tmp_path / "mixed"
    hostile = make_hostile(folder / "hostile", big=False)
    if not keep_specials:  # symlink loops and FIFOs are tested on their own below
        for path in hostile:
            if path.is_symlink() or (path.exists() and stat.S_ISFIFO(os.lstat(path).st_mode)):
                path.unlink()
    good = good_files(folder / "good", 500 - len(hostile) - 20)
    good_files(tmp_path / "before", 20, offset=5000)
    db = str(tmp_path / "ledger.db")
    with Ledger(db) as ledger:
        assert ingest(ledger, [tmp_path / "before"]).added == 20
        stored_before, _ = stored_counts(ledger)
    assert len(_candidates(folder)) + 20 >= 450

    result = cli("ingest", str(folder), str(tmp_path / "before"), "--db", db, timeout=timeout)
    assert result.returncode == 1, result.stderr[-2000:]  # 1: some files failed; never a crash
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert all(line.startswith("claimledger: ") for line in lines), [x for x in lines if not x.startswith("claim")]
    match = SUMMARY.search(result.stdout)
    assert match, result.stdout
    added, skipped, failed = (int(g or 0) for g in match.groups())
    assert failed == len(lines) and failed > 50
    named = [line.split(": ", 2)[1] for line in lines]
    assert len(set(named)) == len(named)  # one line per bad file
    assert added + skipped + failed == len(_candidates(folder)) + 20
    with Ledger(db) as ledger:
        counts, rows = stored_counts(ledger)
        assert rows == len(counts)
        assert all(counts[sha] == n for sha, n in stored_before.items())  # nothing stored before was lost
        stored_paths = {row["path"] for row in ledger.document_rows()}
    assert {str(p) for p in good} <= stored_paths


@pytest.mark.slow
def test_ingest_of_a_500_file_hostile_folder_keeps_going_and_reports_each_bad_file(tmp_path: Path) -> None:
    _ingest_hostile(tmp_path, keep_specials=False)


@pytest.mark.slow
def test_symlink_loops_and_fifos_are_reported_not_fatal(tmp_path: Path) -> None:
    _ingest_hostile(tmp_path, keep_specials=True, timeout=240)  # a read blocked on a FIFO would hang

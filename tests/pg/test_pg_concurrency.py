"""Two `claimledger ingest` processes over overlapping folders and a reviewer, all writing one ledger at once:
no document stored twice, no claim lost, no review overwritten."""
from __future__ import annotations

import threading
from pathlib import Path

import pytest
from conftest_pg import cli_process, fresh_counts, make_corpus, stored_counts

from claimledger.store import Ledger
from claimledger.store.ingest import ingest
from claimledger.store.reviews import add_user, review_claim, reviews_by_key, row_key


def _review_while(ledger: Ledger, running: threading.Event, expected: dict[str, str]) -> None:
    """Review the pre-stored claims over and over until the ingests end; remember the last note of each."""
    user = add_user(ledger, "ines", "reviewer", None)
    rows = ledger.claim_rows()
    rounds = 0
    while running.is_set() or rounds == 0:
        for row in rows:
            note = f"round {rounds}"
            review_claim(ledger, row["id"], "reject" if rounds % 2 else "accept", user, note=note)
            expected[row_key(row)] = note
        rounds += 1


def _first(files: list[Path], n: int) -> list[Path]:
    """Keep the first `n` files of a generated folder, delete the rest."""
    for extra in files[n:]:
        extra.unlink()
    return files[:n]


def check_concurrent_ingests(url: str, tmp_path: Path) -> None:
    shared = _first(make_corpus(tmp_path / "shared", copies=1), 20)
    only_a = _first(make_corpus(tmp_path / "zz_a", copies=1, start=1), 6)
    only_b = _first(make_corpus(tmp_path / "zz_b", copies=1, start=2), 6)
    reviewed = _first(make_corpus(tmp_path / "reviewed", copies=1, start=3), 3)
    # the same content under a second path in each private folder: one more race on one hash
    (tmp_path / "zz_a" / "copy.txt").write_bytes(shared[0].read_bytes())
    (tmp_path / "zz_b" / "copy.txt").write_bytes(shared[0].read_bytes())
    expected = fresh_counts([*shared, *only_a, *only_b, *reviewed])
    with Ledger(url) as ledger:
        ingest(ledger, [tmp_path / "reviewed"])
        notes: dict[str, str] = {}
        running = threading.Event()
        running.set()
        reviewer = threading.Thread(target=_review_while, args=(ledger, running, notes))
        reviewer.start()
        try:
            runs = [cli_process("ingest", str(tmp_path / "shared"), str(tmp_path / private), "--db", url,
                                "--batch-size", "3") for private in ("zz_a", "zz_b")]
            outputs = [run.communicate(timeout=600) for run in runs]
        finally:
            running.clear()
            reviewer.join()
        for run, (_out, err) in zip(runs, outputs, strict=True):
            assert run.returncode == 0, err
        counts, rows = stored_counts(ledger)
        assert rows == len(counts) == len(expected)  # every document once
        assert counts == expected  # every document whole
        assert {key: state.note for key, state in reviews_by_key(ledger).items()} == notes
        assert len(notes) > 10


@pytest.mark.postgres
@pytest.mark.slow
def test_two_ingests_and_a_reviewer_at_once_on_postgres(tmp_path: Path, pg_url: str) -> None:
    check_concurrent_ingests(pg_url, tmp_path)


@pytest.mark.slow
def test_two_ingests_and_a_reviewer_at_once_on_sqlite(tmp_path: Path) -> None:
    check_concurrent_ingests(str(tmp_path / "ledger.db"), tmp_path)

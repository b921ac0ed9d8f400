"""Crash safety, full size: SIGKILL `claimledger ingest` at 20 random moments on SQLite and on PostgreSQL.

usage: .venv/bin/python benchmarks/kill_trials.py [--trials 20] [--copies 3] [--pg SERVER_URL]

(--pg defaults to $CLAIMLEDGER_TEST_PG; PostgreSQL is skipped when neither is set.) After every kill the ledger
is checked: each document stored once, each with exactly the claims a fresh extraction gives, and a reviewer's
correction made before the kills unchanged; after the last kill a rerun must complete the ingest. Prints, per
backend, the kills that landed mid-ingest and the problems found (expected: 0).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tests" / "scale")]

from conftest_pg import make_corpus  # noqa: E402
from crash_trials import run_trials  # noqa: E402

from claimledger.store.pg import temporary_database  # noqa: E402


def trial_set(label: str, url: str, folder: Path, trials: int, copies: int) -> int:
    make_corpus(folder / "corpus", copies=copies)
    make_corpus(folder / "reviewed", copies=1, start=900)
    for extra in sorted((folder / "reviewed").iterdir())[2:]:
        extra.unlink()
    started = time.perf_counter()
    log = run_trials(url, folder / "corpus", folder / "reviewed", trials=trials)
    print(f"{label:<10} trials {trials:>3}  killed mid-ingest {log.killed:>3}  finished before the kill "
          f"{log.finished_first:>3}  documents after each kill {log.stored_after_kill}  "
          f"problems {len(log.problems)}  {time.perf_counter() - started:.0f} s", flush=True)
    for problem in log.problems:
        print(f"  {problem}")
    return len(log.problems)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--copies", type=int, default=3, help="variants of each devset/example file in the corpus")
    parser.add_argument("--pg", default=os.environ.get("CLAIMLEDGER_TEST_PG"))
    args = parser.parse_args()
    problems = 0
    with tempfile.TemporaryDirectory(prefix="claimledger-kill-") as tmp:
        problems += trial_set("sqlite", str(Path(tmp) / "ledger.db"), Path(tmp) / "sqlite", args.trials, args.copies)
        if args.pg:
            with temporary_database(args.pg, prefix="claimledger_bench") as url:
                problems += trial_set("postgres", url, Path(tmp) / "pg", args.trials, args.copies)
        else:
            print("postgres   skipped: pass --pg SERVER_URL or set CLAIMLEDGER_TEST_PG")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()

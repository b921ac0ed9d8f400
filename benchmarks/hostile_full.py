"""Hostile input at full size: `claimledger ingest` over 10,000 files, most of them built to break a reader.

usage: .venv/bin/python benchmarks/hostile_full.py [--files 10000] [--hostile-share 0.4] [--workers N] [--db URL]
                                                   [--no-specials]

The hostile files come from tests/hostile/make_corpus.py (one folder per seed, without the 50 MB files), the
rest are small good documents (invented text); 100 good documents are stored before the run. Prints the files,
crashes (a traceback or an exit code other than 0/1: expected 0), documents lost (stored before, gone after) or
duplicated (expected 0), good files not stored (expected 0), and the time.
"""
from __future__ import annotations

import argparse
import os
import re
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "hostile")]

from make_corpus import good_files  # noqa: E402
from make_corpus import make_corpus as make_hostile  # noqa: E402

from claimledger.store import Ledger  # noqa: E402
from claimledger.store.ingest import ingest  # noqa: E402


def counts(db: str) -> tuple[dict[str, int], int, set[str]]:
    with Ledger(db) as ledger:
        rows = ledger.document_rows(latest_only=False)
    per_sha = {r["sha256"]: sum(v for k, v in r.items() if k.startswith("claims_")) for r in rows}
    return per_sha, len(rows), {r["path"] for r in rows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--hostile-share", type=float, default=0.4)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--db", help="ledger URL (default: a SQLite file in the temporary folder)")
    parser.add_argument("--no-specials", action="store_true",
                        help="drop symlinks and FIFOs from the hostile folders (to measure the rest while "
                             "discover() still fails on a symlink loop)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="claimledger-hostile-") as tmp:
        folder = Path(tmp) / "corpus"
        hostile: list[Path] = []
        seed = 0
        while len(hostile) < args.files * args.hostile_share:
            made = make_hostile(folder / f"hostile-{seed:03d}", seed=1992 + seed, big=False)
            if args.no_specials:
                for path in made:
                    if path.is_symlink() or (path.exists() and stat.S_ISFIFO(os.lstat(path).st_mode)):
                        path.unlink()
                made = [p for p in made if os.path.lexists(p)]
            hostile += made
            seed += 1
        good = good_files(folder / "good", max(0, args.files - len(hostile) - 100))
        before = good_files(Path(tmp) / "before", 100, offset=900_000)
        db = args.db or str(Path(tmp) / "ledger.db")
        with Ledger(db) as ledger:
            ingest(ledger, [Path(tmp) / "before"])
        stored_before, _, _ = counts(db)
        total = len(hostile) + len(good) + len(before)
        print(f"files: {total} ({len(hostile)} hostile from {seed} seeds, {len(good) + len(before)} good)", flush=True)
        started = time.perf_counter()
        command = [sys.executable, "-c", "from claimledger.cli import main; main()", "ingest", str(folder),
                   str(Path(tmp) / "before"), "--db", db, "--workers", str(args.workers)]
        result = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "COLUMNS": "200"})
        seconds = time.perf_counter() - started
        crashed = result.returncode not in (0, 1) or "Traceback" in result.stderr
        after, rows, paths = counts(db)
        lost = sum(1 for sha, n in stored_before.items() if after.get(sha) != n)
        lines = [x for x in result.stderr.splitlines() if x.startswith("claimledger: ")]
        summary = re.search(r"ingested .*", result.stdout)
        print(f"crashes: {int(crashed)}  (exit code {result.returncode})")
        print(f"documents lost: {lost}  duplicated: {rows - len(after)}")
        print(f"good files not stored: {sum(1 for p in good if str(p) not in paths)}")
        print(f"failure lines: {len(lines)}  summary: {summary.group() if summary else '(none)'}")
        print(f"time: {seconds:.0f} s, {total / seconds:.1f} files/s")
        if crashed:
            print(result.stderr[-3000:])
        sys.exit(1 if crashed or lost or rows != len(after) else 0)


if __name__ == "__main__":
    main()

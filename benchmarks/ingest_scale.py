"""Ingest throughput: serial, then Dask with 1 and 2 worker processes, over one generated corpus.

usage: .venv/bin/python benchmarks/ingest_scale.py [--mb 200] [--workers 1,2] [--no-serial] [--pg SERVER_URL]
                                                     [--keep DIR]

The corpus is built from examples/ and tests/devset/texts/: each document is one source text with its
paragraphs shuffled and its figures varied, plus an archive note, so every file has its own content hash and
extraction works on real prose. Each run ingests into a fresh SQLite ledger (and, with --pg, a fresh PostgreSQL
database on that server) and prints documents/s and MB/s, wall time including cluster start.
"""
from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claimledger.scale import RetryingLedger, ingest_mapper  # noqa: E402
from claimledger.scale.timed import DEFAULT_SECONDS as DEFAULT_TIME_LIMIT  # noqa: E402
from claimledger.store.ingest import ingest  # noqa: E402
from claimledger.store.pg import temporary_database  # noqa: E402

MB = 1024 * 1024
NUMBER = re.compile(r"\b\d{2,5}\b")


def sources() -> list[str]:
    paths = sorted((ROOT / "tests" / "devset" / "texts").glob("*.txt")) + sorted((ROOT / "examples").glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths if not p.name.upper().startswith("README")]


def vary(text: str, rng: random.Random, n: int) -> str:
    """The same prose with paragraphs reordered and each figure moved a little (years stay years)."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    head, rest = paragraphs[:1], paragraphs[1:]
    rng.shuffle(rest)

    def nudge(match: re.Match[str]) -> str:
        value = int(match.group())
        return match.group() if 1900 <= value <= 2030 else str(max(1, value + rng.randint(-9, 9)))

    body = NUMBER.sub(nudge, "\n\n".join(head + rest))
    return body + f"\n\nArchive note {n}: filed by the Velmora records office, shelf {n % 97}.\n"


def make_corpus(folder: Path, megabytes: float, seed: int = 1992) -> tuple[int, int]:
    rng = random.Random(seed)
    texts = sources()
    written = n = 0
    while written < megabytes * MB:
        body = vary(texts[n % len(texts)], rng, n)
        sub = folder / f"batch-{n // 1000:04d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"doc-{n:07d}.txt").write_text(body, encoding="utf-8")
        written += len(body.encode("utf-8"))
        n += 1
    return n, written


class TimedLedger(RetryingLedger):
    """Counts the seconds spent writing batches: the share of the run the database writer takes."""

    writing = 0.0

    def add_batch(self, items: list[Any]) -> list[tuple[int, bool]]:
        started = time.perf_counter()
        try:
            return super().add_batch(items)
        finally:
            TimedLedger.writing += time.perf_counter() - started


def run(label: str, url: str, corpus: Path, workers: int, size: int, time_limit: float = 0.0) -> None:
    TimedLedger.writing = 0.0
    started = time.perf_counter()
    with TimedLedger(url) as ledger:  # workers 0: serial, as `claimledger ingest` without --workers
        mapper = ingest_mapper(max(workers, 1), time_limit=time_limit or None)
        report = ingest(ledger, [corpus], mapper=mapper, batch_size=200)
    seconds = time.perf_counter() - started
    print(f"{label:<28} {report.added:>8} docs {report.claims:>9} claims {seconds:>8.1f} s "
          f"{report.added / seconds:>8.1f} docs/s {size / MB / seconds:>7.3f} MB/s "
          f"writer {TimedLedger.writing:>6.1f} s ({report.claims / max(TimedLedger.writing, 1e-9):,.0f} claims/s)"
          + (f"  ({len(report.failures)} failed)" if report.failures else ""), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=200.0, help="corpus size in MB")
    parser.add_argument("--workers", default="1,2", help="Dask worker counts to run after the serial run")
    parser.add_argument("--pg", help="also run serial and the largest worker count into PostgreSQL on this server")
    parser.add_argument("--keep", type=Path, help="write the corpus here and keep it")
    parser.add_argument("--no-serial", action="store_true", help="skip the serial run (it takes the longest)")
    parser.add_argument("--time-limit", type=float, default=DEFAULT_TIME_LIMIT,
                        help="seconds per file in a killable child, as `claimledger ingest` (0: in process)")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="claimledger-scale-"))
    try:
        docs, size = make_corpus(folder / "corpus", args.mb)
        print(f"corpus: {docs} documents, {size / MB:.1f} MB in {folder / 'corpus'}", flush=True)
        counts = [int(w) for w in args.workers.split(",") if w.strip()]
        for workers in ([] if args.no_serial else [0]) + counts:
            label = "serial" if workers == 0 else f"dask, {workers} worker(s)"
            run(label + " sqlite", str(folder / f"ledger-{workers}.db"), folder / "corpus", workers, size,
                args.time_limit)
        if args.pg:
            for workers in (0, max(counts or [1])):
                with temporary_database(args.pg, prefix="claimledger_bench") as url:
                    label = "serial" if workers == 0 else f"dask, {workers} worker(s)"
                    run(label + " postgres", url, folder / "corpus", workers, size, args.time_limit)
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()

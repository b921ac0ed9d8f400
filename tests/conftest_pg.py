"""Helpers for the scale and PostgreSQL tests (importable as `conftest_pg`: tests/ is on sys.path).

The per-test PostgreSQL database, `pg_url`, is a fixture of tests/conftest.py.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from claimledger.store import Ledger
from claimledger.store.ingest import Processed, process_file

ROOT = Path(__file__).resolve().parents[1]
PG_ENV = "CLAIMLEDGER_TEST_PG"
SOURCES = [*sorted((ROOT / "tests" / "devset" / "texts").glob("*.txt")),
           *sorted(p for p in (ROOT / "examples").iterdir() if p.is_file() and p.name != "README.md")]
# the fields that make a claim the same claim in two ledgers (ids and timestamps differ by design)
CLAIM_IDENTITY = ("doc_sha256", "kind", "start", "end", "text", "measure", "value", "low", "high", "qualifier",
                  "label", "attributed_to", "event", "speaker", "recognizer", "instrument", "parent")


def make_corpus(folder: Path, copies: int = 1, start: int = 0) -> list[Path]:
    """`copies` variants of every devset text and example: each copy gets an invented closing line, so every
    file has its own content hash while extraction sees real prose."""
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for n in range(start, start + copies):
        for source in SOURCES:
            target = folder / f"{source.stem}-{n:03d}{source.suffix}"
            if source.suffix in (".txt", ".md"):
                note = f"\n\nArchive note {n}: filed by the Velmora records office, shelf {n % 37}.\n"
                target.write_text(source.read_text(encoding="utf-8") + note, encoding="utf-8")
            elif n == 0:  # HTML and PDF are not varied: one copy of each, in the first set
                shutil.copyfile(source, target)
            else:
                continue
            written.append(target)
    return written


def claim_set(ledger: Ledger) -> set[tuple[Any, ...]]:
    return {tuple(row.get(name) for name in CLAIM_IDENTITY) for row in ledger.claim_rows(latest_only=False)}


def fresh_counts(paths: list[Path]) -> dict[str, int]:
    """{sha256: claims} from a fresh extraction of each file: what a fully written document must have."""
    counts: dict[str, int] = {}
    for path in paths:
        result = process_file(str(path))
        if isinstance(result, Processed):
            counts[result.document.sha256] = len(result.claims)
    return counts


def stored_counts(ledger: Ledger) -> tuple[dict[str, int], int]:
    """({sha256: claims stored}, number of document rows): rows > len(dict) would mean a document stored twice."""
    rows = ledger.document_rows(latest_only=False)
    counts = {row["sha256"]: sum(v for k, v in row.items() if k.startswith("claims_")) for row in rows}
    return counts, len(rows)


def cli(*args: str, timeout: float = 600, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """Run the `claimledger` command in a fresh interpreter (as a user would), capturing its output."""
    return subprocess.run([sys.executable, "-c", "from claimledger.cli import main; main()", *args],
                          capture_output=True, text=True, timeout=timeout, **kwargs)


def cli_process(*args: str, **kwargs: Any) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", "from claimledger.cli import main; main()", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)


def invoke(*args: str) -> Any:
    """Run a `claimledger` command in this process (much faster than `cli` when no isolation is needed)."""
    from typer.testing import CliRunner

    from claimledger.cli import app

    return CliRunner().invoke(app, list(args))

"""Kill `claimledger ingest` with SIGKILL at random moments and check the ledger after every kill.

Used by the tests (a few trials) and by benchmarks/kill_trials.py (20 per backend). After each kill: every
stored document is there once and whole (its claim count equals a fresh extraction's), and the reviewer's
decision stored before the kills is untouched. After the last kill a rerun completes the ingest.
"""
from __future__ import annotations

import random
import signal
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from conftest_pg import cli, cli_process, fresh_counts, stored_counts
from sqlalchemy import func, select

from claimledger.store import Ledger
from claimledger.store.ingest import ingest
from claimledger.store.models import DocumentRow
from claimledger.store.reviews import add_user, review_claim, reviews_by_key


@dataclass
class TrialLog:
    killed: int = 0  # trials where the kill landed before the ingest finished
    finished_first: int = 0  # trials where the ingest was already done
    stored_after_kill: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _check(ledger: Ledger, expected: dict[str, int], reviews: dict[str, object], label: str) -> list[str]:
    counts, rows = stored_counts(ledger)
    problems = []
    if rows != len(counts):
        problems.append(f"{label}: {rows - len(counts)} document(s) stored twice")
    half = [sha[:12] for sha, n in counts.items() if sha in expected and n != expected[sha]]
    if half:
        problems.append(f"{label}: {len(half)} document(s) with missing or extra claims: {half[:3]}")
    unknown = [sha[:12] for sha in counts if sha not in expected]
    if unknown:
        problems.append(f"{label}: {len(unknown)} unexpected document(s)")
    if reviews_by_key(ledger) != reviews:
        problems.append(f"{label}: the reviews changed")
    return problems


def startup_seconds(scratch: Path) -> float:
    """How long `claimledger ingest` takes to start and finish on an empty folder (imports, opening a ledger)."""
    empty = scratch / "empty"
    empty.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    cli("ingest", str(empty), "--db", str(scratch / "startup.db"))
    return time.monotonic() - started


def _document_count(ledger: Ledger) -> int:
    with ledger.session() as session:
        return session.scalar(select(func.count()).select_from(DocumentRow)) or 0


def _wait_for_kill_point(ledger: Ledger, run: subprocess.Popen[str], rng: random.Random, startup: float,
                         total: int, trials_left: int) -> None:
    stored = _document_count(ledger)
    if rng.random() < 0.2 or stored >= total:
        time.sleep(rng.uniform(0.1, startup))
        return
    # a share of what is left, so the remaining trials still find work to interrupt
    target = stored + rng.randint(1, max(1, 2 * (total - stored) // (trials_left + 1)))
    while run.poll() is None and _document_count(ledger) < target:
        time.sleep(0.02)
    time.sleep(rng.uniform(0, 0.15))  # somewhere inside the next batch, not right at a commit


def run_trials(url: str, corpus: Path, reviewed: Path, trials: int, seed: int = 7) -> TrialLog:
    """`trials` SIGKILLed ingests of `corpus` into `url`, then one complete rerun; see the module docstring.

    One kill in five lands during start-up (imports, opening and migrating the ledger); the others wait until
    the ledger holds a random number more documents (a random share of what is left for the trials to come),
    then a random few milliseconds more: so the kills spread over the whole ingest however fast or loaded the
    machine is.
    """
    rng = random.Random(seed)
    log = TrialLog()
    startup = startup_seconds(corpus.parent / "startup")
    files = sorted(p for p in [*corpus.rglob("*"), *reviewed.rglob("*")] if p.is_file())
    expected = fresh_counts(files)
    with Ledger(url) as ledger:
        assert not ingest(ledger, [reviewed]).failures
        user = add_user(ledger, "ines", "reviewer", None)
        first = ledger.claim_rows()[0]
        review_claim(ledger, first["id"], "correct", user, corrections={"value": 611}, note="per the source table")
        reviews: dict[str, object] = dict(reviews_by_key(ledger))
        for trial in range(trials):
            run = cli_process("ingest", str(corpus), "--db", url, "--batch-size", "4")
            _wait_for_kill_point(ledger, run, rng, startup, len(expected), trials - trial)
            run.send_signal(signal.SIGKILL)
            run.communicate()
            if run.returncode == -signal.SIGKILL:
                log.killed += 1
            else:
                log.finished_first += 1
            log.problems += _check(ledger, expected, reviews, f"after kill {trial + 1}")
            log.stored_after_kill.append(stored_counts(ledger)[1])
        final = cli("ingest", str(corpus), "--db", url)
        if final.returncode != 0:
            log.problems.append(f"the rerun failed: {final.stderr.strip()[-300:]}")
        log.problems += _check(ledger, expected, reviews, "after the rerun")
        counts, _ = stored_counts(ledger)
        if set(counts) != set(expected):
            log.problems.append(f"after the rerun {len(set(expected) - set(counts))} document(s) are missing")
    return log

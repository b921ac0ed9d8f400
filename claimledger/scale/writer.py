"""Batched writes that stay correct when several writers share one ledger (two ingests and a review server).

`Ledger.add_batch` looks up the batch's content hashes, then inserts the new ones, in one transaction. Between the
look-up and the insert another writer may store the same document: the unique key on `documents.sha256` then
rejects the whole batch (IntegrityError), or two batches wait on each other's keys (a PostgreSQL deadlock).
Both roll the batch back whole, so retrying it is safe, and the retry's look-up now sees the other writer's
rows and skips them: no document stored twice, none lost. Sorting a batch by hash makes every writer take key
locks in one order, which keeps deadlocks rare.
"""
from __future__ import annotations

import random
import time

from sqlalchemy.exc import DBAPIError, IntegrityError

from claimledger.errors import StoreError
from claimledger.model import Claim, Document
from claimledger.store.ledger import Ledger

ATTEMPTS = 8
# PostgreSQL SQLSTATEs worth a retry: unique violation, serialization failure, deadlock.
RETRY_SQLSTATES = frozenset({"23505", "40001", "40P01"})

Item = tuple[Document, list[Claim]]


def retryable(exc: BaseException) -> bool:
    """A conflict with a concurrent writer that rolled the batch back whole (so it may simply run again)."""
    cause = exc.__cause__ if isinstance(exc, StoreError) else exc
    if isinstance(cause, IntegrityError):
        return "sha256" in str(cause.orig) or getattr(cause.orig, "sqlstate", None) == "23505"
    if isinstance(cause, DBAPIError):
        if getattr(cause.orig, "sqlstate", None) in RETRY_SQLSTATES:
            return True
        return "database is locked" in str(cause.orig)  # SQLite, after the busy timeout
    return False


def add_batch_retrying(ledger: Ledger, items: list[Item], attempts: int = ATTEMPTS) -> list[tuple[int, bool]]:
    """`ledger.add_batch(items)`, retried on a conflict with a concurrent writer; results in `items` order."""
    order = sorted(range(len(items)), key=lambda i: items[i][0].sha256)
    ordered = [items[i] for i in order]
    for attempt in range(attempts):
        try:
            stored = Ledger.add_batch(ledger, ordered)
            break
        except StoreError as exc:
            if attempt == attempts - 1 or not retryable(exc):
                raise
            time.sleep(random.uniform(0.01, 0.05) * (2 ** attempt))  # jitter: the two writers must not collide again
    results: list[tuple[int, bool] | None] = [None] * len(items)
    for position, i in enumerate(order):
        results[i] = stored[position]
    return [r for r in results if r is not None]


class RetryingLedger(Ledger):
    """A Ledger whose `add_batch` survives concurrent writers (see the module docstring)."""

    def add_batch(self, items: list[Item]) -> list[tuple[int, bool]]:
        return add_batch_retrying(self, items)

"""A `Mapper` that reads and extracts on Dask workers: a LocalCluster of N processes or an existing scheduler.

The client submits coarse partitions (see `partition.py`), keeps a bounded number in flight so results never pile
up in memory, and yields each partition's results as it completes (`distributed.as_completed`), so the store's
writer commits batches while the cluster keeps working. Order does not matter: every result carries its path.
"""
from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from claimledger.scale.partition import partition
from claimledger.scale.tasks import process_partition
from claimledger.store.ingest import Failure, Mapper, Process, Result

IN_FLIGHT_PER_WORKER = 3  # partitions queued per worker: enough to keep it busy, few enough to bound memory

# Dask's own loggers talk a lot at startup and shutdown; the ingest's progress bar is the user's view.
_QUIET = logging.ERROR


@contextmanager
def dask_client(workers: int | None = None, scheduler: str | None = None) -> Iterator[object]:
    """A `distributed.Client`: connected to `scheduler` (tcp://host:8786), else to a fresh LocalCluster of
    `workers` processes with one thread each (extraction is pure Python: threads would share one GIL)."""
    from distributed import Client, LocalCluster

    if scheduler:
        client = Client(scheduler)
        try:
            yield client
        finally:
            client.close()
        return
    cluster = LocalCluster(n_workers=max(1, workers or 1), threads_per_worker=1, processes=True,
                           dashboard_address=":0", silence_logs=_QUIET)
    client = Client(cluster)
    try:
        yield client
    finally:
        client.close()
        cluster.close()


def _worker_count(client: object, fallback: int) -> int:
    info = client.scheduler_info()  # type: ignore[attr-defined]
    return max(1, len(info.get("workers", {})) or fallback)


def dask_mapper(workers: int | None = None, scheduler: str | None = None, time_limit: float | None = None) -> Mapper:
    """A Mapper running `process` over partitions of the paths on Dask (see the module docstring); with a
    `time_limit`, each file gets at most that many seconds on its worker (see `tasks.process_partition`)."""

    def mapper(process: Process, paths: Iterable[str]) -> Iterator[Result]:
        # Consuming `paths` runs the ingest's hashing and skips stored hashes (resume) before any submission.
        files = list(paths)
        if not files:
            return
        with dask_client(workers, scheduler) as client:
            from distributed import as_completed

            count = _worker_count(client, workers or 1)
            groups = partition(files, {path: _size(path) for path in files}, count)
            pending = iter(groups)
            by_future = {}
            for group in _take(pending, count * IN_FLIGHT_PER_WORKER):
                by_future[client.submit(process_partition, process, group, time_limit, pure=False)] = group  # type: ignore[attr-defined]
            completed = as_completed(list(by_future))
            for future in completed:
                group = by_future.pop(future)
                yield from _results(future, group)
                future.release()
                for nxt in _take(pending, 1):
                    new = client.submit(process_partition, process, nxt, time_limit, pure=False)  # type: ignore[attr-defined]
                    by_future[new] = nxt
                    completed.add(new)

    return mapper


def _results(future: object, group: list[str]) -> list[Result]:
    """The partition's results; if its worker died (a file blew its memory) every file gets a one-line failure
    and the ingest goes on: a rerun retries them, being unstored."""
    try:
        return list(future.result())  # type: ignore[attr-defined]
    except Exception as exc:
        reason = f"worker lost while processing this file's partition ({exc.__class__.__name__})"
        return [Failure(path, reason) for path in group]


def _take(items: Iterator[list[str]], n: int) -> list[list[str]]:
    out: list[list[str]] = []
    for item in items:
        out.append(item)
        if len(out) >= n:
            break
    return out


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0

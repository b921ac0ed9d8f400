"""The `ingest --workers N / --scheduler tcp://HOST:8786 / --time-limit S` options, as one function the CLI calls."""
from __future__ import annotations

from claimledger.scale.dask_mapper import dask_mapper
from claimledger.scale.timed import available, timed_mapper
from claimledger.store.ingest import Mapper


def ingest_mapper(workers: int = 1, scheduler: str | None = None, time_limit: float | None = None) -> Mapper:
    """Serial for one worker; a Dask LocalCluster of `workers` processes; or an existing cluster.

    `time_limit` (seconds per file, read + extract; None or 0: none) is enforced by a child process that is
    killed when a file goes over it: serially one long-lived child, on Dask one per partition on its worker.
    Without a limit, the serial path runs in this process.
    """
    if scheduler:
        return dask_mapper(scheduler=scheduler, time_limit=time_limit)
    if workers > 1:
        return dask_mapper(workers=workers, time_limit=time_limit)
    if time_limit and available():
        return timed_mapper(time_limit)
    return map

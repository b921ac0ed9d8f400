"""The `ingest --workers N / --scheduler tcp://HOST:8786` options, as one function the CLI calls."""
from __future__ import annotations

from claimledger.scale.dask_mapper import dask_mapper
from claimledger.store.ingest import Mapper


def ingest_mapper(workers: int = 1, scheduler: str | None = None) -> Mapper:
    """Serial in-process for one worker; a Dask LocalCluster of `workers` processes; or an existing cluster."""
    if scheduler:
        return dask_mapper(scheduler=scheduler)
    if workers > 1:
        return dask_mapper(workers=workers)
    return map

"""Scale-out ingest: read and extract on a Dask cluster in coarse partitions, write from the client in batches.

    from claimledger.scale import ingest_mapper, RetryingLedger
    ingest(RetryingLedger(url), paths, mapper=ingest_mapper(workers=4))

`ingest_mapper` returns a `Mapper` for `claimledger.store.ingest.ingest`: the store's ingest still hashes files,
skips stored hashes (resume), writes batches and records the run; only the reading and extraction move to the
cluster. `RetryingLedger` makes concurrent writers (two ingests, a reviewer) safe on one database.
`ingest_mapper(time_limit=60)` / `timed_mapper(60)` put a hard time limit on each file (see `timed.py`).
"""
from claimledger.scale.dask_mapper import dask_mapper
from claimledger.scale.options import ingest_mapper
from claimledger.scale.partition import partition
from claimledger.scale.timed import TimedRunner, timed_mapper
from claimledger.scale.writer import RetryingLedger, add_batch_retrying

__all__ = ["RetryingLedger", "TimedRunner", "add_batch_retrying", "dask_mapper", "ingest_mapper", "partition",
           "timed_mapper"]

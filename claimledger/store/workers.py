"""Run `process_file` on worker processes: a `Mapper` for `ingest(..., mapper=...)`.

Results come back in input order, with a bounded number in flight so memory stays flat on 10,000s of files
and Ctrl-C stops soon. (A Dask cluster can supply a mapper of the same shape: `(process, paths) -> results`.)
"""
from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from claimledger.store.ingest import Mapper, Process, Result

IN_FLIGHT_PER_WORKER = 4


def pool_mapper(workers: int) -> Mapper:
    def mapper(process: Process, paths: Iterable[str]) -> Iterator[Result]:
        pool = ProcessPoolExecutor(max_workers=workers)
        pending: deque[Future[Result]] = deque()
        try:
            for path in paths:
                pending.append(pool.submit(process, path))
                if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:  # on Ctrl-C or an early stop: drop what has not started, do not wait for it
            pool.shutdown(wait=True, cancel_futures=True)

    return mapper

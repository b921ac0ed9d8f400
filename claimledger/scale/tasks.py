"""What runs on a Dask worker: one partition of files through the store's pure `process` function."""
from __future__ import annotations

from claimledger.scale.timed import TimedRunner, available
from claimledger.store.ingest import Failure, Process, Result


def process_partition(process: Process, paths: list[str], time_limit: float | None = None) -> list[Result]:
    """Every file of the partition, each a `Processed` or a `Failure`; one bad file never loses the others.

    With a `time_limit` the files run one by one in a child process of the worker (see `timed.py`), so a file
    that hangs in a C call, or kills its process, is one Failure and the rest of the partition goes on.
    """
    if time_limit and available():
        with TimedRunner(process, time_limit) as runner:
            return list(runner.map(paths))
    results: list[Result] = []
    for path in paths:
        try:
            results.append(process(path))
        except Exception as exc:  # process_file already catches; a custom `process` may not
            results.append(Failure.of_process(path, exc))
    return results

"""What runs on a Dask worker: one partition of files through the store's pure `process` function."""
from __future__ import annotations

from claimledger.store.ingest import Failure, Process, Result


def process_partition(process: Process, paths: list[str]) -> list[Result]:
    """Every file of the partition, each a `Processed` or a `Failure`; one bad file never loses the others."""
    results: list[Result] = []
    for path in paths:
        try:
            results.append(process(path))
        except Exception as exc:  # process_file already catches; a custom `process` may not
            results.append(Failure(path, f"processing failed ({exc.__class__.__name__}: {exc})"))
    return results

"""Group files into coarse partitions: one Dask task per few tens of MB, never one task per small file.

Task overhead on Dask is milliseconds per task plus a round trip of the result; one task per 5 KB file made an
ingest 3x slower than a plain loop here. Partitions are filled in the given order (the ingest's sorted order),
so neighbouring files, often of one source, travel together.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

TARGET_BYTES = 32 * 1024 * 1024  # per partition on a large corpus
MIN_BYTES = 256 * 1024  # below this a task costs more in overhead than it saves
MAX_FILES = 5_000  # a partition of many tiny files still returns its results in bounded time
PARTITIONS_PER_WORKER = 4  # enough tasks that a slow partition does not leave the other workers idle


def target_bytes(total_bytes: int, workers: int) -> int:
    """The partition size: TARGET_BYTES, smaller on a small corpus so every worker gets several partitions."""
    share = total_bytes // max(1, workers * PARTITIONS_PER_WORKER)
    return max(MIN_BYTES, min(TARGET_BYTES, share))


def partition(paths: Sequence[str], sizes: Mapping[str, int], workers: int,
              target: int | None = None, max_files: int = MAX_FILES) -> list[list[str]]:
    """`paths` in order, cut into consecutive groups of about `target` bytes (at most `max_files` each)."""
    limit = target if target is not None else target_bytes(sum(sizes.get(p, 0) for p in paths), workers)
    groups: list[list[str]] = []
    current: list[str] = []
    filled = 0
    for path in paths:
        size = sizes.get(path, 0)
        if current and (filled + size > limit or len(current) >= max_files):
            groups.append(current)
            current, filled = [], 0
        current.append(path)
        filled += size
    if current:
        groups.append(current)
    return groups

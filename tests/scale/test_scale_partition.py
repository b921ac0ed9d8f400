"""Partitions are coarse (tens of MB on a big corpus), keep the input order and split small corpora evenly."""
from __future__ import annotations

from claimledger.scale.partition import MAX_FILES, MIN_BYTES, TARGET_BYTES, partition, target_bytes

MB = 1024 * 1024


def test_a_large_corpus_of_small_files_makes_few_large_partitions() -> None:
    paths = [f"f{i:06d}.txt" for i in range(40_000)]
    sizes = {p: 20_000 for p in paths}  # 800 MB of 20 KB files
    groups = partition(paths, sizes, workers=8)
    assert [p for g in groups for p in g] == paths  # every file once, in order
    limit = target_bytes(800_000_000, 8)
    assert 16 * MB <= limit <= TARGET_BYTES  # tens of MB, yet 4 partitions per worker
    assert all(sum(sizes[p] for p in g) <= limit for g in groups)
    assert len(groups) == -(-len(paths) // (limit // 20_000))  # full partitions except the last
    assert len(groups) < len(paths) / 1000


def test_a_small_corpus_still_gives_every_worker_several_partitions() -> None:
    paths = [f"f{i}.txt" for i in range(400)]
    sizes = {p: 50_000 for p in paths}  # 20 MB
    groups = partition(paths, sizes, workers=2)
    assert 8 <= len(groups) <= 9
    assert target_bytes(20 * MB, 2) < TARGET_BYTES


def test_limits_hold_for_huge_files_tiny_files_and_tiny_corpora() -> None:
    assert partition(["big.pdf", "a.txt"], {"big.pdf": 500 * MB, "a.txt": 10}, workers=4) == [["big.pdf"], ["a.txt"]]
    tiny = [f"t{i}" for i in range(MAX_FILES + 1)]
    groups = partition(tiny, dict.fromkeys(tiny, 1), workers=1)
    assert [len(g) for g in groups] == [MAX_FILES, 1]
    assert target_bytes(1000, 4) == MIN_BYTES
    assert partition([], {}, workers=3) == []

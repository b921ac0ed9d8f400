"""Shared fixtures: where the shared material lives, and skips when it is absent."""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimledger.store.pg import temporary_database

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
CORPORA = SHARED / "corpora"
EXAMPLES = ROOT / "examples"
PG_ENV = "CLAIMLEDGER_TEST_PG"


@pytest.fixture
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is absent")
    return SEEDS


@pytest.fixture
def corpora_dir() -> Path:
    if not CORPORA.is_dir():
        pytest.skip("../shared/corpora is absent")
    return CORPORA


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A PostgreSQL database of its own for one test (random name, dropped afterwards) on the server named by
    $CLAIMLEDGER_TEST_PG; skips with the reason when that variable is unset."""
    server = os.environ.get(PG_ENV)
    if not server:
        pytest.skip(f"{PG_ENV} is not set (CI sets it to a PostgreSQL server URL; see .ci/run)")
    with temporary_database(server, prefix="claimledger_test") as url:
        yield url

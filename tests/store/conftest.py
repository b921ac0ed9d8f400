"""Fixtures for the ledger tests: a fresh SQLite ledger in tmp_path."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from claimledger.store import Ledger


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[Ledger]:
    with Ledger(str(tmp_path / "test.db")) as opened:
        yield opened

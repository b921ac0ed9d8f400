"""Shared fixtures: where the shared material lives, and skips when it is absent."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
CORPORA = SHARED / "corpora"
EXAMPLES = ROOT / "examples"


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

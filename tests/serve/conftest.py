"""Fixtures for the server tests: the example documents (plus hostile ones) ingested once into a tmp ledger,
accounts of each role with API tokens, and a TestClient over https (the cookies are Secure)."""
from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from serve_helpers import EXAMPLES, PASSWORD, build_corpus

from claimledger.serve import create_app, refresh
from claimledger.store import Ledger
from claimledger.store.ingest import ingest
from claimledger.store.reviews import add_user, create_token


@pytest.fixture(scope="session")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A ledger file with the corpus ingested, built once; tests copy it so each starts clean."""
    if not EXAMPLES.is_dir():
        pytest.skip("examples/ is absent")
    folder = tmp_path_factory.mktemp("ledger")
    db = folder / "base.db"
    with Ledger(str(db)) as ledger:
        ingest(ledger, [build_corpus(folder)])
        refresh(ledger)  # once here rather than in every test's app
    return db


@pytest.fixture
def db(ingested: Path, tmp_path: Path) -> str:
    target = tmp_path / "ledger.db"
    shutil.copy(ingested, target)
    return str(target)


@pytest.fixture
def app(db: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[FastAPI]:
    monkeypatch.setenv("CLAIMLEDGER_SECRET", "test-secret-" + "x" * 32)
    application = create_app(db)
    ledger = application.state.ledger
    for name, role in (("rita", "reader"), ("rev", "reviewer"), ("ada", "admin")):
        add_user(ledger, name, role, PASSWORD)
    yield application
    ledger.close()


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app, base_url="https://testserver") as test_client:
        yield test_client


@pytest.fixture
def tokens(app: FastAPI) -> dict[str, str]:
    ledger = app.state.ledger
    return {role: create_token(ledger, name) for role, name in (("reader", "rita"), ("reviewer", "rev"),
                                                                  ("admin", "ada"))}

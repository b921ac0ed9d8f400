"""The server over a PostgreSQL ledger (set CLAIMLEDGER_TEST_PG to a server URL, as .ci/ does; skipped otherwise):
the migration with its views, pages, search without FTS5, and a review."""
from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from serve_helpers import EXAMPLES, bearer
from sqlalchemy import text

from claimledger.serve import create_app
from claimledger.store import Ledger
from claimledger.store.ingest import ingest
from claimledger.store.reviews import add_user, create_token

pytestmark = pytest.mark.postgres



def test_server_on_postgres(pg_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CLAIMLEDGER_SECRET", "pg-secret-" + "p" * 32)
    with Ledger(pg_url) as ledger:
        ingest(ledger, sorted(p for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".html")))
    app = create_app(pg_url)
    add_user(app.state.ledger, "rev", "reviewer", "postgres password")
    token = create_token(app.state.ledger, "rev")
    with TestClient(app, base_url="https://testserver") as client:
        assert client.get("/").status_code == 200
        question = max(client.get("/api/questions", params={"limit": 500}).json()["items"],
                       key=lambda q: q["statements"])
        claim_id = question["verdict"]["figures"][0]["sources"][0]["claim_id"]
        assert client.get(f"/claims/{claim_id}").status_code == 200
        found = client.get("/api/claims", params={"q": "killed", "kind": "figure"}).json()["items"]
        assert found and all("killed" in (c["sentence"] + c["text"]).lower() for c in found)
        assert client.get("/search", params={"q": "Khojaly"}).status_code == 200
        saved = client.post(f"/api/claims/{claim_id}/review", headers=bearer(token),
                            json={"action": "correct", "corrections": {"value": 777}, "note": "pg"})
        assert saved.status_code == 200, saved.text
        with app.state.ledger.engine.connect() as connection:
            shown = connection.execute(text("SELECT value, review_action FROM claims_reviewed WHERE id = :id"),
                                       {"id": claim_id}).one()
            compared = connection.execute(text("SELECT count(*) FROM comparison")).scalar()
        assert tuple(shown) == (777, "correct") and compared
    app.state.ledger.close()

"""The server's small parts on their own: highlighting segments, FTS query quoting, the login limiter, review
corrections, and the CLI commands that create users and tokens."""
from __future__ import annotations

import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimledger.cli import app as cli
from claimledger.serve.auth import LoginLimiter
from claimledger.serve.highlight import segments, snippet_parts
from claimledger.serve.search import fts_query
from claimledger.store import Ledger
from claimledger.store.reviews import ReviewError, clean_corrections, user_for_token, verify_password

TEXT = "The council said 42 people were killed in the Veldora flood."


def claim(claim_id: int, part: str, kind: str = "figure") -> dict[str, object]:
    start = TEXT.index(part)
    return {"id": claim_id, "kind": kind, "start": start, "end": start + len(part)}


def test_segments_cover_the_text_once_with_innermost_claims_first() -> None:
    outer = claim(1, "42 people were killed", "quote")
    inner = claim(2, "42")
    parts = segments(TEXT, [outer, inner])
    assert "".join(p.text for p in parts) == TEXT
    marked = [(p.text, [c["id"] for c in p.claims]) for p in parts if p.claims]
    assert marked == [("42", [2, 1]), (" people were killed", [1])]
    assert [p.anchors for p in parts if p.anchors] == [[1, 2]]


def test_segments_skip_spans_outside_the_text() -> None:
    bad = {"id": 9, "kind": "figure", "start": 50, "end": 500}
    assert [p.text for p in segments(TEXT, [bad])] == [TEXT]


def test_snippet_parts_mark_only_matches() -> None:
    assert snippet_parts("a \x02flood\x03 in <b>") == [("a ", False), ("flood", True), (" in <b>", False)]


@pytest.mark.parametrize(("query", "expected"), [
    ("Veldora flood", '"Veldora" "flood"*'),
    ('x" OR NEAR(a', '"x" "OR" "NEAR" "a"*'),
    ("*** )(", ""),
])
def test_fts_query_quotes_every_word(query: str, expected: str) -> None:
    assert fts_query(query) == expected


def test_login_limiter_blocks_then_forgets() -> None:
    now = [1000.0]
    limiter = LoginLimiter(per_user=3, per_address=5, window=60, clock=lambda: now[0])
    for _ in range(3):
        limiter.failed("Rev", "10.0.0.1")
    assert limiter.blocked("rev", "10.0.0.1") and not limiter.blocked("rev", "10.0.0.2")
    limiter.failed("other", "10.0.0.1")
    limiter.failed("third", "10.0.0.1")
    assert limiter.blocked("newcomer", "10.0.0.1")  # the address limit
    now[0] += 61
    assert not limiter.blocked("rev", "10.0.0.1")


def test_corrections_are_checked() -> None:
    assert clean_corrections({"value": "1,275", "measure": " killed ", "label": ""}) == {"value": 1275,
                                                                                        "measure": "killed"}
    for bad in ({"text": "x"}, {"value": "several"}, {"low": "-3"}, {"high": "inf"}):
        with pytest.raises(ReviewError):
            clean_corrections(bad)


def test_user_and_token_commands(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.db")
    runner = CliRunner()
    added = runner.invoke(cli, ["user", "add", "amira", "--role", "reviewer", "--password-stdin", "--db", db],
                          input="long enough password\n")
    assert added.exit_code == 0, added.output
    twice = runner.invoke(cli, ["user", "add", "amira2", "--role", "reviewer", "--db", db],
                          input="first password\nsecond password\n")
    assert twice.exit_code != 0 and "differ" in twice.output
    wrong_role = runner.invoke(cli, ["user", "add", "x", "--role", "owner", "--password-stdin", "--db", db],
                               input="long enough password\n")
    assert wrong_role.exit_code != 0
    token = runner.invoke(cli, ["token", "create", "amira", "--db", db])
    assert token.exit_code == 0
    with Ledger(db) as ledger:
        assert user_for_token(ledger, token.stdout.strip()) == {"id": 1, "name": "amira", "role": "reviewer"}
        assert verify_password(ledger, "amira", "long enough password") is not None
        assert verify_password(ledger, "amira", "wrong password") is None
    missing = runner.invoke(cli, ["token", "create", "nobody", "--db", db])
    assert missing.exit_code != 0


def test_server_notices_a_new_ingest(db: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """An ingest while the server runs: the next requests see the new document without a restart."""
    from fastapi.testclient import TestClient

    from claimledger.serve import create_app
    from claimledger.store.ingest import ingest

    monkeypatch.setenv("CLAIMLEDGER_SECRET", "fresh-secret-" + "f" * 32)
    monkeypatch.setattr("claimledger.serve.app.STALE_CHECK_SECONDS", 0.0)
    app = create_app(db)
    with TestClient(app, base_url="https://testserver") as client:
        before = client.get("/api/stats").json()["documents"]
        new = tmp_path / "late.txt"
        new.write_text("The fictional Marnholt relief council said 77 people were killed in the storm.\n",
                       encoding="utf-8")
        ingest(app.state.ledger, [new])
        deadline = time.monotonic() + 30
        while client.get("/api/stats").json()["documents"] == before:
            assert time.monotonic() < deadline, "the new ingest was not picked up"
            time.sleep(0.2)
        found = client.get("/api/claims", params={"q": "Marnholt"}).json()["items"]
        assert found and found[0]["text"] == "77"


def test_secret_is_made_once_beside_the_ledger(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from claimledger.serve.auth import SECRET_ENV, load_secret

    monkeypatch.delenv(SECRET_ENV, raising=False)
    url = f"sqlite:///{tmp_path / 'x.db'}"
    first = load_secret(url)
    path = tmp_path / "x.db.secret"
    assert len(first) >= 48 and path.read_text() == first and (path.stat().st_mode & 0o777) == 0o600
    assert load_secret(url) == first
    monkeypatch.setenv(SECRET_ENV, "from the environment")
    assert load_secret(url) == "from the environment"

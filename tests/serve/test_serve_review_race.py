"""Two reviewers send the first review of one claim at the same instant: both decisions are kept in the audit
log, the later one's `before` shows the earlier one's action, and neither request fails. SQLite and PostgreSQL.

A barrier on each connection's first INSERT makes the race certain: both transactions have read "no review yet"
before either writes.
"""
from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from claimledger.model import Claim, Document
from claimledger.store import Ledger
from claimledger.store.reviews import add_user, audit_log, review_claim, reviews_by_key

TEXT = "The governor of Velmora said 212 people were killed in the flooding of the lower town."


@pytest.fixture(params=["sqlite", "postgres"])
def ledger(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Ledger]:
    url = str(tmp_path / "race.db") if request.param == "sqlite" else request.getfixturevalue("pg_url")
    with Ledger(url) as opened:
        yield opened


def _one_claim(ledger: Ledger) -> int:
    doc = Document(path="velmora.txt", text=TEXT, sha256=Document.hash_bytes(TEXT.encode()), format="txt")
    start = TEXT.index("212")
    claim = Claim(doc=doc.path, kind="figure", text="212", start=start, end=start + 3, sentence_start=0,
                  sentence_end=len(TEXT), measure="killed", value=212.0, qualifier="exact", unit="person",
                  attributed_to="the governor of Velmora")
    ledger.add_document(doc, [claim])
    [row] = ledger.claim_rows()
    return int(row["id"])


def _race_on_first_insert(ledger: Ledger, parties: int) -> threading.Barrier:
    """Hold every thread at its transaction's first INSERT until all have got there."""
    barrier = threading.Barrier(parties, timeout=20)
    waited = threading.local()

    def hold(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("INSERT") and not getattr(waited, "done", False):
            waited.done = True
            barrier.wait()

    event.listen(ledger.engine, "before_cursor_execute", hold)
    return barrier


@pytest.mark.parametrize("actions", [("accept", "reject"), ("correct", "accept")])
def test_two_first_reviews_at_once_both_land_in_the_audit_log(ledger: Ledger, actions: tuple[str, str]) -> None:
    claim_id = _one_claim(ledger)
    users = [add_user(ledger, name, "reviewer", "long enough password") for name in ("ana", "bo")]
    _race_on_first_insert(ledger, parties=2)
    entries: list[dict[str, Any]] = []
    errors: list[BaseException] = []

    def review(user: dict[str, Any], action: str) -> None:
        try:
            fields = {"value": 210} if action == "correct" else None
            entries.append(review_claim(ledger, claim_id, action, user, fields, note=f"{user['name']} checked"))
        except BaseException as exc:  # reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=review, args=pair) for pair in zip(users, actions, strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    log = sorted(audit_log(ledger, claim_id), key=lambda e: e["id"])
    assert len(log) == 2 and {e["id"] for e in entries} == {e["id"] for e in log}
    first, second = log
    assert first["before"]["action"] is None
    assert second["before"]["action"] == first["action"]  # the second saw the first: nothing overwritten silently
    assert second["before"]["value"] == first["after"]["value"]
    [state] = reviews_by_key(ledger).values()
    assert (state.action, state.reviewer) == (second["action"], second["user"])
    if first["action"] == "correct":  # a later accept keeps the earlier correction
        assert state.corrections == {"value": 210}

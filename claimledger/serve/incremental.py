"""After a review on a large ledger: recompute only the events the reviewed claim belongs to (before and after a
corrected event), instead of the whole corpus. Origins are then built from those events' claims alone, without
text reuse, so a full `refresh` (after the next ingest, or `POST /api/reindex`) may still group a few sources
differently; the review's effect on its own questions shows at once."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import aliased

from claimledger.model import KINDS, Claim
from claimledger.reconcile import EventNormalizer, build_origins, compare, documents_from_rows
from claimledger.serve.index import REVIEWED, _lock, _relabel, _store_questions, state
from claimledger.store.ledger import Ledger
from claimledger.store.models import ClaimRow, DocumentRow
from claimledger.store.review_models import (
    ComparedEvent,
    ComparedQuestion,
    ComparedQuestionClaim,
    EventClaim,
    EventPlot,
)
from claimledger.store.reviews import overlay, reviews_by_key, row_key


class _Fixed:
    """Names every question's event as the one event being recomputed."""

    def __init__(self, event: str) -> None:
        self.event = event

    def normalize(self, _name: str | None) -> str:
        return self.event


def claim_rows_by_id(ledger: Ledger, ids: Iterable[int]) -> list[dict[str, Any]]:
    """Claim rows of `ids` in the shape of `Ledger.claim_rows` (the Ledger has no query by id yet)."""
    parent = aliased(ClaimRow)
    wanted = sorted(set(ids))
    out: list[dict[str, Any]] = []
    with ledger.session() as session:
        for i in range(0, len(wanted), 500):
            query = (select(*ClaimRow.__table__.c, DocumentRow.path.label("doc"),
                            DocumentRow.title.label("doc_title"), DocumentRow.publisher.label("doc_publisher"),
                            DocumentRow.published.label("doc_published"), DocumentRow.sha256.label("doc_sha256"),
                            DocumentRow.format.label("doc_format"), parent.ordinal.label("parent"))
                     .join(DocumentRow, ClaimRow.document_id == DocumentRow.id)
                     .outerjoin(parent, ClaimRow.parent_id == parent.id)
                     .where(ClaimRow.id.in_(wanted[i:i + 500])))
            for found in session.connection().execute(query).mappings():
                row = {name: found[name] for name in Claim.FIELD_ORDER}
                for name in ("id", "document_id", "ordinal", "parent_id", "sentence", "doc_title", "doc_publisher",
                             "doc_published", "doc_sha256", "doc_format"):
                    row[name] = found[name]
                row["extra"] = dict(found["extra"] or {})
                out.append(row)
    return out


def refresh_claim_events(ledger: Ledger, claim_id: int) -> list[str]:
    """Recompute the stored comparison of the events claim `claim_id` belongs to; returns those events."""
    with ledger.session() as session:
        old = session.scalar(select(EventClaim.event).where(EventClaim.claim_id == claim_id))
        known = list(session.scalars(select(ComparedEvent.name)))
        rule = (state(session, "indexed") or {}).get("rule")
    rows = claim_rows_by_id(ledger, [claim_id])
    if not rows:
        return []
    reviewed = overlay(rows, reviews_by_key(ledger, [row_key(rows[0])]))[0]
    new = EventNormalizer(known).normalize(reviewed["event"]) if reviewed.get("event") else old
    events = [e for e in dict.fromkeys([old, new]) if e]
    with _lock:
        for event in events:
            _refresh_event(ledger, event, claim_id, belongs=(event == new), rule=rule)
    return events


def _refresh_event(ledger: Ledger, event: str, claim_id: int, belongs: bool, rule: str | None) -> None:
    with ledger.session() as session:
        ids = set(session.scalars(select(EventClaim.claim_id).where(EventClaim.event == event)))
    ids = (ids | {claim_id}) if belongs else (ids - {claim_id})
    rows = [{**r, "event": event} for r in claim_rows_by_id(ledger, ids)]
    reviewed = overlay(rows, reviews_by_key(ledger, [row_key(r) for r in rows]))
    kept = [_relabel(r) for r in reviewed if r.get("review") != "reject"]
    origins = build_origins(documents_from_rows(kept), kept)
    scopes = {"all": compare(kept, None, rule, origins=origins),
              "reviewed": compare([r for r in kept if r.get("review") in REVIEWED], None, rule, origins=origins)}
    review_of = {r["id"]: r.get("review") for r in reviewed}
    with ledger.session() as session:
        stale = select(ComparedQuestion.id).where(ComparedQuestion.event == event)
        session.execute(delete(ComparedQuestionClaim).where(ComparedQuestionClaim.question_id.in_(stale)))
        session.execute(delete(ComparedQuestion).where(ComparedQuestion.event == event))
        session.execute(delete(EventPlot).where(EventPlot.event == event))
        _store_questions(session, scopes, _Fixed(event), review_of)
        if belongs:
            session.execute(update(EventClaim).where(EventClaim.claim_id == claim_id).values(event=event))
        counts = Counter(r["kind"] for r in kept)
        stored = session.scalars(select(ComparedEvent).where(ComparedEvent.name == event)).first()
        if stored is None:
            stored = ComparedEvent(name=event)
            session.add(stored)
        stored.claims = {k: counts.get(k, 0) for k in KINDS}
        stored.questions = len(scopes["all"])
        stored.conflicts = sum(1 for v in scopes["all"] if v.status == "conflict")

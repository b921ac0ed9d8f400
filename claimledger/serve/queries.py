"""Read queries the pages and the API share: stored results only (see `index.py`), each a bounded query."""
from __future__ import annotations

from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import defer

from claimledger.errors import NotFound
from claimledger.model import KINDS
from claimledger.reconcile import STATUSES
from claimledger.serve.index import state
from claimledger.store.ledger import Ledger
from claimledger.store.models import ClaimRow, DocumentRow
from claimledger.store.review_models import (
    ComparedEvent,
    ComparedQuestion,
    ComparedQuestionClaim,
    DocumentOrigin,
    EventClaim,
)
from claimledger.store.reviews import overlay, reviews_by_key, row_key

# What makes two non-figure claims "the same claim" in different documents.
SIBLING_FIELD = {"characterization": "label", "recognition": "recognizer", "legal_reference": "instrument",
                 "quote": "speaker"}


def corpus(ledger: Ledger) -> dict[str, Any]:
    with ledger.session() as session:
        stats = state(session, "corpus") or ledger.stats()
        indexed = state(session, "indexed")
        events: list[dict[str, Any]] = [
            {"name": e.name, "claims": e.claims, "total": sum(e.claims.values()), "questions": e.questions,
             "conflicts": e.conflicts} for e in session.scalars(select(ComparedEvent))]
    events.sort(key=lambda e: (-e["total"], e["name"]))
    return {"stats": stats, "indexed": indexed, "events": events}


def documents_page(ledger: Ledger, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
    with ledger.session() as session:
        # the count stored at the last refresh: counting reads every row, texts and all (seconds at 50,000)
        stored = state(session, "corpus")
        total = stored["documents"] if stored else session.scalar(
            select(func.count()).select_from(DocumentRow).where(DocumentRow.is_latest.is_(True)))
        found = session.execute(
            select(DocumentRow.id, DocumentRow.title, DocumentRow.publisher, DocumentRow.published,
                   DocumentRow.path, DocumentRow.format, DocumentRow.sha256, DocumentRow.chars)
            .where(DocumentRow.is_latest.is_(True)).order_by(DocumentRow.id).limit(limit).offset(offset)).mappings()
        docs = [dict(d) for d in found]
        ids = [d["id"] for d in docs]
        counts: dict[int, dict[str, int]] = {}
        if ids:
            for doc_id, kind, n in session.execute(
                    select(ClaimRow.document_id, ClaimRow.kind, func.count()).where(ClaimRow.document_id.in_(ids))
                    .group_by(ClaimRow.document_id, ClaimRow.kind)):
                counts.setdefault(doc_id, {})[kind] = n
    for doc in docs:
        doc["claims"] = {k: counts.get(doc["id"], {}).get(k, 0) for k in KINDS}
    return docs, total or 0


def reviewed_claims(ledger: Ledger, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return overlay(rows, reviews_by_key(ledger, [row_key(r) for r in rows]))


def document_origin(ledger: Ledger, document_id: int) -> dict[str, Any] | None:
    with ledger.session() as session:
        found = session.get(DocumentOrigin, document_id)
        return None if found is None else {"id": found.origin, "name": found.origin_name, **found.family}


def document_view(ledger: Ledger, document_id: int) -> dict[str, Any]:
    document = ledger.document(document_id)
    claims = reviewed_claims(ledger, ledger.claim_rows(document_id=document_id))
    return {"document": document, "claims": claims, "origin": document_origin(ledger, document_id)}


def claim(ledger: Ledger, claim_id: int) -> dict[str, Any]:
    with ledger.session() as session:
        document_id = session.scalar(select(ClaimRow.document_id).where(ClaimRow.id == claim_id))
        event = session.scalar(select(EventClaim.event).where(EventClaim.claim_id == claim_id))
    if document_id is None:
        raise NotFound(f"no claim with id {claim_id}")
    rows = [r for r in ledger.claim_rows(document_id=document_id) if r["id"] == claim_id]
    found = reviewed_claims(ledger, rows)[0]
    found["assigned_event"] = event
    return found


def questions_of_claim(ledger: Ledger, claim_id: int, scope: str = "all") -> list[dict[str, Any]]:
    with ledger.session() as session:
        found = session.scalars(select(ComparedQuestion).join(
            ComparedQuestionClaim, ComparedQuestionClaim.question_id == ComparedQuestion.id)
            .where(ComparedQuestionClaim.claim_id == claim_id, ComparedQuestion.scope == scope))
        return [question_dict(q) for q in found]


def question_dict(q: ComparedQuestion) -> dict[str, Any]:
    return {"id": q.id, "scope": q.scope, "event": q.event, "measure": q.measure, "subgroup": q.subgroup,
            "unit": q.unit, "label": q.label, "status": q.status, "low": q.low, "best": q.best, "high": q.high,
            "rule": q.rule, "independent_origins": q.independent_origins, "statements": q.statements,
            "reviewed": q.reviewed, "verdict": q.verdict, "computed_at": q.computed_at.isoformat(timespec="seconds")}


def questions(ledger: Ledger, scope: str = "all", event: str | None = None, measure: str | None = None,
              status: str | None = None, limit: int = 100, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
    query = select(ComparedQuestion).where(ComparedQuestion.scope == scope)
    if event:
        query = query.where(ComparedQuestion.event == event)
    if measure:
        query = query.where(ComparedQuestion.measure == measure)
    if status:
        query = query.where(ComparedQuestion.status == status)
    with ledger.session() as session:
        total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
        found = session.scalars(query.order_by(ComparedQuestion.event, ComparedQuestion.measure,
                                               ComparedQuestion.id).limit(limit).offset(offset))
        return [question_dict(q) for q in found], total


def question(ledger: Ledger, question_id: int) -> dict[str, Any]:
    with ledger.session() as session:
        found = session.get(ComparedQuestion, question_id)
        if found is None:
            raise NotFound(f"no question with id {question_id}")
        return question_dict(found)


def event_names(ledger: Ledger) -> list[str]:
    with ledger.session() as session:
        return sorted(session.scalars(select(ComparedEvent.name)))


_EVENT_CLAIMS = text(
    "SELECT c.id, c.document_id, c.text, c.sentence, c.label, c.modality, c.applied_to, c.applied_by, "
    "c.attributed_to, c.recognizer, c.recognizer_code, c.stance, c.instrument, c.speaker, "
    "d.title AS doc_title, d.publisher AS doc_publisher, d.published AS doc_published, r.action AS review "
    "FROM event_claims e JOIN claims c ON c.id = e.claim_id JOIN documents d ON d.id = c.document_id "
    "LEFT JOIN reviews r ON r.claim_id = c.id "
    "WHERE e.event = :event AND e.kind = :kind AND (r.action IS NULL OR r.action != 'reject') "
    "ORDER BY c.id LIMIT :limit")


def _shown(q: ComparedQuestion) -> dict[str, Any]:
    """A stored question as the event page needs it: the trimmed verdict, never the full one."""
    return {"id": q.id, "scope": q.scope, "event": q.event, "measure": q.measure, "subgroup": q.subgroup,
            "unit": q.unit, "label": q.label, "status": q.status, "low": q.low, "best": q.best, "high": q.high,
            "rule": q.rule, "independent_origins": q.independent_origins, "statements": q.statements,
            "reviewed": q.reviewed, "display": q.display or {}}


def event_view(ledger: Ledger, name: str, scope: str = "all", limit: int = 60) -> dict[str, Any]:
    with ledger.session() as session:
        event = session.scalars(select(ComparedEvent).where(ComparedEvent.name == name)).first()
        if event is None:
            raise NotFound(f"no event named {name!r}")
        found = session.scalars(select(ComparedQuestion).where(ComparedQuestion.scope == scope,
                                                               ComparedQuestion.event == name)
                                .options(defer(ComparedQuestion.verdict)))
        qs = sorted((_shown(q) for q in found),  # the most pressing questions first
                    key=lambda q: (STATUSES.index(q["status"]) if q["status"] in STATUSES else len(STATUSES),
                                   -q["statements"], q["measure"]))
        info = {"name": event.name, "claims": event.claims, "questions": event.questions,
                "conflicts": event.conflicts}
    with ledger.engine.connect() as connection:
        def claims_of(kind: str) -> list[dict[str, Any]]:
            return [dict(r) for r in connection.execute(_EVENT_CLAIMS, {"event": name, "kind": kind,
                                                                       "limit": limit}).mappings()]
        labels = claims_of("characterization")

        def grouped(kind: str, field: str) -> list[dict[str, Any]]:
            counts = connection.execute(text(_GROUP_COUNTS.format(field=field)), {"event": name, "kind": kind})
            return _group(claims_of(kind), field, {r[0]: (r[1], r[2]) for r in counts})

        recognitions = grouped("recognition", "recognizer")
        instruments = grouped("legal_reference", "instrument")
    return {"event": info, "questions": qs, "labels": labels, "recognitions": recognitions,
            "instruments": instruments, "scope": scope}


# Every claim of a kind counted per named body or instrument (the listed claims are only the first few).
_GROUP_COUNTS = (
    "SELECT COALESCE(c.{field}, c.text), count(*), count(DISTINCT c.document_id) FROM event_claims e "
    "JOIN claims c ON c.id = e.claim_id LEFT JOIN reviews r ON r.claim_id = c.id "
    "WHERE e.event = :event AND e.kind = :kind AND (r.action IS NULL OR r.action != 'reject') "
    "GROUP BY COALESCE(c.{field}, c.text)")


def _group(rows: list[dict[str, Any]], field: str, counts: dict[str, tuple[int, int]],
           shown: int = 12) -> list[dict[str, Any]]:
    """Claims grouped by the body or instrument they name: each group counts claims, never turns them into fact."""
    groups: dict[str, list[dict[str, Any]]] = {name: [] for name in counts}
    for row in rows:
        groups.setdefault(row.get(field) or row.get("text") or "?", []).append(row)
    out = []
    for key, claims in groups.items():
        total, documents = counts.get(key, (len(claims), len({r["document_id"] for r in claims})))
        out.append({"name": key, "claims": claims[:shown], "count": total, "documents": documents,
                    "more": max(0, total - min(len(claims), shown))})
    return sorted(out, key=lambda g: (-g["count"], g["name"]))


def siblings(ledger: Ledger, row: dict[str, Any], limit: int = 20) -> list[dict[str, Any]]:
    """The same claim in other documents: for a figure, the other statements of its question; otherwise the
    claims of the same kind about the same event naming the same label, body, instrument or speaker."""
    if row["kind"] == "figure":
        out = []
        for q in questions_of_claim(ledger, row["id"]):
            for figure in q["verdict"]["figures"]:
                for source in figure["sources"]:
                    if source["claim_id"] != row["id"]:
                        out.append({**source, "figure": figure["figure"], "current": figure["current"],
                                    "question": q["label"]})
        return out[:limit]
    field = SIBLING_FIELD.get(row["kind"])
    value = row.get(field) if field else None
    event = row.get("assigned_event")
    if not field or not value or not event:
        return []
    sql = text(
        f"SELECT c.id, c.document_id, c.text, c.attributed_to, d.title AS doc_title, d.published AS doc_published "
        f"FROM event_claims e JOIN claims c ON c.id = e.claim_id JOIN documents d ON d.id = c.document_id "
        f"WHERE e.event = :event AND e.kind = :kind AND c.{field} = :value AND c.document_id != :doc "
        f"ORDER BY c.id LIMIT :limit")
    with ledger.engine.connect() as connection:
        return [dict(r) for r in connection.execute(sql, {"event": event, "kind": row["kind"], "value": value,
                                                          "doc": row["document_id"], "limit": limit}).mappings()]

"""Compute and store what the pages read: the comparison (all claims, and reviewed claims only), each claim's
event, each document's origin family, the corpus counts and the full-text index.

Run after an ingest (`refresh(ledger)`; the server also runs it when it sees a newer ingest) and after each
review, so no page request ever computes a comparison.
"""
from __future__ import annotations

import logging
import threading
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from claimledger.model import KINDS
from claimledger.reconcile import EventNormalizer, Verdict, build_origins, compare
from claimledger.reconcile.events import assign_events
from claimledger.reconcile.summary import default_rule
from claimledger.serve import search
from claimledger.store.ledger import Ledger
from claimledger.store.models import ClaimRow, DocumentRow, IngestRun, utcnow
from claimledger.store.review_models import (
    ComparedEvent,
    ComparedQuestion,
    ComparedQuestionClaim,
    DocumentOrigin,
    EventClaim,
    EventPlot,
    WebState,
)
from claimledger.store.reviews import overlay, relink, reviews_by_key

REVIEWED = ("accept", "correct")
logger = logging.getLogger(__name__)
_lock = threading.Lock()  # one refresh at a time per process; SQLite serialises writers across processes anyway


def state(session: Session, key: str) -> Any:
    found = session.get(WebState, key)
    return None if found is None else found.value


def set_state(session: Session, key: str, value: Any) -> None:
    found = session.get(WebState, key)
    if found is None:
        session.add(WebState(key=key, value=value))
    else:
        found.value = value


def ingest_marker(ledger: Ledger) -> list[int]:
    """What was ingested so far, cheaply: (last ingest run id, highest document id, documents)."""
    with ledger.session() as session:
        run = session.scalar(select(func.max(IngestRun.id))) or 0
        doc = session.scalar(select(func.max(DocumentRow.id))) or 0
        return [run, doc]


def is_stale(ledger: Ledger) -> bool:
    with ledger.session() as session:
        stored = state(session, "indexed")
    return stored is None or stored.get("marker") != ingest_marker(ledger)


def _load(ledger: Ledger, texts: bool) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rows = ledger.claim_rows()
    documents = ledger.document_rows()
    # texts let reconcile see passages documents share (text reuse)
    for document in documents if texts else ():
        document["text"] = ledger.document(document["id"]).get("text") or ""
    return rows, documents


def refresh(ledger: Ledger, rule: str | None = None, *, reuse: bool = True) -> dict[str, int]:
    """Recompute and store everything the pages read; returns counts of what was stored.

    `reuse=False` skips text-reuse detection between documents (origins then come from attribution and state
    bodies only): the costliest step by far on a large ledger."""
    with _lock:
        marker = ingest_marker(ledger)
        relink(ledger)  # reviews follow their claim's stable key onto re-extracted rows
        rows, documents = _load(ledger, reuse)
        reviewed = overlay(rows, reviews_by_key(ledger))
        kept = [_relabel(r) for r in reviewed if r.get("review") != "reject"]
        rule = rule or default_rule()
        origins = build_origins(documents, kept)
        scopes = {
            "all": compare(kept, documents, rule, origins=origins),
            "reviewed": compare([r for r in kept if r.get("review") in REVIEWED], documents, rule, origins=origins),
        }
        events = assign_events(kept)
        normalizer = EventNormalizer(r.get("event") for r in kept)
        review_of = {r["id"]: r.get("review") for r in reviewed}
        with ledger.session() as session:
            for table in (ComparedQuestionClaim, ComparedQuestion, EventClaim, ComparedEvent, DocumentOrigin,
                          EventPlot):
                session.execute(delete(table))
            questions = _store_questions(session, scopes, normalizer, review_of)
            _store_events(session, kept, events, scopes["all"], normalizer)
            families = origins.families
            doc_origins = [{"document_id": doc_id, "origin": fid, "origin_name": families[fid].name,
                            "family": families[fid].to_dict()}
                           for doc_id, fid in origins.document_origin.items() if fid in families]
            if doc_origins:
                session.execute(insert(DocumentOrigin), doc_origins)
            set_state(session, "corpus", ledger.stats())
            set_state(session, "indexed", {"marker": marker, "at": utcnow().isoformat(timespec="seconds"),
                                           "rule": rule, "claims": len(rows)})
        search.rebuild(ledger)
        return {"claims": len(rows), "questions": questions, "events": len(set(events))}


def _number(value: Any) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def _relabel(row: dict[str, Any]) -> dict[str, Any]:
    """A corrected figure is shown by its corrected numbers in comparisons (reconcile labels a figure by its
    span text, which still reads as the machine saw it); the evidence span itself stays in the claim."""
    machine = row.get("machine") or {}
    if not any(name in machine for name in ("value", "low", "high")):
        return row
    if row.get("value") is not None:
        shown = _number(row["value"])
    else:
        shown = "–".join(_number(row[k]) for k in ("low", "high") if row.get(k) is not None) or row["text"]
    return {**row, "text": f"{shown} (corrected by reviewer)"}


SHOWN_FIGURES = 10
SHOWN_SOURCES = 5
SHOWN_NOTES = 10


def display_verdict(data: dict[str, Any]) -> dict[str, Any]:
    """The verdict as the event page shows it: current figures first, then the most-stated; a few sources each."""
    figures = sorted(data["figures"], key=lambda f: (not f["current"], -len(f["sources"])))
    shown = [{**f, "sources": f["sources"][:SHOWN_SOURCES], "more_sources": max(0, len(f["sources"]) - SHOWN_SOURCES)}
             for f in figures[:SHOWN_FIGURES]]
    return {"figures": shown, "more_figures": max(0, len(figures) - SHOWN_FIGURES),
            "notes": data["notes"][:SHOWN_NOTES], "more_notes": max(0, len(data["notes"]) - SHOWN_NOTES),
            "origins": data["origins"][:20], "more_origins": max(0, len(data["origins"]) - 20),
            "rule_description": data["summary"].get("rule_description", "")}


def _store_questions(session: Session, scopes: dict[str, list[Verdict]], normalizer: EventNormalizer | Any,
                     review_of: dict[Any, str | None]) -> int:
    """Store the verdicts; `normalizer.normalize` names each question's event as the event pages do."""
    count = 0
    for scope, verdicts in scopes.items():
        for verdict in verdicts:
            data = verdict.to_dict()
            claim_ids = {s["claim_id"]: s["origin"] for f in data["figures"] for s in f["sources"]}
            q, summary = verdict.question, verdict.summary
            row = ComparedQuestion(
                scope=scope, event=normalizer.normalize(q.event), measure=q.measure, subgroup=q.subgroup,
                unit=q.unit, label=q.label, status=verdict.status, low=summary.low, best=summary.best,
                high=summary.high, rule=summary.rule, independent_origins=len(verdict.origins),
                statements=len(claim_ids), reviewed=sum(1 for c in claim_ids if review_of.get(c) in REVIEWED),
                verdict=data, display=display_verdict(data), computed_at=utcnow())
            session.add(row)
            session.flush()
            if claim_ids:
                session.execute(insert(ComparedQuestionClaim), [
                    {"question_id": row.id, "claim_id": c, "origin": o} for c, o in claim_ids.items()])
            count += 1
    return count


def _store_events(session: Session, rows: list[dict[str, Any]], events: list[str], verdicts: Iterable[Verdict],
                  normalizer: EventNormalizer) -> None:
    per_event: dict[str, Counter[str]] = defaultdict(Counter)
    links = []
    for row, event in zip(rows, events, strict=True):
        per_event[event][row["kind"]] += 1
        links.append({"claim_id": row["id"], "event": event, "kind": row["kind"]})
    questions: Counter[str] = Counter()
    conflicts: Counter[str] = Counter()
    for verdict in verdicts:
        name = normalizer.normalize(verdict.question.event)
        questions[name] += 1
        conflicts[name] += verdict.status == "conflict"
    for name in set(per_event) | set(questions):
        counts = per_event.get(name, Counter())
        session.add(ComparedEvent(name=name, claims={k: counts.get(k, 0) for k in KINDS},
                                  questions=questions[name], conflicts=conflicts[name]))
    for i in range(0, len(links), 5000):
        session.execute(insert(EventClaim), links[i:i + 5000])


def claim_exists(ledger: Ledger, claim_id: int) -> bool:
    with ledger.session() as session:
        return session.get(ClaimRow, claim_id) is not None


SYNC_LIMIT = 50_000  # up to this many claims a review recomputes everything; beyond, only the claim's events


class Background:
    """Refreshes that run behind the requests: coalesced (one running, at most one more queued)."""

    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger
        self._guard = threading.Lock()
        self._running = False
        self._again = False

    @property
    def busy(self) -> bool:
        return self._running

    def request(self) -> None:
        with self._guard:
            if self._running:
                self._again = True
                return
            self._running = True
        threading.Thread(target=self._loop, daemon=True, name="claimledger-refresh").start()

    def _loop(self) -> None:
        again = True
        while again:
            try:
                refresh(self.ledger)
            except Exception:  # a failed refresh leaves the last stored results; the next request retries
                logger.exception("refreshing the stored comparison failed")
            with self._guard:
                again, self._again = self._again, False
                self._running = again


def after_review(ledger: Ledger, claim_id: int) -> None:
    """Recompute after a review, before answering: everything on a small ledger; on a large one only the
    events of the reviewed claim (see `incremental.py`)."""
    with ledger.session() as session:
        indexed = state(session, "indexed") or {}
    if int(indexed.get("claims", 0)) <= SYNC_LIMIT:
        refresh(ledger)
        return
    from claimledger.serve.incremental import refresh_claim_events

    refresh_claim_events(ledger, claim_id)

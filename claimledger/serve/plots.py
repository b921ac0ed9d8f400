"""The event plot as its own cached image: drawn by reconcile's `plot` from the stored verdicts on first request,
kept in `event_plots` until the next refresh drops it."""
from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import select

from claimledger.errors import NotFound
from claimledger.reconcile import Figure, Question, Statement, Summary, Verdict
from claimledger.reconcile.plot import plot
from claimledger.store.ledger import Ledger
from claimledger.store.models import utcnow
from claimledger.store.review_models import ComparedEvent, ComparedQuestion, EventPlot

SUMMARY_FIELDS = ("low", "best", "high", "rule", "rule_description", "low_from", "best_from", "high_from", "inputs")


def verdict_from_dict(data: dict[str, Any]) -> Verdict:
    """A Verdict rebuilt from its stored `to_dict()`, enough for drawing (each statement gets its figure's bounds)."""
    q = data["question"]
    figures = []
    for f in data["figures"]:
        statements = [Statement(claim_id=s["claim_id"], document_id=s["document_id"], text=s["text"] or "",
                                value=f["value"], low=f["low"], high=f["high"], qualifier=f["qualifier"],
                                speaker=s["speaker"] or "?", own_voice=bool(s["own_voice"]), date=s["date"],
                                origin=s["origin"]) for s in f["sources"]]
        if statements:
            figures.append(Figure(statements, current=bool(f["current"])))
    summary = Summary(**{k: data["summary"].get(k) for k in SUMMARY_FIELDS})
    return Verdict(Question(q["event"], q["measure"], q["subgroup"], q["unit"]), data["status"], figures, summary)


def event_plot(ledger: Ledger, event: str, scope: str) -> tuple[str, str]:
    """(SVG text, etag) of the event's plot in `scope`, drawn once and then read from the ledger."""
    with ledger.session() as session:
        cached = session.get(EventPlot, (event, scope))
        if cached is not None:
            return cached.svg, hashlib.sha256(cached.svg.encode()).hexdigest()[:16]
        if session.scalar(select(ComparedEvent.id).where(ComparedEvent.name == event)) is None:
            raise NotFound(f"no event named {event!r}")
        stored = list(session.scalars(select(ComparedQuestion.verdict).where(
            ComparedQuestion.scope == scope, ComparedQuestion.event == event).order_by(ComparedQuestion.id)))
    verdicts = [verdict_from_dict(v) for v in stored]
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "plot.svg"
        plot(verdicts, target, title=f"{event}: figures by source and date (each is its source's claim)")
        svg = target.read_text(encoding="utf-8")
    with ledger.session() as session:
        if session.get(EventPlot, (event, scope)) is None:
            session.add(EventPlot(event=event, scope=scope, svg=svg, created_at=utcnow()))
    return svg, hashlib.sha256(svg.encode()).hexdigest()[:16]

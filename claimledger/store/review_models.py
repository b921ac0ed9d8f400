"""Tables of the review server: accounts, API tokens, reviews overlaid on claims, the audit log, and the stored
results the pages read (comparisons, origins, event membership), so no page computes a comparison per request.

On the shared `Base`, so the ledger's metadata (and Alembic's comparison of it) includes them once imported.
Created by the migration `web_0002_reviews.py`.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from claimledger.store.models import Base, utcnow

ROLES: tuple[str, ...] = ("reader", "reviewer", "admin")
ACTIONS: tuple[str, ...] = ("accept", "reject", "correct")
SCOPES: tuple[str, ...] = ("all", "reviewed")  # a comparison over every claim, or over reviewed claims only


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))  # reader | reviewer | admin
    password_hash: Mapped[str | None] = mapped_column(Text)  # argon2; None for a token-only account
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)


class ApiToken(Base):
    """An API token; only its SHA-256 is stored, so a stolen database yields no usable token."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(12))  # shown in listings to tell tokens apart
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Review(Base):
    """A reviewer's decision on one claim, keyed by the claim's stable identity (document sha256, kind, start,
    end) so it survives re-ingesting and re-extracting; `claim_id` is relinked to the current row."""

    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claim_key: Mapped[str] = mapped_column(String(128), unique=True)
    document_sha256: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(32))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claims.id", ondelete="SET NULL"), index=True)
    action: Mapped[str] = mapped_column(String(16))  # accept | reject | correct
    corrections: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # field -> corrected value
    note: Mapped[str | None] = mapped_column(Text)
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    reviewer: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class AuditEntry(Base):
    """Every change a reviewer makes: who, when, the claim as it read before and after, and the note."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    user_name: Mapped[str] = mapped_column(String(64))
    claim_key: Mapped[str] = mapped_column(String(128), index=True)
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claims.id", ondelete="SET NULL"), index=True)
    action: Mapped[str] = mapped_column(String(16))
    before: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    after: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    note: Mapped[str | None] = mapped_column(Text)


class ComparedQuestion(Base):
    """One question of the stored comparison (reconcile's verdict), per scope."""

    __tablename__ = "compared_questions"
    __table_args__ = (Index("ix_compared_questions_scope_event", "scope", "event"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scope: Mapped[str] = mapped_column(String(16))
    event: Mapped[str] = mapped_column(Text)
    measure: Mapped[str] = mapped_column(String(32))
    subgroup: Mapped[str | None] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(Text)
    label: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(32))
    low: Mapped[float | None] = mapped_column(Float)
    best: Mapped[float | None] = mapped_column(Float)
    high: Mapped[float | None] = mapped_column(Float)
    rule: Mapped[str] = mapped_column(String(32))
    independent_origins: Mapped[int] = mapped_column(Integer)
    statements: Mapped[int] = mapped_column(Integer)
    reviewed: Mapped[int] = mapped_column(Integer)  # statements whose claim a reviewer accepted or corrected
    verdict: Mapped[dict[str, Any]] = mapped_column(JSON)  # Verdict.to_dict(), as reconcile produced it
    # the verdict trimmed for the event page: the most-stated figures, a few sources each, with counts of the rest
    display: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    computed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ComparedQuestionClaim(Base):
    """Which claims answer a stored question (for siblings and the claim page)."""

    __tablename__ = "compared_question_claims"

    question_id: Mapped[int] = mapped_column(ForeignKey("compared_questions.id", ondelete="CASCADE"),
                                             primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True, index=True)
    origin: Mapped[str | None] = mapped_column(String(32))


class ComparedEvent(Base):
    """One event as the comparison names it: its claim counts, questions and conflicts, for the overview."""

    __tablename__ = "compared_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    claims: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)  # kind -> count
    questions: Mapped[int] = mapped_column(Integer, default=0)
    conflicts: Mapped[int] = mapped_column(Integer, default=0)


class EventClaim(Base):
    """The event reconcile assigns to each claim (its own name folded, or the one its sentence/document names)."""

    __tablename__ = "event_claims"
    __table_args__ = (Index("ix_event_claims_event_kind", "event", "kind"),)

    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True)
    event: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(32))


class DocumentOrigin(Base):
    """The origin family of each document, as of the last comparison."""

    __tablename__ = "document_origins"

    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    origin: Mapped[str] = mapped_column(String(32), index=True)
    origin_name: Mapped[str] = mapped_column(Text)
    family: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # OriginFamily.to_dict()


class WebState(Base):
    """Small key/value facts of the server: what was indexed last, the stored corpus counts."""

    __tablename__ = "web_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class EventPlot(Base):
    """The cached plot of an event's figures; dropped whenever the event's comparison is recomputed."""

    __tablename__ = "event_plots"

    event: Mapped[str] = mapped_column(Text, primary_key=True)
    scope: Mapped[str] = mapped_column(String(16), primary_key=True)
    svg: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

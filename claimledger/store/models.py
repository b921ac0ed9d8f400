"""The ledger's tables as typed SQLAlchemy models: documents, their claims, and the ingest runs.

Portable on purpose (SQLite and PostgreSQL): generic column types, JSON through `sqlalchemy.JSON`, and no
dialect-specific SQL. Every change to these models ships as a new Alembic revision in `migrations/versions/`;
the test suite checks that the head revision builds exactly this schema.

Tables later issues add through their own migrations (names reserved here so nobody takes them):
  - `reviews` and `audit_log`: a reviewer's corrections to a claim, kept beside the machine's original row,
    which is never overwritten;
  - `users` and `tokens`: accounts and API tokens of the review server;
  - `questions`, `question_claims`, `origins`: reconciliation results (which claims answer the same
    question, and where a figure first appeared);
  - full-text search: an FTS5 table over documents/claims on SQLite, a tsvector column + GIN index on
    PostgreSQL.
"""
from __future__ import annotations

import importlib
import pkgutil
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, Float, ForeignKey, Index, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Stable constraint names, so later migrations can alter constraints by name on every backend.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def all_metadata() -> MetaData:
    """The metadata of every table: imports each `*models` module of this package (review_models, ...) so
    Alembic and the schema test see the tables later issues add, without this file listing them."""
    package = __name__.rsplit(".", 1)[0]
    for module in pkgutil.iter_modules(importlib.import_module(package).__path__):
        if module.name.endswith("models"):
            importlib.import_module(f"{package}.{module.name}")
    return Base.metadata


class DocumentRow(Base):
    """One read document (one version of one file): its metadata and the plain text claim offsets index."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    path: Mapped[str] = mapped_column(Text)  # as given by the user
    # The absolute path, so a changed file is recognised as a new version whatever directory ingest ran from.
    resolved_path: Mapped[str | None] = mapped_column(Text, index=True)
    format: Mapped[str] = mapped_column(String(16))
    title: Mapped[str | None] = mapped_column(Text)
    publisher: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(10))  # ISO date, possibly partial (YYYY or YYYY-MM)
    url: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    chars: Mapped[int] = mapped_column(Integer)
    warnings: Mapped[list[str]] = mapped_column(JSON, default=list)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    version_of: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))  # the version this one replaces
    is_latest: Mapped[bool] = mapped_column(Boolean, default=True)

    claims: Mapped[list[ClaimRow]] = relationship(back_populates="document", order_by="ClaimRow.ordinal")


class ClaimRow(Base):
    """One extracted claim, as the machine produced it (reviews go to their own table, never here)."""

    __tablename__ = "claims"
    __table_args__ = (
        Index("ix_claims_kind_measure_event", "kind", "measure", "event"),
        Index("ix_claims_document_id_ordinal", "document_id", "ordinal", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    ordinal: Mapped[int] = mapped_column(Integer)  # position in the document's `extract` output
    kind: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    sentence_start: Mapped[int] = mapped_column(Integer)
    sentence_end: Mapped[int] = mapped_column(Integer)
    sentence: Mapped[str] = mapped_column(Text)  # denormalised for display: text[sentence_start:sentence_end]
    attributed_to: Mapped[str | None] = mapped_column(Text)
    attribution_text: Mapped[str | None] = mapped_column(Text)
    attribution_start: Mapped[int | None] = mapped_column(Integer)
    event: Mapped[str | None] = mapped_column(Text)
    measure: Mapped[str | None] = mapped_column(String(32))
    value: Mapped[float | None] = mapped_column(Float)
    low: Mapped[float | None] = mapped_column(Float)
    high: Mapped[float | None] = mapped_column(Float)
    qualifier: Mapped[str | None] = mapped_column(String(16))
    unit: Mapped[str | None] = mapped_column(Text)
    subgroup: Mapped[str | None] = mapped_column(Text)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("claims.id", ondelete="SET NULL"))
    label: Mapped[str | None] = mapped_column(Text)
    modality: Mapped[str | None] = mapped_column(String(16))
    applied_to: Mapped[str | None] = mapped_column(Text)
    applied_by: Mapped[str | None] = mapped_column(Text)
    recognizer: Mapped[str | None] = mapped_column(Text)
    recognizer_code: Mapped[str | None] = mapped_column(String(16))
    stance: Mapped[str | None] = mapped_column(String(32))
    instrument: Mapped[str | None] = mapped_column(Text)
    speaker: Mapped[str | None] = mapped_column(Text)
    via: Mapped[str | None] = mapped_column(Text)
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    extractor_version: Mapped[str | None] = mapped_column(String(32))

    document: Mapped[DocumentRow] = relationship(back_populates="claims")


class IngestRun(Base):
    """One `claimledger ingest` run: what it was given, what it stored, what failed and how it ended."""

    __tablename__ = "ingest_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    paths: Mapped[list[str]] = mapped_column(JSON, default=list)
    documents_added: Mapped[int] = mapped_column(Integer, default=0)
    documents_skipped: Mapped[int] = mapped_column(Integer, default=0)  # already stored (same content hash)
    claims_added: Mapped[int] = mapped_column(Integer, default=0)
    # [{"path": ..., "reason": ...}]: few per run, so a JSON column rather than a table of its own
    failures: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(16), default="running")  # running | done | interrupted | failed

"""Full-text search on PostgreSQL: a generated `tsvector` column on claims (claim text + sentence) and on
documents (title + text), each with a GIN index, read by `claimledger.serve.search`. SQLite keeps its FTS5
tables (built on demand by the search module), so this revision does nothing there.

The 'simple' configuration lowercases without stemming or stop words: names of people and places in any
language stay searchable as written, and no language is favoured. Document text is cut at DOC_CHARS before
indexing because a tsvector is capped at 1 MB and an over-long book would otherwise fail its insert.

Revision ID: web_0004
Revises: web_0003
Create Date: 2026-11-23
"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "web_0004"
down_revision: str | None = "web_0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DOC_CHARS = 400_000

UPGRADE = (
    "ALTER TABLE claims ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', "
    "coalesce(text, '') || ' ' || coalesce(sentence, ''))) STORED",
    "CREATE INDEX ix_claims_search_vector ON claims USING gin (search_vector)",
    "ALTER TABLE documents ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', "
    f"coalesce(title, '') || ' ' || left(coalesce(text, ''), {DOC_CHARS}))) STORED",
    "CREATE INDEX ix_documents_search_vector ON documents USING gin (search_vector)",
)
DOWNGRADE = (
    "DROP INDEX IF EXISTS ix_documents_search_vector",
    "ALTER TABLE documents DROP COLUMN IF EXISTS search_vector",
    "DROP INDEX IF EXISTS ix_claims_search_vector",
    "ALTER TABLE claims DROP COLUMN IF EXISTS search_vector",
)


def _postgres() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    if _postgres():
        for statement in UPGRADE:
            op.execute(statement)


def downgrade() -> None:
    if _postgres():
        for statement in DOWNGRADE:
            op.execute(statement)

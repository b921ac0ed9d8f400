"""A trimmed copy of each stored verdict for the event page (the most-cited figures and a few sources each), so a
question with hundreds of statements renders fast; the full verdict stays in `verdict` for the API and exports.

Revision ID: web_0003
Revises: web_0002
Create Date: 2026-11-23
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "web_0003"
down_revision: str | None = "web_0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# The `comparison` view reads compared_questions; SQLite cannot rebuild a table a view depends on.
COMPARISON_VIEW = """CREATE VIEW comparison AS
SELECT q.scope, q.event, q.label AS question, q.measure, q.subgroup, q.unit, q.status, q.low, q.best, q.high,
  q.rule, q.independent_origins, q.reviewed, c.id AS claim_id, c.text AS claim_text, c.attributed_to,
  qc.origin, d.id AS document_id, d.title AS document_title, d.published AS document_published
FROM compared_questions q JOIN compared_question_claims qc ON qc.question_id = q.id
JOIN claims c ON c.id = qc.claim_id JOIN documents d ON d.id = c.document_id"""


def upgrade() -> None:
    op.add_column("compared_questions", sa.Column("display", sa.JSON(), nullable=True))  # plain ALTER everywhere


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS comparison")
    with op.batch_alter_table("compared_questions") as batch:
        batch.drop_column("display")
    op.execute(COMPARISON_VIEW)

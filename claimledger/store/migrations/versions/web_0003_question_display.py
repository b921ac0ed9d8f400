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


def upgrade() -> None:
    with op.batch_alter_table("compared_questions") as batch:
        batch.add_column(sa.Column("display", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("compared_questions") as batch:
        batch.drop_column("display")

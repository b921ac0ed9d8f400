"""The review server's tables (users, api_tokens, reviews, audit_log), the stored comparison the pages read
(compared_events, compared_questions, compared_question_claims, event_claims, document_origins, event_plots,
web_state) and two views for Datasette: `claims_reviewed` (each claim with its review overlaid) and `comparison`
(each stored question with the claims that answer it).

The full-text tables (FTS5, SQLite only) are not created here: `claimledger.serve.search.rebuild` creates and
fills them on demand, so the migrated schema stays exactly what the models describe.

Revision ID: web_0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "web_0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Fields a reviewer may correct; the view shows the corrected value where there is one.
CORRECTABLE = ("measure", "value", "low", "high", "qualifier", "subgroup", "attributed_to", "event", "label", "stance")


def _corrected(column: str, dialect: str) -> str:
    if dialect == "postgresql":
        picked = f"(r.corrections ->> '{column}')"
        if column in ("value", "low", "high"):
            picked = f"CAST({picked} AS DOUBLE PRECISION)"
    else:
        picked = f"json_extract(r.corrections, '$.{column}')"
    return f'COALESCE({picked}, c."{column}") AS "{column}"'


def _views(dialect: str) -> list[str]:
    corrected = ",\n  ".join(_corrected(column, dialect) for column in CORRECTABLE)
    return [
        f"""CREATE VIEW claims_reviewed AS
SELECT c.id, c.document_id, d.title AS document_title, d.publisher AS document_publisher, c.kind, c.text,
  c.sentence, {corrected},
  r.action AS review_action, r.reviewer, r.note AS review_note, r.updated_at AS reviewed_at
FROM claims c JOIN documents d ON d.id = c.document_id LEFT JOIN reviews r ON r.claim_id = c.id""",
        """CREATE VIEW comparison AS
SELECT q.scope, q.event, q.label AS question, q.measure, q.subgroup, q.unit, q.status, q.low, q.best, q.high,
  q.rule, q.independent_origins, q.reviewed, c.id AS claim_id, c.text AS claim_text, c.attributed_to,
  qc.origin, d.id AS document_id, d.title AS document_title, d.published AS document_published
FROM compared_questions q JOIN compared_question_claims qc ON qc.question_id = q.id
JOIN claims c ON c.id = qc.claim_id JOIN documents d ON d.id = c.document_id""",
    ]


def upgrade() -> None:
    op.create_table(
        "compared_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("claims", sa.JSON(), nullable=False),
        sa.Column("questions", sa.Integer(), nullable=False),
        sa.Column("conflicts", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_compared_events")),
        sa.UniqueConstraint("name", name=op.f("uq_compared_events_name")),
    )
    op.create_table(
        "compared_questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scope", sa.String(length=16), nullable=False),
        sa.Column("event", sa.Text(), nullable=False),
        sa.Column("measure", sa.String(length=32), nullable=False),
        sa.Column("subgroup", sa.Text(), nullable=True),
        sa.Column("unit", sa.Text(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("low", sa.Float(), nullable=True),
        sa.Column("best", sa.Float(), nullable=True),
        sa.Column("high", sa.Float(), nullable=True),
        sa.Column("rule", sa.String(length=32), nullable=False),
        sa.Column("independent_origins", sa.Integer(), nullable=False),
        sa.Column("statements", sa.Integer(), nullable=False),
        sa.Column("reviewed", sa.Integer(), nullable=False),
        sa.Column("verdict", sa.JSON(), nullable=False),
        sa.Column("computed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_compared_questions")),
    )
    op.create_index("ix_compared_questions_scope_event", "compared_questions", ["scope", "event"], unique=False)
    op.create_table(
        "event_plots",
        sa.Column("event", sa.Text(), nullable=False),
        sa.Column("scope", sa.String(length=16), nullable=False),
        sa.Column("svg", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("event", "scope", name=op.f("pk_event_plots")),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("name", name=op.f("uq_users_name")),
    )
    op.create_table(
        "web_state",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_web_state")),
    )
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("prefix", sa.String(length=12), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_used_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_api_tokens_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_tokens")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_api_tokens_token_hash")),
    )
    op.create_index(op.f("ix_api_tokens_user_id"), "api_tokens", ["user_id"], unique=False)
    op.create_table(
        "document_origins",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("origin_name", sa.Text(), nullable=False),
        sa.Column("family", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_document_origins_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("document_id", name=op.f("pk_document_origins")),
    )
    op.create_index(op.f("ix_document_origins_origin"), "document_origins", ["origin"], unique=False)
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("user_name", sa.String(length=64), nullable=False),
        sa.Column("claim_key", sa.String(length=128), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("before", sa.JSON(), nullable=False),
        sa.Column("after", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claims.id"], name=op.f("fk_audit_log_claim_id_claims"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_audit_log_user_id_users"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_index(op.f("ix_audit_log_claim_id"), "audit_log", ["claim_id"], unique=False)
    op.create_index(op.f("ix_audit_log_claim_key"), "audit_log", ["claim_key"], unique=False)
    op.create_table(
        "compared_question_claims",
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claims.id"], name=op.f("fk_compared_question_claims_claim_id_claims"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["compared_questions.id"],
            name=op.f("fk_compared_question_claims_question_id_compared_questions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("question_id", "claim_id", name=op.f("pk_compared_question_claims")),
    )
    op.create_index(
        op.f("ix_compared_question_claims_claim_id"), "compared_question_claims", ["claim_id"], unique=False
    )
    op.create_table(
        "event_claims",
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("event", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claims.id"], name=op.f("fk_event_claims_claim_id_claims"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("claim_id", name=op.f("pk_event_claims")),
    )
    op.create_index("ix_event_claims_event_kind", "event_claims", ["event", "kind"], unique=False)
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_key", sa.String(length=128), nullable=False),
        sa.Column("document_sha256", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("corrections", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("reviewer_id", sa.Integer(), nullable=True),
        sa.Column("reviewer", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claims.id"], name=op.f("fk_reviews_claim_id_claims"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["reviewer_id"], ["users.id"], name=op.f("fk_reviews_reviewer_id_users"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reviews")),
        sa.UniqueConstraint("claim_key", name=op.f("uq_reviews_claim_key")),
    )
    op.create_index(op.f("ix_reviews_claim_id"), "reviews", ["claim_id"], unique=False)

    for statement in _views(op.get_bind().dialect.name):
        op.execute(statement)


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS comparison")
    op.execute("DROP VIEW IF EXISTS claims_reviewed")
    op.drop_index(op.f("ix_reviews_claim_id"), table_name="reviews")
    op.drop_table("reviews")
    op.drop_index("ix_event_claims_event_kind", table_name="event_claims")
    op.drop_table("event_claims")
    op.drop_index(op.f("ix_compared_question_claims_claim_id"), table_name="compared_question_claims")
    op.drop_table("compared_question_claims")
    op.drop_index(op.f("ix_audit_log_claim_key"), table_name="audit_log")
    op.drop_index(op.f("ix_audit_log_claim_id"), table_name="audit_log")
    op.drop_table("audit_log")
    op.drop_index(op.f("ix_document_origins_origin"), table_name="document_origins")
    op.drop_table("document_origins")
    op.drop_index(op.f("ix_api_tokens_user_id"), table_name="api_tokens")
    op.drop_table("api_tokens")
    op.drop_table("web_state")
    op.drop_table("users")
    op.drop_table("event_plots")
    op.drop_index("ix_compared_questions_scope_event", table_name="compared_questions")
    op.drop_table("compared_questions")
    op.drop_table("compared_events")

"""Search across documents and claims: SQLite FTS5 (external-content tables over `documents` and `claims`,
created and filled on demand by `rebuild`), PostgreSQL's own full-text engine (the generated `search_vector`
columns and GIN indexes of migration web_0004), and a LIKE scan on other databases.

Filters narrow the claims by kind, event (as the comparison assigns it), measure, source (who states the claim
or publishes its document) and review state. Results come newest first: ranking by bm25 scores every match
(0.7 s for a common word over a million claims), while rowid order stops at the page's last row. On PostgreSQL
results are ranked by `ts_rank` (newest first among equal ranks).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

from claimledger.store.ledger import Ledger

REVIEW_STATES = ("reviewed", "unreviewed", "accept", "reject", "correct")
_WORD = re.compile(r"\w[\w'’-]*", re.UNICODE)

FTS_TABLES = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS claims_fts USING fts5("
    "text, sentence, attributed_to, label, speaker, content='claims', content_rowid='id')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5("
    "title, publisher, author, text, content='documents', content_rowid='id')",
)


# ts_headline options matching the SQLite snippet(): the same marker characters, separator and length.
HEADLINE = ('StartSel="\x02", StopSel="\x03", MaxWords=16, MinWords=6, MaxFragments=2, '
            'FragmentDelimiter=" … "')
# The prefix of a document's text that migration web_0004 indexes; snippets come from the same prefix, which
# also keeps ts_headline fast on book-length documents.
PG_INDEXED_CHARS = 400_000


def is_sqlite(ledger: Ledger) -> bool:
    return ledger.engine.dialect.name == "sqlite"


def is_postgres(ledger: Ledger) -> bool:
    return ledger.engine.dialect.name == "postgresql"


def rebuild(ledger: Ledger) -> None:
    """Create the FTS5 tables if needed and rebuild them from `documents` and `claims` (SQLite only)."""
    if not is_sqlite(ledger):
        return
    with ledger.engine.begin() as connection:
        for statement in FTS_TABLES:
            connection.execute(text(statement))
        connection.execute(text("INSERT INTO claims_fts(claims_fts) VALUES('rebuild')"))
        connection.execute(text("INSERT INTO documents_fts(documents_fts) VALUES('rebuild')"))


def fts_query(query: str) -> str:
    """The user's words as an FTS5 query: each word quoted (so no FTS syntax gets through), all required,
    the last one as a prefix so results come while typing."""
    words = _WORD.findall(query)[:20]
    if not words:
        return ""
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def pg_query(query: str, params: dict[str, Any]) -> str:
    """SQL for the user's words as a PostgreSQL tsquery, filling `params`; "" when there are no words.
    As with FTS5: all words required, the last as a prefix. The words travel as bound parameters: the leading
    ones through plainto_tsquery (which reads no operators), the last one quoted as a single lexeme."""
    words = _WORD.findall(query)[:20]
    if not words:
        return ""
    params["ts_last"] = "'" + words[-1].replace("'", "''") + "':*"
    tsquery = "to_tsquery('simple', :ts_last)"
    if len(words) > 1:
        params["ts_head"] = " ".join(words[:-1])
        tsquery = f"(plainto_tsquery('simple', :ts_head) && {tsquery})"
    return tsquery


@dataclass(frozen=True)
class Filters:
    kind: str | None = None
    event: str | None = None
    measure: str | None = None
    source: str | None = None
    review: str | None = None


def _claim_filters(filters: Filters, params: dict[str, Any]) -> list[str]:
    where = []
    if filters.kind:
        where.append("c.kind = :kind")
        params["kind"] = filters.kind
    if filters.measure:
        where.append("c.measure = :measure")
        params["measure"] = filters.measure
    if filters.event:
        where.append("c.id IN (SELECT claim_id FROM event_claims WHERE event = :event)")
        params["event"] = filters.event
    if filters.source:
        where.append("(lower(c.attributed_to) LIKE :source OR lower(c.speaker) LIKE :source "
                     "OR lower(d.publisher) LIKE :source)")
        params["source"] = f"%{filters.source.lower()}%"
    if filters.review == "reviewed":
        where.append("r.action IN ('accept', 'correct')")
    elif filters.review == "unreviewed":
        where.append("r.action IS NULL")
    elif filters.review in ("accept", "reject", "correct"):
        where.append("r.action = :review")
        params["review"] = filters.review
    return where


CLAIM_COLUMNS = ("c.id, c.document_id, c.kind, c.text, c.sentence, c.attributed_to, c.event, c.measure, c.value, "
                 "c.low, c.high, c.label, c.speaker, d.title AS doc_title, d.publisher AS doc_publisher, "
                 "r.action AS review")


def search_claims(ledger: Ledger, query: str, filters: Filters, limit: int = 50, offset: int = 0,
                  ) -> list[dict[str, Any]]:
    params: dict[str, Any] = {"limit": limit, "offset": offset}
    where = _claim_filters(filters, params)
    match = fts_query(query)
    joins = "JOIN documents d ON d.id = c.document_id LEFT JOIN reviews r ON r.claim_id = c.id"
    tsquery = pg_query(query, params) if is_postgres(ledger) else ""
    if match and is_sqlite(ledger):
        params["match"] = match
        sql = (f"SELECT {CLAIM_COLUMNS} FROM claims_fts f JOIN claims c ON c.id = f.rowid {joins} "
               f"WHERE claims_fts MATCH :match AND d.is_latest {''.join(' AND ' + w for w in where)} "
               "ORDER BY f.rowid DESC LIMIT :limit OFFSET :offset")
    elif tsquery:
        sql = (f"SELECT {CLAIM_COLUMNS} FROM claims c {joins} CROSS JOIN (SELECT {tsquery} AS query) q "
               f"WHERE c.search_vector @@ q.query AND d.is_latest{''.join(' AND ' + w for w in where)} "
               "ORDER BY ts_rank(c.search_vector, q.query) DESC, c.id DESC LIMIT :limit OFFSET :offset")
    else:
        if query.strip():
            where.append("(lower(c.text) LIKE :like OR lower(c.sentence) LIKE :like)")
            params["like"] = f"%{query.strip().lower()}%"
        sql = (f"SELECT {CLAIM_COLUMNS} FROM claims c {joins} WHERE d.is_latest = :latest"
               f"{''.join(' AND ' + w for w in where)} ORDER BY c.id LIMIT :limit OFFSET :offset")
        params["latest"] = True
    with ledger.engine.connect() as connection:
        return [dict(r) for r in connection.execute(text(sql), params).mappings()]


def search_documents(ledger: Ledger, query: str, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
    match = fts_query(query)
    if not match:
        return []
    params: dict[str, Any] = {"limit": limit, "offset": offset}
    if is_sqlite(ledger):
        params["match"] = match
        sql = ("SELECT d.id, d.title, d.publisher, d.published, d.path, "
               "snippet(documents_fts, 3, '\x02', '\x03', ' … ', 16) AS snippet FROM documents_fts f "
               "JOIN documents d ON d.id = f.rowid WHERE documents_fts MATCH :match AND d.is_latest "
               "ORDER BY f.rowid DESC LIMIT :limit OFFSET :offset")
    elif is_postgres(ledger):
        params["headline"] = HEADLINE
        tsquery = pg_query(query, params)
        sql = ("SELECT d.id, d.title, d.publisher, d.published, d.path, "
               f"ts_headline('simple', left(d.text, {PG_INDEXED_CHARS}), q.query, :headline) AS snippet "
               f"FROM documents d CROSS JOIN (SELECT {tsquery} AS query) q "
               "WHERE d.search_vector @@ q.query AND d.is_latest "
               "ORDER BY ts_rank(d.search_vector, q.query) DESC, d.id DESC LIMIT :limit OFFSET :offset")
    else:
        params["like"] = f"%{query.strip().lower()}%"
        sql = ("SELECT d.id, d.title, d.publisher, d.published, d.path, NULL AS snippet FROM documents d "
               "WHERE d.is_latest AND (lower(d.title) LIKE :like OR lower(d.text) LIKE :like) ORDER BY d.id "
               "LIMIT :limit OFFSET :offset")
    with ledger.engine.connect() as connection:
        return [dict(r) for r in connection.execute(text(sql), params).mappings()]

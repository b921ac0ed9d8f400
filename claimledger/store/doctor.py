"""`diagnose(url)`: check a ledger and say what is wrong and how to fix it.

Checks: the database's own integrity (SQLite `integrity_check`; on PostgreSQL invalid or
corrupt indexes), the schema revision, orphaned rows behind every foreign key of every table (reflected, so
tables later migrations add are covered), duplicate content hashes, and every claim's offsets against its
document's stored text (`text[start:end] == claim text`, `text[sentence_start:sentence_end] == sentence`).
Reads only; never changes the ledger.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import Connection, MetaData, Table, and_, func, inspect, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from claimledger.errors import StoreError
from claimledger.store import migrate
from claimledger.store.copy import VERSION_TABLE, derived_tables
from claimledger.store.engine import make_engine, resolve_url, sqlite_path
from claimledger.store.pg import integrity_problems

SHOWN = 5  # examples listed per problem; the count says how many there are
DOC_BATCH = 200


@dataclass
class Finding:
    check: str
    problem: str  # empty when the check passed
    fix: str = ""
    examples: list[str] = field(default_factory=list)
    count: int = 0

    @property
    def ok(self) -> bool:
        return not self.problem


@dataclass
class Diagnosis:
    findings: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(f.ok for f in self.findings)

    def problems(self) -> list[Finding]:
        return [f for f in self.findings if not f.ok]


def _integrity(connection: Connection, display: str) -> Finding:
    if connection.dialect.name == "sqlite":
        messages = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check").all()]
        damaged = [m for m in messages if m != "ok"]
        fix = (f"restore {display} from a backup, or salvage it: sqlite3 {display} .recover | sqlite3 recovered.db, "
               "then run claimledger doctor --db recovered.db")
    elif connection.dialect.name == "postgresql":
        damaged = integrity_problems(connection)
        fix = "REINDEX the named indexes (REINDEX INDEX name;) as the database owner"
    else:
        return Finding("database integrity", "")
    if not damaged:
        return Finding("database integrity", "")
    return Finding("database integrity", f"{len(damaged)} integrity error(s)", fix, damaged[:SHOWN], len(damaged))


def _revision(connection: Connection, display: str) -> Finding:
    from alembic.runtime.migration import MigrationContext

    current, head = MigrationContext.configure(connection).get_current_revision(), migrate.head_revision()
    if current == head:
        return Finding("schema revision", "")
    return Finding("schema revision", f"the schema is at revision {current}, the newest is {head}",
                   f"claimledger migrate --db {display}", count=1)


def _orphans(connection: Connection, metadata: MetaData) -> list[Finding]:
    """Rows whose foreign key names a row that does not exist, for every foreign key of every table."""
    findings: list[Finding] = []
    for table in metadata.sorted_tables:
        for fk in table.foreign_key_constraints:
            if len(fk.columns) != 1:
                continue
            column = next(iter(fk.columns))
            target_column = fk.elements[0].column
            target = target_column.table.alias("target")
            query = (select(table.primary_key.columns.values()[0] if table.primary_key.columns else column)
                     .select_from(table.outerjoin(target, column == target.c[target_column.name]))
                     .where(and_(column.is_not(None), target.c[target_column.name].is_(None))))
            ids = [str(i) for i in connection.execute(query.limit(1000)).scalars()]
            if not ids:
                continue
            where = (f"{column.name} IS NOT NULL AND {column.name} NOT IN "
                     f"(SELECT {target_column.name} FROM {target_column.table.name})")
            fix = (f"UPDATE {table.name} SET {column.name} = NULL WHERE {where};" if column.nullable and
                   fk.ondelete == "SET NULL" else f"DELETE FROM {table.name} WHERE {where};")
            findings.append(Finding(
                f"orphans {table.name}.{column.name}",
                f"{len(ids)}{'+' if len(ids) == 1000 else ''} {table.name} row(s) point at a missing "
                f"{target_column.table.name} row", fix, [f"{table.name} id {i}" for i in ids[:SHOWN]], len(ids)))
    return findings or [Finding("orphaned rows", "")]


def _duplicates(connection: Connection, documents: Table) -> Finding:
    query = select(documents.c.sha256).group_by(documents.c.sha256).having(func.count() > 1)
    shas = list(connection.execute(query).scalars())
    if not shas:
        return Finding("documents stored once", "")
    return Finding("documents stored once", f"{len(shas)} content hash(es) stored more than once",
                   "keep the lowest id of each: DELETE FROM documents WHERE id NOT IN "
                   "(SELECT MIN(id) FROM documents GROUP BY sha256); then restore the unique index with "
                   "claimledger migrate", [s[:16] for s in shas[:SHOWN]], len(shas))


def _document_batches(connection: Connection, documents: Table) -> Iterator[dict[int, tuple[str, str]]]:
    """{id: (path, text)} of every document, a batch at a time, so memory stays flat on a large ledger."""
    last = 0
    while True:
        batch = connection.execute(
            select(documents.c.id, documents.c.path, documents.c.text).where(documents.c.id > last)
            .order_by(documents.c.id).limit(DOC_BATCH)).all()
        if not batch:
            return
        yield {doc_id: (path, body or "") for doc_id, path, body in batch}
        last = batch[-1][0]


def claim_offset_errors(body: str, claim: dict[str, object]) -> list[str]:
    """What is wrong with one claim's offsets against its document's text (empty when nothing is)."""
    start, end = int(claim["start"]), int(claim["end"])  # type: ignore[call-overload]
    s_start, s_end = int(claim["sentence_start"]), int(claim["sentence_end"])  # type: ignore[call-overload]
    errors: list[str] = []
    if not 0 <= start <= end <= len(body) or body[start:end] != claim["text"]:
        errors.append(f"text[{start}:{end}] is not the claim text {str(claim['text'])[:40]!r}")
    if not 0 <= s_start <= s_end <= len(body) or (
            claim.get("sentence") is not None and body[s_start:s_end] != claim["sentence"]):
        errors.append(f"sentence offsets [{s_start}:{s_end}] do not give the stored sentence")
    return errors


def _offsets(connection: Connection, documents: Table, claims: Table) -> Finding:
    columns = [claims.c[name] for name in ("id", "start", "end", "text", "sentence_start", "sentence_end")]
    if "sentence" in claims.c:
        columns.append(claims.c.sentence)
    bad_docs: dict[int, str] = {}
    examples: list[str] = []
    count = 0
    for batch in _document_batches(connection, documents):
        query = select(claims.c.document_id, *columns).where(claims.c.document_id.in_(list(batch)))
        for row in connection.execute(query).mappings():
            doc_id = row["document_id"]
            path, body = batch[doc_id]
            errors = claim_offset_errors(body, dict(row))
            if errors:
                count += 1
                bad_docs[doc_id] = path
                if len(examples) < SHOWN:
                    examples.append(f"claim {row['id']} of document {doc_id}: {errors[0]}")
    if not count:
        return Finding("claim offsets", "")
    paths = " ".join(sorted(set(bad_docs.values()))[:SHOWN])
    return Finding("claim offsets", f"{count} claim(s) in {len(bad_docs)} document(s) no longer match the text",
                   "delete those documents (their claims go with them) and ingest the files again: "
                   f"DELETE FROM documents WHERE id IN ({', '.join(map(str, sorted(bad_docs)[:50]))}); "
                   f"claimledger ingest {paths}", examples, count)


def _unfinished_runs(connection: Connection, metadata: MetaData) -> Finding | None:
    """Not an error (every batch is committed whole), but worth saying: rerun to finish an interrupted ingest."""
    runs = metadata.tables.get("ingest_runs")
    if runs is None:
        return None
    n = connection.execute(select(func.count()).select_from(runs).where(runs.c.status.in_(
        ["running", "interrupted"]))).scalar() or 0
    return Finding("ingest runs", "") if not n else Finding(
        "ingest runs", "", f"{n} ingest run(s) did not finish (killed or interrupted): rerun the same "
        "`claimledger ingest` to resume; nothing half-written is kept")


def diagnose(url_or_path: str | None = None) -> Diagnosis:
    """Every check on the ledger at `url_or_path` (default $CLAIMLEDGER_DB or ./claimledger.db)."""
    url = resolve_url(url_or_path)
    engine = make_engine(url)
    path = sqlite_path(url)
    display = str(path) if path is not None else make_url(url).render_as_string(hide_password=True)
    diagnosis = Diagnosis()
    try:
        with engine.connect() as connection:
            if not inspect(connection).has_table(VERSION_TABLE):
                raise StoreError(f"{display}: not a claimledger ledger (no {VERSION_TABLE} table)")
            diagnosis.findings.append(_integrity(connection, str(display)))
            diagnosis.findings.append(_revision(connection, str(display)))
            metadata = MetaData()
            skip = derived_tables(connection) | {VERSION_TABLE}
            metadata.reflect(connection, only=lambda name, _m: name not in skip and not name.startswith("sqlite_"))
            diagnosis.findings += _orphans(connection, metadata)
            documents, claims = metadata.tables.get("documents"), metadata.tables.get("claims")
            if documents is not None and claims is not None:
                diagnosis.findings.append(_duplicates(connection, documents))
                diagnosis.findings.append(_offsets(connection, documents, claims))
            runs = _unfinished_runs(connection, metadata)
            if runs is not None:
                diagnosis.findings.append(runs)
            connection.rollback()
    except SQLAlchemyError as exc:
        detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()
        diagnosis.findings.append(Finding(
            "database readable", f"the database cannot be read ({detail[0] if detail else exc.__class__.__name__})",
            "restore from a backup (SQLite: sqlite3 DB .recover | sqlite3 recovered.db)", count=1))
    finally:
        engine.dispose()
    return diagnosis

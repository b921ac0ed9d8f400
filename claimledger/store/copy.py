"""`copy_ledger(src, dst)`: move a ledger between backends (SQLite <-> PostgreSQL), every table included.

The tables are whatever the source has at the time (reflected, so reviews, the audit log and tables added by
later migrations come along without this module naming them). The destination is migrated to the same head
first, so it gets the real schema (indexes, constraints, full-text machinery) rather than a reflected guess;
rows then go over in dependency order, in primary-key order, in batches, keeping their primary keys, inside one
transaction: a failed copy leaves the destination empty. PostgreSQL sequences are reset afterwards.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, MetaData, Table, func, insert, inspect, select, text
from sqlalchemy.exc import SQLAlchemyError

from claimledger.errors import StoreError
from claimledger.store import migrate
from claimledger.store.engine import make_engine, resolve_url
from claimledger.store.pg import reset_sequences

BATCH_ROWS = 2_000
VERSION_TABLE = "alembic_version"
Progress = Callable[[str, int], None]  # (table, rows copied so far in it)


@dataclass
class CopyReport:
    rows: dict[str, int] = field(default_factory=dict)  # table -> rows copied
    sequences_reset: int = 0

    def summary(self) -> str:
        total = sum(self.rows.values())
        return f"copied {total} rows in {len(self.rows)} tables"


def derived_tables(connection: Connection) -> set[str]:
    """Tables the destination's own migrations and triggers fill (SQLite full-text indexes and their shadow
    tables): copying them row by row would duplicate or corrupt them."""
    if connection.dialect.name != "sqlite":
        return set()
    virtual = connection.execute(text(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")).scalars().all()
    names = set(connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'")).scalars().all())
    return {name for name in names for v in virtual if name == v or name.startswith(f"{v}_")}


def _reflect(connection: Connection) -> MetaData:
    metadata = MetaData()
    skip = derived_tables(connection) | {VERSION_TABLE}
    metadata.reflect(connection, only=lambda name, _meta: name not in skip and not name.startswith("sqlite_"))
    return metadata


def _check_source(engine: Engine) -> None:
    if not inspect(engine).has_table(VERSION_TABLE):
        raise StoreError("the source is not a claimledger ledger (it has no alembic_version table)")
    current, head = migrate.current_revision(engine), migrate.head_revision()
    if current != head:
        raise StoreError(f"the source is at schema revision {current}, not the newest ({head}): "
                         "run `claimledger migrate --db SRC` first")


def _check_empty(connection: Connection, tables: list[Table]) -> None:
    for table in tables:
        if connection.execute(select(func.count()).select_from(table)).scalar():
            raise StoreError(f"the destination is not empty (table {table.name} has rows): copy into a new database")


def _relax_foreign_keys(connection: Connection) -> None:
    """Self-references (a claim's parent, a document's earlier version) may point forward in key order after
    edits; checking them row by row during the copy would reject a consistent ledger."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")  # checked at commit instead
    elif connection.dialect.name == "postgresql":
        try:
            with connection.begin_nested():
                connection.exec_driver_sql("SET LOCAL session_replication_role = replica")  # superusers only
        except SQLAlchemyError:
            pass  # without the privilege rows still go in key order, which suits every ledger we write


def copy_table(source: Connection, target: Connection, src: Table, dst: Table, batch_rows: int,
               progress: Progress | None = None) -> int:
    columns = [c.name for c in dst.columns if c.computed is None and c.name in src.c]
    order = [src.c[c.name] for c in src.primary_key.columns] or [src.c[columns[0]]]
    query = select(*[src.c[name] for name in columns]).order_by(*order)
    result = source.execution_options(stream_results=True, yield_per=batch_rows).execute(query)
    copied = 0
    for rows in result.partitions(batch_rows):
        target.execute(insert(dst), [dict(zip(columns, row, strict=True)) for row in rows])
        copied += len(rows)
        if progress is not None:
            progress(dst.name, copied)
    return copied


def copy_ledger(src_url: str, dst_url: str, batch_rows: int = BATCH_ROWS,
                progress: Progress | None = None) -> CopyReport:
    """Copy the ledger at `src_url` into the new (empty or absent) ledger at `dst_url`. See the module docstring."""
    src_engine = make_engine(resolve_url(src_url))
    dst_engine = make_engine(resolve_url(dst_url))
    report = CopyReport()
    try:
        _check_source(src_engine)
        migrate.upgrade(dst_engine)
        with src_engine.connect() as source, dst_engine.connect() as target:
            src_meta, dst_meta = _reflect(source), _reflect(target)
            missing = sorted(set(src_meta.tables) - set(dst_meta.tables))
            if missing:
                raise StoreError(f"the destination has no table(s) {', '.join(missing)} after migrating")
            tables = [t for t in src_meta.sorted_tables]
            _relax_foreign_keys(target)
            _check_empty(target, [dst_meta.tables[t.name] for t in tables])
            for table in tables:
                report.rows[table.name] = copy_table(source, target, table, dst_meta.tables[table.name],
                                                     batch_rows, progress)
            if target.dialect.name == "postgresql":
                report.sequences_reset = reset_sequences(target, [dst_meta.tables[t.name] for t in tables])
            _check_counts(target, dst_meta, report)
            target.commit()
    except SQLAlchemyError as exc:
        detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()
        raise StoreError(f"copy failed ({exc.__class__.__name__}: {detail[0] if detail else ''})") from exc
    finally:
        src_engine.dispose()
        dst_engine.dispose()
    return report


def _check_counts(target: Connection, dst_meta: MetaData, report: CopyReport) -> None:
    """Read back what was written before committing: a silent mismatch would be a lost review."""
    for name, expected in report.rows.items():
        found = target.execute(select(func.count()).select_from(dst_meta.tables[name])).scalar()
        if found != expected:
            raise StoreError(f"copy check failed: {name} has {found} rows in the destination, {expected} read")

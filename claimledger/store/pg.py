"""What only PostgreSQL needs: throwaway databases (tests, benchmarks), sequence resets after a copy that kept
primary keys, and the server-side integrity checks `doctor` runs."""
from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Table, create_engine, text
from sqlalchemy.engine import make_url


def is_postgres(url: str) -> bool:
    return make_url(url).get_backend_name() == "postgresql"


@contextmanager
def temporary_database(server_url: str, prefix: str = "claimledger_tmp") -> Iterator[str]:
    """A new, empty database on the server of `server_url`, dropped afterwards (open connections included).

    CREATE/DROP DATABASE cannot run in a transaction, hence the autocommit engine on the server's own database.
    """
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


def reset_sequences(connection: Connection, tables: list[Table]) -> int:
    """Point each serial/identity primary key's sequence past the largest copied key, so the next insert does
    not collide with a copied row. Returns how many sequences were reset."""
    reset = 0
    for table in tables:
        for column in table.primary_key.columns:
            sequence = connection.execute(text("SELECT pg_get_serial_sequence(:table, :column)"),
                                          {"table": table.name, "column": column.name}).scalar()
            if sequence is None:
                continue
            connection.execute(
                text(f'SELECT setval(:sequence, COALESCE(MAX("{column.name}"), 1), MAX("{column.name}") IS NOT NULL) '
                     f'FROM "{table.name}"'), {"sequence": sequence})
            reset += 1
    return reset


def integrity_problems(connection: Connection) -> list[str]:
    """Server-side damage PostgreSQL can tell us about without modifying anything: invalid indexes (a failed
    CREATE INDEX CONCURRENTLY, a crash during REINDEX) and, when the amcheck extension is installed, B-tree
    indexes whose structure is corrupt."""
    problems: list[str] = []
    invalid = connection.execute(text(
        "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
        "JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = current_schema() AND NOT (i.indisvalid AND i.indisready)")).scalars().all()
    problems += [f"index {name} is invalid" for name in invalid]
    has_amcheck = connection.execute(text("SELECT 1 FROM pg_extension WHERE extname = 'amcheck'")).scalar()
    if has_amcheck:
        indexes = connection.execute(text(
            "SELECT c.oid, c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_am a ON a.oid = c.relam "
            "WHERE n.nspname = current_schema() AND a.amname = 'btree' AND i.indisvalid")).all()
        for oid, name in indexes:
            try:
                with connection.begin_nested():
                    connection.execute(text("SELECT bt_index_check(:oid)"), {"oid": oid})
            except Exception as exc:  # amcheck reports corruption as an error
                problems.append(f"index {name} is corrupt ({str(exc).splitlines()[0]})")
    return problems

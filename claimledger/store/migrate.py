"""Bring a ledger database to the newest schema with the Alembic migrations shipped in this package."""
from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

HERE = Path(__file__).parent
PG_LOCK_KEY = 0x636C6D67  # any constant: serialises migrators on one PostgreSQL database


def alembic_config() -> Config:
    config = Config(str(HERE / "alembic.ini"))
    # Explicit, so the migrations are found wherever the package is installed and whatever the cwd.
    config.set_main_option("script_location", str(HERE / "migrations"))
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _lock(connection: Connection) -> None:
    """Take the database's write lock for the whole migration, so two processes opening a new ledger at once
    (a server and an ingest) migrate one after the other, and a migration is all-or-nothing."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN IMMEDIATE")  # waits up to the busy timeout for another writer
    elif connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_LOCK_KEY})")


def _run(engine: Engine, action: str, revision: str) -> None:
    config = alembic_config()
    with engine.connect() as connection:
        _lock(connection)
        if action == "upgrade" and revision == "head" and (
                MigrationContext.configure(connection).get_current_revision() == head_revision()):
            connection.rollback()  # someone else migrated while we waited for the lock
            return
        config.attributes["connection"] = connection
        getattr(command, action)(config, revision)
        connection.commit()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run every pending migration in one transaction; a no-op (one cheap query) when already current."""
    if revision == "head" and current_revision(engine) == head_revision():
        return
    _run(engine, "upgrade", revision)


def downgrade(engine: Engine, revision: str) -> None:
    _run(engine, "downgrade", revision)

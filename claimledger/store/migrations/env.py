"""Alembic environment: migrate the connection the Ledger hands over, or a URL given with `-x db=...`."""
from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from claimledger.store.engine import make_engine, resolve_url
from claimledger.store.models import all_metadata
from claimledger.store.schema_compare import include_object

config = context.config
target_metadata = all_metadata()  # every *models module, so autogenerate sees all tables


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode rebuilds the table instead, on SQLite only.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:  # the normal path: claimledger.store.migrate
        _run(connection)
        return
    engine = make_engine(resolve_url(context.get_x_argument(as_dictionary=True).get("db")))
    with engine.connect() as connection:
        _run(connection)
        connection.commit()
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("claimledger migrations run online only: pass -x db=URL")
run_migrations_online()

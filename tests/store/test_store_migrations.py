"""The Alembic migrations build exactly the schema the models describe, and run on every open."""
from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect
from store_factories import make_document, number_claims

from claimledger.store import Ledger, migrate
from claimledger.store.engine import make_engine, resolve_url
from claimledger.store.models import all_metadata


def test_head_matches_the_models(tmp_path: Path) -> None:
    engine = make_engine(resolve_url(str(tmp_path / "fresh.db")))
    migrate.upgrade(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, all_metadata()) == []
    assert migrate.current_revision(engine) == migrate.head_revision()
    engine.dispose()


def test_downgrade_to_base_and_back(tmp_path: Path) -> None:
    engine = make_engine(resolve_url(str(tmp_path / "cycle.db")))
    migrate.upgrade(engine)
    migrate.downgrade(engine, "base")
    assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    assert migrate.current_revision(engine) is None
    migrate.upgrade(engine)
    assert {"documents", "claims", "ingest_runs"} <= set(inspect(engine).get_table_names())
    engine.dispose()


def test_opening_a_ledger_migrates_it_once(tmp_path: Path) -> None:
    path = str(tmp_path / "opened.db")
    with Ledger(path) as ledger:
        indexes = {index["name"] for index in inspect(ledger.engine).get_indexes("claims")}
        assert {"ix_claims_kind_measure_event", "ix_claims_document_id_ordinal"} <= indexes
        foreign = {fk["referred_table"] for fk in inspect(ledger.engine).get_foreign_keys("claims")}
        assert foreign == {"documents", "claims"}
        doc = make_document("kept.txt", "Witnesses counted 14 dead.")
        ledger.add_document(doc, number_claims(doc))
    with Ledger(path) as again:  # already at head: opening again changes nothing and keeps the data
        assert migrate.current_revision(again.engine) == migrate.head_revision()
        assert [row["value"] for row in again.claim_rows()] == [14]

"""The same ledger on PostgreSQL (set CLAIMLEDGER_TEST_PG to a server URL, as .ci/ does; skipped otherwise)."""
from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from store_factories import make_document, number_claims

from claimledger.store import Ledger
from claimledger.store.models import all_metadata
from claimledger.store.schema_compare import include_object

pytestmark = pytest.mark.postgres



def test_postgres_schema_matches_the_models_and_round_trips(pg_url: str) -> None:
    with Ledger(pg_url) as ledger:
        with ledger.engine.connect() as connection:
            assert compare_metadata(MigrationContext.configure(
                connection, opts={"include_object": include_object}), all_metadata()) == []
        old = make_document("a.txt", "Officials reported 212 dead, including 38 children.", publisher="Marvale")
        new = make_document("a.txt", "Officials reported 215 dead, including 39 children.", publisher="Marvale")
        assert ledger.add_document(old, number_claims(old, event="Tessin"))[1]
        assert ledger.add_document(old, number_claims(old))[1] is False
        [(new_id, created)] = ledger.add_batch([(new, number_claims(new, event="Tessin"))])
        rows = ledger.claim_rows(event="tessin")
        assert created and [(r["value"], r["parent"]) for r in rows] == [(215, None), (39, 0)]
        assert rows[1]["parent_id"] == rows[0]["id"] and rows[0]["document_id"] == new_id
        assert ledger.stats()["document_versions"] == 2

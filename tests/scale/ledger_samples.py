"""A small real ledger to corrupt or copy: a few documents ingested for real, plus a reviewer's decision."""
from __future__ import annotations

from pathlib import Path

from conftest_pg import SOURCES

from claimledger.store import Ledger
from claimledger.store.ingest import ingest
from claimledger.store.reviews import add_user, review_claim

SAMPLE_NAMES = ("dev-09-fictional-veldora-ministry.txt", "dev-10-fictional-kessaria-rebuttal.txt",
                "09_news_anniversary_2023.html")


def build_sample(ledger: Ledger, folder: Path) -> dict[str, int]:
    """Ingest three documents and record one review; returns {'claim': reviewed claim id, 'user': its id}."""
    folder.mkdir(parents=True, exist_ok=True)
    for source in SOURCES:
        if source.name in SAMPLE_NAMES:
            (folder / source.name).write_bytes(source.read_bytes())
    report = ingest(ledger, [folder])
    assert report.added == len(SAMPLE_NAMES) and not report.failures
    claim = ledger.claim_rows()[3]
    user = add_user(ledger, "ines", "reviewer", "correct horse battery")
    review_claim(ledger, claim["id"], "reject", user, note="the figure is the speaker's, checked")
    return {"claim": claim["id"], "user": user["id"]}


def table_rows(url: str) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, by primary key, with datetimes as naive UTC (SQLite drops the zone)."""
    from datetime import UTC, datetime

    from sqlalchemy import MetaData, select

    from claimledger.store.engine import make_engine

    def plain(value: object) -> object:
        if isinstance(value, datetime) and value.tzinfo is not None:
            return value.astimezone(UTC).replace(tzinfo=None)
        return value

    engine = make_engine(url)
    metadata = MetaData()
    try:
        with engine.connect() as connection:
            metadata.reflect(connection, only=lambda name, _m: name != "alembic_version" and "_fts" not in name)
            return {name: [tuple(plain(v) for v in row) for row in connection.execute(
                        # generated columns (PostgreSQL's search vectors) are the backend's, not the ledger's data
                        select(*[c for c in table.columns if c.computed is None]).order_by(
                            *table.primary_key.columns))]
                    for name, table in sorted(metadata.tables.items())}
    finally:
        engine.dispose()

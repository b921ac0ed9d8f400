"""The ledger: SQLAlchemy models, Alembic migrations, the `Ledger` API and ingest.

`Ledger(url_or_path)` opens (and migrates) a SQLite file or a PostgreSQL URL; `ingest(ledger, paths)` reads,
extracts and stores documents in batches, resumably. See `models.py` for the tables and the ones reserved
for later migrations.
"""
from claimledger.store.ledger import Ledger

__all__ = ["Ledger"]

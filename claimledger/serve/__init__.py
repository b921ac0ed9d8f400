"""The review server: web pages and a JSON API over the ledger (`create_app(db)`; `claimledger serve`).

`refresh(ledger)` recomputes what the pages read (stored comparison, origins, search index); the ingest can call
it when it finishes, and the server calls it when it sees a newer ingest.
"""
from __future__ import annotations

from claimledger.serve.app import create_app
from claimledger.serve.index import refresh

__all__ = ["create_app", "refresh"]

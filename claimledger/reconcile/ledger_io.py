"""Read what reconciliation needs from a Ledger: figure claim rows, and document rows with their texts."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from claimledger.store import Ledger


def load(ledger: Ledger, measure: str | None = None, with_text: bool = True,
         ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(claim rows, document rows) from `ledger`. Every claim kind is read, since a document's quotes and
    recognitions tell whom it cites; texts are read for text-reuse detection when `with_text`."""
    rows = ledger.claim_rows()
    if measure:
        rows = [r for r in rows if r.get("kind") != "figure" or r.get("measure") == measure]
    documents = ledger.document_rows()
    if with_text:
        for document in documents:
            document["text"] = ledger.document(document["id"]).get("text") or ""
    return rows, documents

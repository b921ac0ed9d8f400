"""Reconciliation: figures grouped into questions, statuses, low/best/high summaries and origin families.

Pure functions over the dicts `Ledger.claim_rows()` and `Ledger.document_rows()` return, so every step runs
and is tested without a database:

    verdicts = compare(rows, documents, rule="most-origins")
    origins = build_origins(documents, rows)
"""
from __future__ import annotations

from claimledger.reconcile.compare import compare, documents_from_rows, select
from claimledger.reconcile.events import EventEdits, EventNormalizer, event_key
from claimledger.reconcile.origins import OriginFamily, Origins, build_origins
from claimledger.reconcile.questions import Question, Statement
from claimledger.reconcile.reuse import ReuseSettings, SharedPassage, find_reuse
from claimledger.reconcile.summary import Summary, rules
from claimledger.reconcile.verdicts import STATUSES, Figure, Verdict

__all__ = [
    "STATUSES", "EventEdits", "EventNormalizer", "Figure", "OriginFamily", "Origins", "Question", "ReuseSettings",
    "SharedPassage", "Statement", "Summary", "Verdict", "build_origins", "compare", "documents_from_rows",
    "event_key", "find_reuse", "rules", "select",
]

"""One hierarchy of exceptions, so callers catch at the level they care about (httpx's model).

The CLI turns every ClaimledgerError into one line: ``claimledger: <path>: <reason>``.
"""
from __future__ import annotations

from pathlib import Path


class ClaimledgerError(Exception):
    """Base of every error claimledger raises on purpose."""


class ReadError(ClaimledgerError):
    """A document could not be read: the path and a short reason, for a one-line message."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class LimitExceeded(ReadError):
    """A document is over one of the configured limits (size, pages, text length, nesting, time)."""


class LexiconError(ClaimledgerError):
    """A lexicon data file is missing or malformed."""


class StoreError(ClaimledgerError):
    """The ledger database could not be opened, migrated or written."""


class NotFound(ClaimledgerError):
    """A document, claim, event or user asked for does not exist in the ledger."""

"""claimledger: extract, attribute, reconcile and review claims in documents about contested events."""
from claimledger.errors import ClaimledgerError, LexiconError, LimitExceeded, NotFound, ReadError, StoreError
from claimledger.extract import extract
from claimledger.model import Claim, Document
from claimledger.read import read

__all__ = [
    "Claim", "ClaimledgerError", "Document", "LexiconError", "LimitExceeded", "NotFound", "ReadError",
    "StoreError", "extract", "read",
]
__version__ = "0.1.0"

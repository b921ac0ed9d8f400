"""Extract claims from read documents: `extract(document)` -> list of Claim in output order."""
from claimledger.extract.pipeline import extract

__all__ = ["extract"]

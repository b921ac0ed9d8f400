"""The claim kinds beyond figures: characterizations, recognitions, legal references and quotes.

Each component is a function `DocContext -> list[Claim]`; the pipeline runs every one in COMPONENTS.
"""
from __future__ import annotations

from collections.abc import Callable

from claimledger.extract.context import DocContext
from claimledger.extract.kinds.characterizations import extract_characterizations
from claimledger.extract.kinds.legal import extract_legal_references
from claimledger.extract.kinds.quotes import extract_quotes
from claimledger.extract.kinds.recognitions import extract_recognitions
from claimledger.model import Claim

COMPONENTS: list[Callable[[DocContext], list[Claim]]] = [
    extract_characterizations, extract_recognitions, extract_legal_references, extract_quotes,
]

__all__ = ["COMPONENTS"]

"""The extraction pipeline: run each claim component over a document, order the claims, resolve breakdowns.

Components are plain functions `DocContext -> list[Claim]`, listed in COMPONENTS in the order they run.
"""
from __future__ import annotations

from collections.abc import Callable

from claimledger.extract import reprints
from claimledger.extract.context import DocContext
from claimledger.model import Claim, Document

Component = Callable[[DocContext], list[Claim]]
KIND_ORDER = {"figure": 0, "recognition": 1, "characterization": 2, "legal_reference": 3, "quote": 4}


def _components() -> list[Component]:
    from claimledger.extract import figures

    found: list[Component] = [figures.extract_figures]
    try:  # the other claim kinds register themselves here once they exist
        from claimledger.extract.kinds import COMPONENTS as KIND_COMPONENTS
    except ImportError:
        KIND_COMPONENTS = []
    return found + list(KIND_COMPONENTS)


def order_claims(claims: list[Claim]) -> list[Claim]:
    """Sort by position and resolve each breakdown's `parent_claim` to its index in that order."""
    ordered = sorted(claims, key=lambda c: (c.start, KIND_ORDER.get(c.kind, 9), c.end))
    index = {id(c): i for i, c in enumerate(ordered)}
    for claim in ordered:
        if claim.parent_claim is not None:
            claim.parent = index.get(id(claim.parent_claim))
    return ordered


def extract(document: Document, kinds: set[str] | None = None) -> list[Claim]:
    """Every claim of `document` (or only those of `kinds`), in output order, provenance checked."""
    ctx = DocContext.of(document)
    claims: list[Claim] = []
    for component in _components():
        claims.extend(c for c in component(ctx) if kinds is None or c.kind in kinds)
    _voice_of_reprint(ctx, claims)
    for claim in claims:
        claim.check(document.text)
    return order_claims(claims)


def _voice_of_reprint(ctx: DocContext, claims: list[Claim]) -> None:
    """In a reprinted report, what the text says in its own voice is the reprinted paper's (quotes keep their
    speakers: a quotation is never the paper's own words)."""
    voice = reprints.find(ctx.text)
    if voice is None:
        return
    for claim in claims:
        if claim.kind != "quote" and claim.attributed_to is None and voice.covers(claim.start):
            claim.attributed_to, claim.attribution_text = voice.name, voice.name
            claim.attribution_start = voice.start

"""The figure component run on one text, every claim's provenance checked: shared by the figure tests."""
from __future__ import annotations

from claimledger.extract.context import DocContext
from claimledger.extract.figures import extract_figures
from claimledger.model import Claim, Document


def figures(text: str) -> list[Claim]:
    doc = Document(path="t.txt", text=text, sha256="", format="txt")
    found = extract_figures(DocContext.of(doc))
    for claim in found:
        claim.check(text)
    return found


def table(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(text, measure, subgroup, parent's text) of every figure."""
    return [(c.text, c.measure, c.subgroup, c.parent_claim.text if c.parent_claim else None) for c in figures(text)]

"""Figure claims. (Placeholder until the figure grammar lands.)"""
from __future__ import annotations

from claimledger.extract.context import DocContext
from claimledger.model import Claim


def extract_figures(ctx: DocContext) -> list[Claim]:
    return []

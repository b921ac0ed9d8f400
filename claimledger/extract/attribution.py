"""Who says a claim. (Placeholder: the document's own voice everywhere, until the attribution component lands.)"""
from __future__ import annotations

from typing import TYPE_CHECKING

from claimledger.extract.context import Attribution

if TYPE_CHECKING:
    from claimledger.extract.context import DocContext


class Attributor:
    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx

    def attribute(self, start: int, end: int) -> Attribution:
        return Attribution(None)

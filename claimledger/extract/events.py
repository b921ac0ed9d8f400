"""Which event a span belongs to. (Placeholder until the event component lands.)"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimledger.extract.context import DocContext


class EventResolver:
    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx

    def event_for(self, start: int, end: int) -> str | None:
        return None

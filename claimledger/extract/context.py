"""What every extractor component sees of one document: its text, its sentences, and the shared resolvers
that say who speaks (attribution) and which event a span belongs to."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from claimledger.extract import sentences
from claimledger.model import Document

if TYPE_CHECKING:
    from claimledger.extract.attribution import Attributor
    from claimledger.extract.events import EventResolver


@dataclass(frozen=True)
class Attribution:
    """Who the document says makes a claim. `attributed_to` None: the document's own voice."""

    attributed_to: str | None
    attribution_text: str | None = None
    attribution_start: int | None = None  # offset of attribution_text in the plain text


@dataclass
class DocContext:
    document: Document
    sentence_spans: list[tuple[int, int]] = field(default_factory=list)

    @classmethod
    def of(cls, document: Document) -> DocContext:
        return cls(document=document, sentence_spans=list(sentences.split(document.text)))

    @property
    def text(self) -> str:
        return self.document.text

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentence_spans]

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence holding `offset` (the nearest one before it when it falls between two)."""
        return max(0, bisect_right(self._sentence_starts, offset) - 1)

    def sentence_at(self, offset: int) -> tuple[int, int]:
        if not self.sentence_spans:  # a document of white space only
            return (0, len(self.text))
        return self.sentence_spans[self.sentence_index(offset)]

    @cached_property
    def attributor(self) -> Attributor:
        from claimledger.extract.attribution import Attributor

        return Attributor(self)

    @cached_property
    def events(self) -> EventResolver:
        from claimledger.extract.events import EventResolver

        return EventResolver(self)

    def attribution(self, start: int, end: int) -> Attribution:
        return self.attributor.attribute(start, end)

    def event_for(self, start: int, end: int) -> str | None:
        return self.events.event_for(start, end)

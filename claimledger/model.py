"""The two objects every stage passes on: a read Document and an extracted Claim.

`Claim.to_json()` is the contract of ``claimledger extract --json`` (shared/schema/claim.schema.json):
required fields always present, optional fields present even when null, extensions only ever added.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

Kind = Literal["figure", "characterization", "recognition", "legal_reference", "quote"]
KINDS: tuple[str, ...] = ("figure", "characterization", "recognition", "legal_reference", "quote")

MEASURES: tuple[str, ...] = (
    "killed", "injured", "hostage", "missing", "expelled", "displaced", "detained", "released",
    "population", "destroyed", "damage", "orphaned", "recognitions", "other",
)
QUALIFIERS: tuple[str, ...] = ("exact", "approx", "at_least", "more_than", "at_most", "fewer_than", "range")


@dataclass
class Document:
    """A document read into the plain text that all claim offsets index, with its metadata."""

    path: str  # as given by the user
    text: str  # the plain text; offsets index this string
    sha256: str  # of the file's bytes as read
    format: str  # txt | html | pdf
    title: str | None = None
    publisher: str | None = None  # site name, organisation or outlet
    author: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD, or YYYY-MM / YYYY when that is all there is)
    url: str | None = None
    language: str | None = None
    warnings: list[str] = field(default_factory=list)  # e.g. "decoded as cp1252 (not valid UTF-8)"

    @staticmethod
    def hash_bytes(data: bytes) -> str:
        return hashlib.sha256(data).hexdigest()

    def metadata(self) -> dict[str, Any]:
        return {
            "path": self.path, "sha256": self.sha256, "format": self.format, "title": self.title,
            "publisher": self.publisher, "author": self.author, "published": self.published,
            "url": self.url, "language": self.language, "chars": len(self.text), "warnings": list(self.warnings),
        }


@dataclass
class Claim:
    """One claim with the exact span that carries it. `text == plain[start:end]` always."""

    doc: str
    kind: str
    text: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    attributed_to: str | None = None
    attribution_text: str | None = None
    event: str | None = None
    # figure
    measure: str | None = None
    value: float | None = None
    low: float | None = None
    high: float | None = None
    qualifier: str | None = None
    unit: str | None = None
    subgroup: str | None = None
    parent: int | None = None  # index in the document's output order; set by the pipeline's assembly step
    # characterization
    label: str | None = None
    modality: str | None = None
    applied_to: str | None = None
    applied_by: str | None = None
    # recognition
    recognizer: str | None = None
    recognizer_code: str | None = None
    stance: str | None = None
    # legal reference
    instrument: str | None = None
    # quote
    speaker: str | None = None
    via: str | None = None
    # Extensions beyond the contract (optional fields only).
    attribution_start: int | None = None  # where attribution_text stands in the plain text
    extra: dict[str, Any] = field(default_factory=dict)  # component-specific notes, e.g. {"count_of": ...}
    # Not serialised: the breakdown's total, resolved to `parent` when the document's claims are ordered.
    parent_claim: Claim | None = field(default=None, repr=False, compare=False)

    FIELD_ORDER = (
        "doc", "kind", "text", "start", "end", "sentence_start", "sentence_end", "attributed_to",
        "attribution_text", "event", "measure", "value", "low", "high", "qualifier", "unit", "subgroup", "parent",
        "label", "modality", "applied_to", "applied_by", "recognizer", "recognizer_code", "stance", "instrument",
        "speaker", "via", "attribution_start",
    )

    def to_json(self) -> dict[str, Any]:
        """The contract's object: every schema field, in a stable order; numbers as int when whole."""
        out: dict[str, Any] = {}
        for name in self.FIELD_ORDER:
            value = getattr(self, name)
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            out[name] = value
        return out

    def check(self, plain: str) -> None:
        """Provenance invariant; a violation is a bug in an extractor, never in the input."""
        if plain[self.start:self.end] != self.text:
            raise AssertionError(f"claim span {self.start}:{self.end} does not hold {self.text!r}")
        if not (self.sentence_start <= self.start <= self.end <= self.sentence_end):
            raise AssertionError(f"claim {self.text!r} lies outside its sentence")

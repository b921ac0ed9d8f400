"""The JSON shapes of the API, so /openapi.json describes what each endpoint really returns."""
from __future__ import annotations

from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")
MAX_ID = 2**62  # ids stay inside SQLite's 64-bit integers


class Error(BaseModel):
    status: int
    message: str


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int | None = Field(None, description="matching items, when cheap to count")
    limit: int
    offset: int
    next: str | None = Field(None, description="URL of the next page, or null on the last")


class Document(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: int
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    path: str
    format: str
    sha256: str


class Claim(BaseModel):
    """A claim as stated by its speaker (`attributed_to`, or the document's own voice when null)."""

    model_config = ConfigDict(extra="allow")
    id: int
    document_id: int
    kind: str
    text: str
    sentence: str | None = None
    attributed_to: str | None = None
    event: str | None = None
    measure: str | None = None
    value: float | None = None
    low: float | None = None
    high: float | None = None
    label: str | None = None
    review: str | None = Field(None, description="accept | reject | correct, or null when not reviewed")


class Question(BaseModel):
    id: int
    scope: Literal["all", "reviewed"]
    event: str
    measure: str
    subgroup: str | None
    unit: str
    label: str
    status: str
    low: float | None
    best: float | None
    high: float | None
    rule: str
    independent_origins: int
    statements: int
    reviewed: int
    verdict: dict[str, Any]
    computed_at: str


class Event(BaseModel):
    name: str
    claims: dict[str, int]
    total: int
    questions: int
    conflicts: int


class Origin(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str
    name: str
    documents: list[Any]
    speakers: list[str]


class ReviewIn(BaseModel):
    """A reviewer's decision: accept or reject the claim, or correct some of its fields."""

    model_config = ConfigDict(extra="forbid")
    action: Literal["accept", "reject", "correct"]
    corrections: dict[str, str | float | int | None] = Field(
        default_factory=dict, description="field -> corrected value; fields: measure, value, low, high, qualifier, "
                                          "subgroup, attributed_to, event, label, stance")
    note: str | None = Field(None, max_length=2000)


class AuditEntry(BaseModel):
    id: int
    at: str
    user: str
    claim_key: str
    claim_id: int | None
    action: str
    before: dict[str, Any]
    after: dict[str, Any]
    note: str | None


class Stats(BaseModel):
    model_config = ConfigDict(extra="allow")
    documents: int
    claims: dict[str, int]
    claims_total: int
    reviews: int

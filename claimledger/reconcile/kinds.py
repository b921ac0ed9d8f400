"""The other claim kinds compared across documents: which labels which sources apply (and how: assert, deny,
call for, report), which bodies recognise what according to whom, which instruments are cited by whom; and
recognition counts ("17 countries") set against the bodies the same document names.

Pure functions over `Ledger.claim_rows()` dicts. Every grouping keeps who says it: a label is never shown as a
fact about the event, only as the claim of each speaker.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import PurePath
from typing import Any

from claimledger.reconcile.origins import speaker_of
from claimledger.reconcile.units import figure_context, unit_group

GROUPED_KINDS = ("characterization", "recognition", "legal_reference")


def voice_of(row: dict[str, Any]) -> str:
    """Who makes the claim: its attribution, else the document's publisher, title or file name (own voice)."""
    speaker = speaker_of(row)
    if speaker:
        return speaker
    own = row.get("doc_publisher") or row.get("doc_title") or PurePath(str(row.get("doc") or "?")).name
    return f"{own} (own voice)"


@dataclass
class KindGroup:
    """One thing claimed (a label with its modality, a body with its stance, an instrument) and who claims it."""

    kind: str
    event: str | None
    subject: str  # the label, the recognising body, or the instrument
    how: str | None  # modality of a label, stance of a recognition; None for instruments
    speakers: list[str] = field(default_factory=list)
    documents: list[Any] = field(default_factory=list)
    claim_ids: list[Any] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _key(row: dict[str, Any]) -> tuple[str, str | None] | None:
    kind = row.get("kind")
    if kind == "characterization":
        return (row.get("label") or row.get("text") or "").lower(), row.get("modality") or "asserts"
    if kind == "recognition":
        return row.get("recognizer") or row.get("text") or "", row.get("stance")
    if kind == "legal_reference":
        return row.get("instrument") or row.get("text") or "", None
    return None


def group_kinds(rows: list[dict[str, Any]], kind: str) -> list[KindGroup]:
    """The claims of `kind` grouped by (event, what is claimed, how), each group with its distinct speakers."""
    groups: dict[tuple[Any, ...], KindGroup] = {}
    for row in rows:
        if row.get("kind") != kind:
            continue
        key = _key(row)
        if key is None or not key[0]:
            continue
        subject, how = key
        group_key = (row.get("event"), subject.lower(), how)
        group = groups.setdefault(group_key, KindGroup(kind, row.get("event"), subject, how))
        voice = voice_of(row)
        if voice not in group.speakers:
            group.speakers.append(voice)
        if row.get("document_id") not in group.documents:
            group.documents.append(row.get("document_id"))
        group.claim_ids.append(row.get("id"))
    return sorted(groups.values(), key=lambda g: (str(g.event or ""), -len(g.documents), g.subject.lower(),
                                                  str(g.how or "")))


@dataclass
class CountCheck:
    """A recognition count set against the bodies the same document names at the same level."""

    document_id: Any
    document: str
    speaker: str
    count_text: str
    stated: float | None
    level: str  # "country" or "sub-national"
    named: list[str]

    @property
    def matches(self) -> bool:
        return self.stated is not None and int(self.stated) == len(self.named)

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "named_count": len(self.named), "matches": self.matches}


def _level(code: str | None) -> str:
    return "sub-national" if code and "-" in code else "country"


def _count_level(row: dict[str, Any]) -> str:
    """"16 States" are countries, "24 States of the USA" sub-national: the unit groups read the context."""
    group = unit_group(row.get("unit"), "recognitions", figure_context(row))
    return "sub-national" if group.startswith("subnational") else "country"


def recognition_counts(rows: list[dict[str, Any]]) -> list[CountCheck]:
    """Each recognition count figure ("the parliaments of 17 countries") with the bodies its document names at
    the same level, so that a count that does not match the named list is visible. Bodies without a country code
    (international organisations) are not counted."""
    named: dict[tuple[Any, str], list[str]] = defaultdict(list)
    for row in rows:
        if row.get("kind") == "recognition" and row.get("recognizer_code"):
            level = _level(row["recognizer_code"])
            body = row.get("recognizer") or row.get("text") or ""
            if body not in named[(row.get("document_id"), level)]:
                named[(row.get("document_id"), level)].append(body)
    checks = []
    for row in rows:
        if row.get("kind") == "figure" and row.get("measure") == "recognitions":
            level = _count_level(row)
            document = row.get("doc_title") or PurePath(str(row.get("doc") or "?")).name
            checks.append(CountCheck(row.get("document_id"), document, voice_of(row), row.get("text") or "",
                                     row.get("value"), level, named.get((row.get("document_id"), level), [])))
    return checks

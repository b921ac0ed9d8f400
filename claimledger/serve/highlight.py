"""The document's plain text cut into segments at every claim boundary, so a template can wrap each claimed
segment in a highlight (escaped, never marked safe). Overlapping claims: a segment carries every claim that
covers it and is coloured by the innermost one."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Segment:
    text: str
    claims: list[dict[str, Any]] = field(default_factory=list)  # innermost first
    anchors: list[int] = field(default_factory=list)  # ids of the claims that begin here (link targets)

    @property
    def main(self) -> dict[str, Any] | None:
        return self.claims[0] if self.claims else None

    @property
    def ids(self) -> str:
        return " ".join(str(c["id"]) for c in self.claims)


def segments(text: str, claims: list[dict[str, Any]]) -> list[Segment]:
    spans = [c for c in claims if 0 <= c["start"] < c["end"] <= len(text)]
    cuts = sorted({0, len(text), *(c["start"] for c in spans), *(c["end"] for c in spans)})
    starts: dict[int, list[dict[str, Any]]] = {}
    for claim in spans:
        starts.setdefault(claim["start"], []).append(claim)
    open_claims: list[dict[str, Any]] = []
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        open_claims = [c for c in open_claims if c["end"] > a] + starts.get(a, [])
        covering = sorted(open_claims, key=lambda c: (c["end"] - c["start"], c["id"]))
        piece = text[a:b]
        if out and not covering and not out[-1].claims:
            out[-1].text += piece
        else:
            out.append(Segment(piece, covering, [c["id"] for c in starts.get(a, [])]))
    return out


def snippet_parts(snippet: str | None) -> list[tuple[str, bool]]:
    """An FTS5 snippet marked with \\x02 ... \\x03 as (text, matched) parts, for the template to escape."""
    parts: list[tuple[str, bool]] = []
    for i, chunk in enumerate((snippet or "").split("\x02")):
        if i == 0:
            parts.append((chunk, False))
            continue
        matched, _, rest = chunk.partition("\x03")
        parts.extend([(matched, True), (rest, False)])
    return [p for p in parts if p[0]]

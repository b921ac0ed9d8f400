"""Documents with claims built by hand, so the store tests hold whatever the extractors do today."""
from __future__ import annotations

import re

from claimledger.model import Claim, Document

NUMBER = re.compile(r"\d[\d,]*")


def sentence_bounds(text: str, position: int) -> tuple[int, int]:
    start = text.rfind(". ", 0, position)
    start = 0 if start < 0 else start + 2
    end = text.find(".", position)
    return start, (len(text) if end < 0 else end + 1)


def number_claims(doc: Document, event: str | None = None, speaker: str | None = None) -> list[Claim]:
    """Every number in the text as a 'killed' figure; a number after 'including' breaks down the one before."""
    claims: list[Claim] = []
    for match in NUMBER.finditer(doc.text):
        s_start, s_end = sentence_bounds(doc.text, match.start())
        claim = Claim(
            doc=doc.path, kind="figure", text=match.group(), start=match.start(), end=match.end(),
            sentence_start=s_start, sentence_end=s_end, measure="killed",
            value=float(match.group().replace(",", "")), qualifier="exact", unit="person", event=event,
            attributed_to=speaker,
        )
        if claims and doc.text[max(0, match.start() - 10):match.start()].strip() == "including":
            claim.subgroup = "children"
            claim.parent = len(claims) - 1
        claims.append(claim)
    return claims


def make_document(path: str, text: str, **meta: str | None) -> Document:
    return Document(path=path, text=text, sha256=Document.hash_bytes(text.encode()), format="txt", **meta)  # type: ignore[arg-type]

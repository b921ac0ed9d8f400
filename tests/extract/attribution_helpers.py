"""What the attribution tests share: the attribution of a needle in a passage, with its provenance checked."""
from __future__ import annotations

from claimledger.extract.context import Attribution, DocContext
from claimledger.model import Document


def context_of(text: str) -> DocContext:
    return DocContext.of(Document(path="t.txt", text=text, sha256="", format="txt"))


def who(text: str, needle: str, nth: int = 1) -> Attribution:
    """The attribution of the nth occurrence of `needle` in `text`; attribution_text must stand at its offset."""
    at = -1
    for _ in range(nth):
        at = text.index(needle, at + 1)
    att = context_of(text).attribution(at, at + len(needle))
    if att.attribution_text is not None:
        assert att.attribution_start is not None
        start = att.attribution_start
        assert text[start:start + len(att.attribution_text)] == att.attribution_text
    return att

"""The kinds over the seed documents: every claim anchored, and the bodies of a recognition list found."""
from __future__ import annotations

from pathlib import Path

from claimledger.extract import extract
from claimledger.model import Document


def _document(path: Path) -> Document:
    return Document(path=str(path), text=path.read_text(encoding="utf-8-sig"), sha256="", format="txt")


def test_every_kind_claim_on_the_seeds_is_anchored(seeds_dir: Path) -> None:
    kinds = {"characterization", "recognition", "legal_reference", "quote"}
    total = 0
    for path in sorted(seeds_dir.glob("*.txt")):
        document = _document(path)
        claims = extract(document, kinds=kinds)  # extract() checks text == plain[start:end] for each
        total += len(claims)
        assert all(c.sentence_start <= c.start <= c.end <= c.sentence_end for c in claims)
    assert total > 100


def test_recognition_lists_on_the_seeds_have_codes(seeds_dir: Path) -> None:
    codes = set()
    for path in sorted(seeds_dir.glob("*.txt")):
        codes |= {c.recognizer_code for c in extract(_document(path), kinds={"recognition"}) if c.recognizer_code}
    assert {"MX", "PK", "DJ", "RO", "GB-SCT", "PY"} <= codes

"""Read a file (txt, md, html, pdf) into a Document: the plain text all offsets index, plus metadata.
(Minimal txt reader until the readers land.)"""
from __future__ import annotations

from pathlib import Path

from claimledger.errors import ReadError
from claimledger.model import Document


def read(path: str | Path) -> Document:
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ReadError(path, exc.strerror or str(exc)) from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReadError(path, f"not UTF-8 ({exc.reason} at byte {exc.start})") from exc
    return Document(path=str(path), text=text, sha256=Document.hash_bytes(data), format="txt")

"""Read a file (txt, md, html, pdf, optionally gzipped) into a Document: the plain text all offsets index,
plus its metadata (title, publisher, author, published date, sha256, format).

    from claimledger.read import read, Limits
    document = read("statement.txt")                     # default limits
    document = read("page.html", Limits(max_seconds=5))  # a stricter budget

Every failure is a `ReadError(path, reason)` (a `LimitExceeded` when a limit was hit): one line, never a
traceback. The .txt rule is the offsets contract: ``open(path, encoding="utf-8-sig", newline="").read()``.
"""
from __future__ import annotations

from pathlib import Path

from claimledger.errors import LimitExceeded, ReadError
from claimledger.model import Document
from claimledger.read.limits import Deadline, Limits, check_text_length
from claimledger.read.metadata import text_metadata
from claimledger.read.sniff import FORMATS_BY_SUFFIX, content_suffixes, sniff
from claimledger.read.source import gunzip, load_bytes
from claimledger.read.txt import decode

__all__ = ["Document", "LimitExceeded", "Limits", "ReadError", "read"]


def read(path: str | Path, limits: Limits | None = None) -> Document:
    """The Document of the file at `path`; ReadError (or LimitExceeded) with a one-line reason otherwise."""
    limits = limits or Limits()
    p = Path(path)
    deadline = Deadline(path, limits.max_seconds)
    raw = load_bytes(p, limits)
    suffix, gzipped = content_suffixes(p)
    data = gunzip(p, raw, limits) if gzipped else raw
    fmt = sniff(p, suffix, data)
    named = FORMATS_BY_SUFFIX.get(suffix)
    try:
        document = _read_format(p, fmt, data, limits, deadline)
    except RecursionError as exc:
        raise ReadError(path, f"{fmt} structure nests too deeply to read") from exc
    except MemoryError as exc:
        raise LimitExceeded(path, "out of memory while reading") from exc
    if named and named != fmt:
        document.warnings.append(f"content is {fmt.upper()}, not {named} as the file name says")
    document.path = str(path)
    document.sha256 = Document.hash_bytes(raw)
    check_text_length(path, document.text, limits)
    deadline.check("the end of the read")
    return document


def _read_format(p: Path, fmt: str, data: bytes, limits: Limits, deadline: Deadline) -> Document:
    # the HTML and PDF readers import trafilatura and pypdf (~150 ms): only when a file needs them
    if fmt == "pdf":
        from claimledger.read.pdf import read_pdf

        document = read_pdf(p, data, limits, deadline)
        # a PDF's first line is usually a wrapped fragment, not a title: only dates and names come from its text
        _fill_from_text(document, overwrite=False, fields=("published", "author", "publisher"))
        return document
    if fmt == "html":
        from claimledger.read.html import read_html

        return read_html(p, data, limits, deadline)
    text, warnings = decode(p, data)
    document = Document(path=str(p), text=text, sha256="", format="txt", warnings=warnings)
    check_text_length(p, text, limits)
    if not text.strip():
        document.warnings.append("no text: the file holds only white space")
    _fill_from_text(document, overwrite=True)
    return document


def _fill_from_text(document: Document, overwrite: bool,
                    fields: tuple[str, ...] = ("title", "published", "author", "publisher")) -> None:
    """Metadata found in the text's own header and signature; for PDFs only where the file's info is silent."""
    found = text_metadata(document.text)
    for name in fields:
        value = getattr(found, name)
        if value and (overwrite or not getattr(document, name)):
            setattr(document, name, value)

"""PDF files through pypdf: the text layer of each page, pages joined by a blank line, plus the info metadata.

Choices (documented for the offsets contract): pages are joined with "\\n\\n" (a blank line also ends a
sentence, so no sentence runs across a page break) and pages without text are skipped; a PDF with pages but
no text layer at all (a scan) is a ReadError "no text layer (scanned PDF?)", since an empty document would
silently yield no claims. Pages whose fonts map to no characters are dropped with a warning.
"""
from __future__ import annotations

import logging
from contextlib import ExitStack
from datetime import datetime
from io import BytesIO
from pathlib import Path
from typing import Any

import pypdf
from pypdf.errors import FileNotDecryptedError, LimitReachedError, PdfReadError

from claimledger.errors import LimitExceeded, ReadError
from claimledger.model import Document
from claimledger.read.data import cues
from claimledger.read.limits import Deadline, Limits, size_text
from claimledger.read.normalize import clean_extracted
from claimledger.read.pdf_pages import pages_of

PAGE_JOIN = "\n\n"
GARBLED_SHARE = 0.3  # a page with more replacement characters than this is dropped with a warning

# pypdf logs every defect it repairs ("Object 172 0 not defined") through the root logger's last-resort
# handler, i.e. onto the CLI's stderr. The reader reports what matters itself (ReadError, Document.warnings).
# Set once at import, as pypdf's docs advise: toggling a global level per read would race between threads.
logging.getLogger("pypdf").setLevel(logging.CRITICAL)


def _configured(stack: ExitStack, limits: Limits) -> None:
    """Cap what any stream may inflate to (pypdf >= 6 has per-context configuration)."""
    apply = getattr(pypdf, "apply_configuration", None)
    if apply is None:
        return
    cap = limits.max_pdf_stream_bytes
    stack.enter_context(apply(
        zlib_maximum_output_length=cap, lzw_maximum_output_length=cap, run_length_maximum_output_length=cap,
        array_based_stream_maximum_output_length=cap, maximum_declared_stream_length=cap,
        image_maximum_buffer_size=cap,
    ))


def read_pdf(path: Path, data: bytes, limits: Limits, deadline: Deadline) -> Document:
    if b"%PDF-" not in data[:1024]:  # the header may follow up to 1 KB of junk (spec, section 7.5.2)
        raise ReadError(path, "not a PDF (no %PDF header)")
    with ExitStack() as stack:
        _configured(stack, limits)
        try:
            return _read(path, data, limits, deadline)
        except (ReadError, MemoryError):
            raise
        except LimitReachedError as exc:
            if "loop" in str(exc).lower():  # pypdf reports reference cycles through the same exception
                raise ReadError(path, f"broken PDF ({_first_line(exc)})") from exc
            raise LimitExceeded(path, f"a PDF stream is over a safety limit ({_first_line(exc)})") from exc
        except FileNotDecryptedError as exc:
            raise ReadError(path, "encrypted PDF: a password is needed") from exc
        except PdfReadError as exc:
            raise ReadError(path, f"broken PDF ({_first_line(exc)})") from exc
        except RecursionError as exc:
            raise ReadError(path, "broken PDF (objects nest too deeply)") from exc
        except Exception as exc:  # noqa: BLE001 - pypdf raises plain Python errors (KeyError, TypeError,
            # AssertionError...) on malformed objects; for a reader every one of them means "broken"
            raise ReadError(path, f"broken PDF ({type(exc).__name__}: {_first_line(exc)})") from exc


def _read(path: Path, data: bytes, limits: Limits, deadline: Deadline) -> Document:
    reader = pypdf.PdfReader(BytesIO(data), strict=False)
    if reader.is_encrypted:
        try:
            # many PDFs are encrypted with an empty user password: they open for anyone
            if not reader.decrypt(""):
                raise ReadError(path, "encrypted PDF: a password is needed")
        except ReadError:
            raise
        except Exception as exc:  # noqa: BLE001 - unsupported algorithm, missing crypto library, broken keys
            raise ReadError(path, f"encrypted PDF: cannot decrypt ({_first_line(exc)})") from exc
    deadline.check("PDF structure")
    page_objects, warnings = pages_of(reader, deadline, limits.max_pdf_pages)
    n_pages = len(page_objects)
    if n_pages > limits.max_pdf_pages:
        raise LimitExceeded(path, f"PDF has {n_pages:,} pages, over the {limits.max_pdf_pages:,} limit")
    if n_pages == 0:
        raise ReadError(path, "PDF has no pages")
    pages: list[str] = []
    total = 0
    failed = garbled = 0
    for index in range(n_pages):
        deadline.check(f"page {index + 1}")
        try:
            page_text = page_objects[index].extract_text() or ""
        except (LimitReachedError, MemoryError):
            raise
        except Exception:  # noqa: BLE001 - as above: one broken page must not lose the others
            failed += 1
            page_text = ""
        page_text = clean_extracted(page_text).strip("\n")
        if _garbled(page_text):
            garbled += 1  # fonts without a Unicode map: replacement characters would only mislead extraction
            page_text = ""
        total += len(page_text)
        if total > limits.max_text_chars:
            raise LimitExceeded(path, f"PDF text passes {limits.max_text_chars:,} characters, over the limit "
                                f"(at page {index + 1}; file is {size_text(len(data))})")
        pages.append(page_text)
    text = PAGE_JOIN.join(page for page in pages if page)  # blank and dropped pages leave no gap
    if not text.strip():
        if failed == n_pages:
            raise ReadError(path, "broken PDF (no page could be read)")
        if garbled:
            raise ReadError(path, "no readable text: the fonts have no Unicode mapping")
        raise ReadError(path, "no text layer (scanned PDF?)")
    document = Document(path=str(path), text=text, sha256="", format="pdf", warnings=warnings)
    if failed:
        document.warnings.append(f"{failed} of {n_pages} pages could not be read")
    if garbled:
        document.warnings.append(f"{garbled} of {n_pages} pages dropped: their fonts have no Unicode mapping")
    _metadata(reader, document)
    return document


def _metadata(reader: pypdf.PdfReader, document: Document) -> None:
    """Title, author and creation date from the info dictionary; unreadable metadata is skipped, never fatal."""
    try:
        info: Any = reader.metadata
    except Exception:  # noqa: BLE001 - any defect in metadata only loses the metadata
        document.warnings.append("unreadable PDF metadata")
        return
    if not info:
        return
    document.title = _field(info, "title")
    document.author = _field(info, "author")
    try:
        created = info.creation_date
    except Exception:  # noqa: BLE001 - a malformed date string raises inside pypdf
        created = None
    if isinstance(created, datetime):
        document.published = created.date().isoformat()


def _field(info: Any, name: str) -> str | None:
    try:
        value = getattr(info, name)
    except Exception:  # noqa: BLE001 - undecodable strings in the info dictionary
        return None
    if not isinstance(value, str):
        return None
    value = " ".join(clean_extracted(value).split())
    config = cues()["pdf"]
    for prefix in config["title_prefixes"]:
        if value.lower().startswith(prefix):
            value = value[len(prefix):]
    if value.lower() in config["placeholders"]:
        return None
    return value or None


def _garbled(text: str) -> bool:
    """Mostly U+FFFD: glyphs pypdf could not map to characters."""
    visible = sum(1 for ch in text if not ch.isspace())
    return visible > 0 and text.count("\ufffd") > GARBLED_SHARE * visible


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:160]

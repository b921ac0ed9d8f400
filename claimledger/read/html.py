"""HTML pages: decode, check the limits, then trafilatura's main text and metadata (html_text.py), or the
plain text of the whole body when it finds no article (html_plain.py).

The output is plain text (paragraphs separated by a blank line), optionally opened by the page title; date,
author and site go into the metadata. Scripts, styles, event handlers and link targets never reach it.
"""
from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import Any

from claimledger.errors import LimitExceeded, ReadError
from claimledger.model import Document
from claimledger.read.html_depth import max_depth
from claimledger.read.html_plain import plain_text
from claimledger.read.html_text import main_text
from claimledger.read.limits import Deadline, Limits, size_text
from claimledger.read.normalize import clean_extracted
from claimledger.read.sniff import looks_binary
from claimledger.read.txt import DETECTION_SAMPLE, decode_mixed, guess_legacy

TITLE_FIRST = True  # open the text with the page title: headlines carry claims and attributions

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
# Removed before any parser runs: never text, often megabytes (inline JSON), and libxml2 truncates a text
# node over 10 MB, which would lose the page after it.
_INERT = re.compile(r"<(script|style|template)\b[^>]*>.*?</\1\s*>|<!--.*?-->", re.I | re.S)


def decode_html(path: Path, data: bytes) -> tuple[str, list[str]]:
    """The page source as text: BOM, then <meta charset>, then UTF-8, then a detected legacy encoding."""
    boms = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
    for bom, codec in boms:
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), []
    declared = _META_CHARSET.search(data[:8192])
    if declared:
        name = declared.group(1).decode("ascii", "replace").lower()
        try:
            codecs.lookup(name)
            # browsers read latin-1 and ascii declarations as windows-1252; so do we
            codec = "cp1252" if name in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii") else name
            return data.decode(codec), []
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: detect instead
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    if looks_binary(data[:8192]):
        raise ReadError(path, "binary content, not HTML")
    mixed = decode_mixed(data)
    if mixed is not None:
        return mixed
    guess = guess_legacy(data[:DETECTION_SAMPLE])
    if guess is None:
        raise ReadError(path, "undecodable: not UTF-8 and no other encoding fits")
    return data.decode(guess, errors="replace"), [f"decoded as {guess}: not valid UTF-8"]


def read_html(path: Path, data: bytes, limits: Limits, deadline: Deadline) -> Document:
    source, warnings = decode_html(path, data)
    if len(source) > limits.max_html_bytes:
        raise LimitExceeded(path, f"HTML is {size_text(len(source))}, over the {size_text(limits.max_html_bytes)} "
                            "limit")
    source = _XML_DECLARATION.sub("", source, count=1)  # lxml refuses str input that declares an encoding
    source = _INERT.sub(" ", source)
    depth = max_depth(source, limits.max_html_depth)
    if depth > limits.max_html_depth:
        raise LimitExceeded(path, f"HTML nests elements over {limits.max_html_depth} levels deep")
    deadline.check("HTML decoding")
    document = Document(path=str(path), text="", sha256="", format="html", warnings=warnings)
    found = main_text(source)
    deadline.check("HTML main-text extraction")
    document.warnings += found.warnings
    _set_metadata(document, found.metadata)
    body = found.text
    if not body:
        body, title = plain_text(source)
        document.title = document.title or title
        if body:
            document.warnings.append("no article found: text is the whole page body")
    if not body:
        raise ReadError(path, "no text found")
    if TITLE_FIRST and document.title and document.title not in body[:400]:  # no headline twice
        body = f"{document.title}\n\n{body}"
    document.text = body
    return document


def _set_metadata(document: Document, metadata: dict[str, str]) -> None:
    document.title = _clean(metadata.get("title"))
    document.author = _clean(metadata.get("author"))
    document.publisher = _clean(metadata.get("sitename")) or _clean(metadata.get("hostname"))
    document.published = _clean(metadata.get("date"))
    document.url = _clean(metadata.get("url"))
    document.language = _clean(metadata.get("language"))


def _clean(value: Any) -> str | None:
    if not isinstance(value, str) or not value:
        return None
    value = " ".join(clean_extracted(value).split())
    return value or None

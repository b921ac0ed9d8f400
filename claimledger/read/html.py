"""HTML pages: trafilatura's main text and metadata, a plain lxml extraction when it finds no article.

The output is plain text (paragraphs separated by a blank line), optionally opened by the page title; date,
author and site go into the metadata. Scripts, styles, event handlers and link targets never reach it.
"""
from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import Any

import lxml.etree
import lxml.html
import trafilatura

from claimledger.errors import LimitExceeded, ReadError
from claimledger.model import Document
from claimledger.read.html_depth import max_depth
from claimledger.read.limits import Deadline, Limits, size_text
from claimledger.read.normalize import clean_extracted, tidy_lines
from claimledger.read.sniff import looks_binary
from claimledger.read.txt import decode_mixed, guess_legacy

# Options measured on the news-html benchmark (benchmarks/html_quality.py).
EXTRACT_OPTIONS: dict[str, Any] = {
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    "include_links": False,
    "favor_precision": False,
    "favor_recall": False,
    "deduplicate": False,
}
TITLE_FIRST = True  # open the text with the page title: headlines carry claims and attributions

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
# Removed before any parser runs: never text, often megabytes (inline JSON), and libxml2 truncates a text
# node over 10 MB, which would lose the page after it.
_INERT = re.compile(r"<(script|style|template)\b[^>]*>.*?</\1\s*>|<!--.*?-->", re.I | re.S)
_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "head",
              "form", "select", "button", "canvas", "audio", "video")
_BLOCK_TAGS = ("p", "div", "section", "article", "header", "footer", "aside", "nav", "main", "li", "ul", "ol",
               "dl", "dt", "dd", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "br",
               "hr", "figure", "figcaption", "address", "td", "th", "caption")


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
    guess = guess_legacy(data)
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
    body = _trafilatura(source, document)
    deadline.check("HTML main-text extraction")
    if not body:
        body, title = _plain_body(source)
        document.title = document.title or title
        if body:
            document.warnings.append("no article found: text is the whole page body")
    if not body:
        raise ReadError(path, "no text found")
    if TITLE_FIRST and document.title and document.title not in body[:400]:  # no headline twice
        body = f"{document.title}\n\n{body}"
    document.text = body
    return document


def _trafilatura(source: str, document: Document) -> str:
    """The article text (and the page metadata into `document`); '' when trafilatura finds no article."""
    try:
        extracted = trafilatura.bare_extraction(source, with_metadata=True, **EXTRACT_OPTIONS)
    except (ValueError, TypeError, lxml.etree.LxmlError, RecursionError, AttributeError, IndexError) as exc:
        document.warnings.append(f"main-text extraction failed ({type(exc).__name__})")
        return ""
    if extracted is None:
        return ""
    result: dict[str, Any] = extracted if isinstance(extracted, dict) else extracted.as_dict()
    document.title = _clean(result.get("title"))
    document.author = _clean(result.get("author"))
    document.publisher = _clean(result.get("sitename")) or _clean(result.get("hostname"))
    document.published = _clean(result.get("date"))
    document.url = _clean(result.get("url"))
    document.language = _clean(result.get("language"))
    return _paragraphs(result.get("text") or "")


def _paragraphs(text: str) -> str:
    """trafilatura puts one block per line; a blank line between blocks keeps sentences from running across."""
    lines = [line.strip() for line in clean_extracted(text).split("\n")]
    return "\n\n".join(line for line in lines if line)


def _plain_body(source: str) -> tuple[str, str | None]:
    """Every visible text of the page body, one block per paragraph, and the <title>, when there is no
    article to find."""
    try:
        root = lxml.html.document_fromstring(source)
    except (lxml.etree.LxmlError, ValueError):
        return "", None
    title_element = root.find(".//title")
    title = _clean(title_element.text_content()) if title_element is not None else None
    for element in list(root.iter(*_DROP_TAGS)):  # a list: dropping while iterating skips elements
        if element.getparent() is not None:
            element.drop_tree()
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n\n" + (element.tail or "")
    body = root.find("body")
    text = (body if body is not None else root).text_content()
    return tidy_lines(clean_extracted(text)), title


def _clean(value: Any) -> str | None:
    if not isinstance(value, str) or not value:
        return None
    value = " ".join(clean_extracted(value).split())
    return value or None

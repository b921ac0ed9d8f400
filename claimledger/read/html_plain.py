"""Every visible text of an HTML page, for pages where trafilatura finds no article.

Read-only over the lxml tree: lxml refuses to store some characters a hostile page may hold (found by the
markup fuzzer), so the text is collected, never written back. Recursion depth is bounded by the nesting
limit checked before parsing (and by libxml2's own 256 levels).
"""
from __future__ import annotations

import lxml.etree
import lxml.html

from claimledger.read.normalize import clean_extracted, tidy_lines

_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "head",
              "form", "select", "button", "canvas", "audio", "video")
_BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "header", "footer", "aside", "nav", "main", "li", "ul", "ol", "dl", "dt",
    "dd", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "br", "hr", "figure",
    "figcaption", "address", "td", "th", "caption",
})


def plain_text(source: str) -> tuple[str, str | None]:
    """The page body's text, one block per paragraph, and the <title> text."""
    try:
        root = lxml.html.document_fromstring(source)
    except (lxml.etree.LxmlError, ValueError):
        return "", None
    title_element = root.find(".//title")
    title = " ".join(clean_extracted(title_element.text_content()).split()) if title_element is not None else ""
    for element in list(root.iter(*_DROP_TAGS)):  # a list: dropping while iterating skips elements
        if element.getparent() is not None:
            element.drop_tree()
    body = root.find("body")
    parts: list[str] = []
    _collect(body if body is not None else root, parts)
    return tidy_lines(clean_extracted("".join(parts))), title or None


def _collect(element: lxml.html.HtmlElement, parts: list[str]) -> None:
    """The text under `element`, with a blank line around each block."""
    named = isinstance(element.tag, str)  # comments and processing instructions have a non-str tag
    block = named and element.tag in _BLOCK_TAGS
    if block:
        parts.append("\n\n")
    if named and element.text:
        parts.append(element.text)
    for child in element:
        _collect(child, parts)
        if child.tail:
            parts.append(child.tail)
    if block:
        parts.append("\n\n")

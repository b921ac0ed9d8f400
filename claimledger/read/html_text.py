"""An HTML page's main text and metadata through trafilatura, in two passes.

Measured on the news-html benchmark (benchmarks/html_quality.py): trafilatura's precision mode drops more
boilerplate (bylines, captions, related links) and scores higher on most pages, but on a few it keeps only a
fragment of the article. So both passes run, and the precise text wins unless it holds less than
PRECISE_SHARE of the default text.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

import trafilatura

from claimledger.read.normalize import clean_extracted

# trafilatura and htmldate log every page they cannot parse through the root logger's last-resort handler,
# i.e. onto the CLI's stderr; the reader reports what matters itself. Set once: per-read toggling would race.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)

EXTRACT_OPTIONS: dict[str, Any] = {
    "include_comments": False,  # reader comments are not the publisher's text
    "include_tables": True,  # infobox and casualty tables carry figures
    "include_images": False,
    "include_links": False,
    "favor_recall": False,
    "deduplicate": False,
}
TWO_PASSES = True
PRECISE_SHARE = 0.5  # F1 is flat from 0.3 to 0.6 on the benchmark, so this is not tuned to a page


@dataclass
class MainText:
    text: str = ""  # paragraphs separated by a blank line; "" when no article was found
    metadata: dict[str, str] = field(default_factory=dict)  # title, author, sitename, hostname, date, url...
    warnings: list[str] = field(default_factory=list)


def _extract(source: str, warnings: list[str], **options: Any) -> dict[str, Any] | None:
    try:
        extracted = trafilatura.bare_extraction(source, **options)
    except Exception as exc:  # noqa: BLE001 - third-party code on hostile input (htmldate asserts, lxml raises):
        # any failure inside it means "no article found", and the plain fallback takes over
        warnings.append(f"main-text extraction failed ({type(exc).__name__})")
        return None
    if extracted is None:
        return None
    return extracted if isinstance(extracted, dict) else extracted.as_dict()


def main_text(source: str) -> MainText:
    """The article of the page and its metadata (metadata comes from the default pass)."""
    found = MainText()
    default = _extract(source, found.warnings, with_metadata=True, favor_precision=False, **EXTRACT_OPTIONS)
    if default is None:
        return found
    found.metadata = {key: value for key, value in default.items() if isinstance(value, str) and value}
    found.text = paragraphs(default.get("text") or "")
    if TWO_PASSES and found.text:
        precise = _extract(source, [], with_metadata=False, favor_precision=True, **EXTRACT_OPTIONS)
        precise_text = paragraphs((precise or {}).get("text") or "")
        if len(precise_text) >= PRECISE_SHARE * len(found.text):
            found.text = precise_text
    return found


def paragraphs(text: str) -> str:
    """trafilatura puts one block per line; a blank line between blocks keeps sentences from running across."""
    lines = [line.strip() for line in clean_extracted(text).split("\n")]
    return "\n\n".join(line for line in lines if line)

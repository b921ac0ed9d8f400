"""Clean text that an extractor produced (PDF, HTML): nothing a terminal or a JSON writer would choke on.

Never applied to .txt files, whose text must equal the file's characters exactly.
"""
from __future__ import annotations

import re

# C0/C1 controls other than tab, line feed, form feed and carriage return; lone surrogates.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


def clean_extracted(text: str) -> str:
    """Drop control characters and lone surrogates; keep every visible character where it was."""
    return _CONTROLS.sub("", text)


def tidy_lines(text: str) -> str:
    """Collapse runs of spaces within lines and of blank lines between paragraphs (for markup fallbacks)."""
    lines = [_SPACES.sub(" ", line).strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()

"""The limits that keep one hostile document from exhausting memory or time, and the per-document timer.

Every limit is configurable; a violation is a `LimitExceeded(path, reason)` with a short reason that names
the measured value and the limit. Time is checked between steps (pages, parsing stages) with a monotonic
clock, never with signals: signals only work in the main thread and would break the server's workers.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from claimledger.errors import LimitExceeded

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Upper bounds for one read. The defaults suit real reports, statements and news pages."""

    max_file_bytes: int = 50 * MB  # the file on disk, any format
    max_pdf_pages: int = 2_000
    max_pdf_stream_bytes: int = 75 * MB  # what one PDF stream may inflate to (compression bombs)
    max_html_bytes: int = 20 * MB  # the HTML source after decoding
    max_html_depth: int = 256  # element nesting; news pages stay under 40, libxml2 drops what is deeper
    max_text_chars: int = 50_000_000  # the plain text handed to extraction
    # wall time for the whole read, checked between steps; `claimledger ingest` also enforces it, by default, as a
    # hard limit on read + extract (a killable child process: claimledger/scale/timed.py, --time-limit)
    max_seconds: float = 60.0


def size_text(n_bytes: int) -> str:
    """A human size for error messages: '73 MB', '512 KB', '80 bytes'."""
    if n_bytes >= MB:
        text = f"{n_bytes / MB:.1f}".removesuffix(".0")
        return f"{text} MB"
    if n_bytes >= 1024:
        return f"{n_bytes / 1024:.0f} KB"
    return f"{n_bytes} bytes"


class Deadline:
    """The time budget of one read; `check()` between steps raises once it is spent."""

    def __init__(self, path: str | Path, seconds: float) -> None:
        self.path = path
        self.seconds = seconds
        self.started = time.monotonic()

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def check(self, step: str) -> None:
        if self.elapsed() > self.seconds:
            raise LimitExceeded(self.path, f"reading took over {self.seconds:g} s (at {step})")


def check_text_length(path: str | Path, text: str, limits: Limits) -> None:
    if len(text) > limits.max_text_chars:
        raise LimitExceeded(path, f"text has {len(text):,} characters, over the {limits.max_text_chars:,} limit")

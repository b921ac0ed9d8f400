"""The nesting estimate, gzip inflation, and a PDF behind another name."""
from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from claimledger.errors import LimitExceeded
from claimledger.read import Limits, read
from claimledger.read.html_depth import max_depth
from claimledger.read.limits import size_text


@pytest.mark.parametrize(("source", "depth"), [
    ("<html><body><div><p>a</p></div></body></html>", 4),
    ("<html><body>" + "<p>unclosed paragraph" * 500 + "</body></html>", 3),  # a new <p> closes the open one
    ("<html><body>" + "<br><img src=x><hr>" * 500 + "</body></html>", 2),  # void elements never open
    ("<div><script>" + "<div>" * 500 + "</script></div>", 1),  # markup inside a script is text
    ("<div><!-- " + "<div>" * 500 + " --></div>", 1),
    ("<div><span><b>text</div><div>", 3),  # a closing tag pops back to its opener
])
def test_max_depth(source: str, depth: int) -> None:
    assert max_depth(source, stop_at=10_000) == depth


def test_max_depth_stops_early() -> None:
    assert max_depth("<div>" * 100_000, stop_at=300) == 301


def test_gzip_bomb_stops_at_the_file_limit(tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(b"<p>a</p>" * 200_000))  # 1.6 MB inflated, a few KB on disk
    with pytest.raises(LimitExceeded, match="gzip content inflates past the 1 MB limit"):
        read(path, Limits(max_file_bytes=1024 * 1024))


def test_size_text() -> None:
    assert [size_text(n) for n in (80, 4096, 73 * 1024 * 1024, 52_500_000)] == ["80 bytes", "4 KB", "73 MB", "50.1 MB"]

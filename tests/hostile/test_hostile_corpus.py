"""Every hostile file gives a Document or a one-line ReadError, within a time bound, and never anything else."""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimledger.errors import ReadError
from claimledger.model import Document
from claimledger.read import Limits, read

sys.path.insert(0, str(Path(__file__).parent))
from make_corpus import EXTENSIONS, make_corpus, valid_pdf  # noqa: E402

SECONDS_PER_FILE = 20.0  # generous for a loaded 2-core CI box; a typical file takes milliseconds
LIMITS = Limits(max_seconds=15)


def _outcome(path: Path) -> Document | ReadError:
    try:
        return read(path, LIMITS)
    except ReadError as exc:
        return exc


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return make_corpus(tmp_path_factory.mktemp("hostile"))


@pytest.mark.slow
def test_every_hostile_file_reads_or_fails_in_one_line(corpus: list[Path]) -> None:
    assert len(corpus) >= 190
    slow: list[str] = []
    for path in corpus:
        started = time.monotonic()
        outcome = _outcome(path)  # anything but Document/ReadError propagates and fails the test
        if time.monotonic() - started > SECONDS_PER_FILE:
            slow.append(path.name)
        if isinstance(outcome, ReadError):
            message = str(outcome)
            assert "\n" not in message and message.startswith(str(path)) and outcome.reason, message
        else:
            assert isinstance(outcome.text, str)
            outcome.text.encode("utf-8")  # printable by `claimledger text`: no lone surrogates
    assert not slow


def _reason(corpus: list[Path], name: str) -> str:
    outcome = _outcome(next(p for p in corpus if p.name == name))
    assert isinstance(outcome, ReadError), name
    return outcome.reason


@pytest.mark.slow
def test_named_hostile_cases(corpus: list[Path]) -> None:
    expected = {
        "compression-bomb.pdf": "over a safety limit",
        "gzip-bomb.html.gz": "inflates past",
        "nested-100k.html": "nests elements over",
        "nested-100k-unclosed.html": "nests elements over",
        "single-line-50mb.txt": "over the 50,000,000 limit",
        "over-50mb.txt": "over the 52,428,800 bytes limit",
        "loop-a.txt": "symbolic link loop",
        "self-loop.html": "symbolic link loop",
        "dangling.pdf": "broken symbolic link",
        "fifo.txt": "FIFO",
        "a-directory.html": "directory",
        "nul-bytes.txt": "binary content, not text",
        "utf16-no-bom.txt": "binary content, not text",
        "zero-bytes.pdf": "empty file",
        "truncated-0500.pdf": "broken PDF",
        "script-only.html": "no text found",
        "zip-as.docx": "unsupported file type .docx",
        "pages-2001.pdf": "PDF has 2,001 pages, over the 2,000 limit",
    }
    for name, reason in expected.items():
        assert reason in _reason(corpus, name), name


@pytest.mark.slow
def test_damaged_but_readable(corpus: list[Path]) -> None:
    readable = ("lost-page-tree.pdf", "nested-250.html", "huge-inline-script.html", "pdf-named.txt",
                "mixed-utf8-cp1252.txt", "cp1251.txt")
    for name in readable:
        document = _outcome(next(p for p in corpus if p.name == name))
        assert isinstance(document, Document), name
        assert "212" in document.text or "613" in document.text, name


@pytest.mark.slow
def test_hostile_markup_never_reaches_the_text(corpus: list[Path]) -> None:
    document = _outcome(next(p for p in corpus if p.name == "scripts-and-handlers.html"))
    assert isinstance(document, Document)
    assert "212 people were killed" in document.text
    for forbidden in ("alert", "INJECTED", "javascript:", "onerror", "<"):
        assert forbidden not in document.text


def test_unreadable_file_as_root_or_not(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("Velmora", encoding="utf-8")
    path.chmod(0)
    outcome = _outcome(path)
    if os.geteuid() == 0:
        assert isinstance(outcome, Document)  # root reads any mode; the FIFO and symlink cases cover refusal
    else:
        assert isinstance(outcome, ReadError) and outcome.reason == "permission denied"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=4096), extension=st.sampled_from(EXTENSIONS))
def test_fuzz_random_bytes(tmp_path: Path, data: bytes, extension: str) -> None:
    path = tmp_path / f"fuzz{extension}"
    path.write_bytes(data)
    _outcome(path)


_PDF = valid_pdf(pages=2)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.lists(st.tuples(st.integers(0, len(_PDF) - 1), st.integers(0, 255)), min_size=1, max_size=24),
       cut=st.integers(1, len(_PDF)))
def test_fuzz_mutated_pdf(tmp_path: Path, edits: list[tuple[int, int]], cut: int) -> None:
    data = bytearray(_PDF)
    for position, value in edits:
        data[position] = value
    path = tmp_path / "mutant.pdf"
    path.write_bytes(bytes(data[:cut]))
    _outcome(path)


_HTML_TOKENS = (
    "<html>", "</html>", "<head>", "</head>", "<body>", "</body>", "<p>", "</p>", "<div>", "</div>", "<table>",
    "<tr>", "<td>", "</td>", "<script>", "</script>", "<style>", "<!--", "-->", "<title>", "</title>", "<br>",
    "<a href='javascript:alert(1)'>", "</a>", "<img onerror='alert(1)'>", "<![CDATA[", "]]>", "<?xml version='1.0'?>",
    "<!DOCTYPE html>", "&amp;", "&#0;", "&#xD800;", "&nonsense;", "<meta charset='utf-16'>", "<svg>", "<math>",
    "<article>", "</article>", "<h1>", "<li>", "<", ">", "\x00", "\u202e",
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=st.lists(st.one_of(st.sampled_from(_HTML_TOKENS), st.text(max_size=40)), max_size=80))
def test_fuzz_markup(tmp_path: Path, parts: list[str]) -> None:
    path = tmp_path / "fuzz.html"
    path.write_bytes("".join(parts).encode("utf-8", "surrogatepass"))
    outcome = _outcome(path)
    if isinstance(outcome, Document):
        outcome.text.encode("utf-8")  # no lone surrogates
        assert "\x00" not in outcome.text

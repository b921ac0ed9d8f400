"""The bundled example documents (examples/): how many, which formats, the provenance line first, each one
readable through `claimledger.read.read`, the PDF in step with its source, and no sentence taken from the
shared seeds or corpora."""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest
from lxml import html as lxml_html
from pypdf import PdfReader

from claimledger.errors import ReadError
from claimledger.read import read

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
DOCUMENT_SUFFIXES = (".txt", ".html", ".pdf")
DOCUMENTS = sorted(p for p in EXAMPLES.iterdir() if p.suffix in DOCUMENT_SUFFIXES) if EXAMPLES.is_dir() else []
PROVENANCE = re.compile(r"^(?:<!--\s*)?Written for claimledger: .*\bparaphras\w* \S")  # names what it paraphrases
SHINGLE = 10  # words in a row that count as a copied passage
# Names any text may share word for word: the full title of an instrument or of a book.
SHARED_TITLES = (
    "Convention on the Prevention and Punishment of the Crime of Genocide",
    "Black Garden: Armenia and Azerbaijan through Peace and War",
)


def _ids(paths: list[Path]) -> list[str]:
    return [p.name for p in paths]


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _source_text(path: Path) -> str:
    """The document as written: the file itself, or for a PDF its text layer (read independently of claimledger)."""
    return _pdf_text(path) if path.suffix == ".pdf" else path.read_text(encoding="utf-8")


def _make_pdf() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_pdf", EXAMPLES / "src" / "make_pdf.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_there_are_8_to_12_documents_including_html_and_pdf() -> None:
    assert 8 <= len(DOCUMENTS) <= 12, [p.name for p in DOCUMENTS]
    suffixes = {p.suffix for p in DOCUMENTS}
    assert {".html", ".pdf"} <= suffixes


@pytest.mark.parametrize("path", DOCUMENTS, ids=_ids(DOCUMENTS))
def test_document_as_written_opens_with_the_provenance_line(path: Path) -> None:
    assert PROVENANCE.match(_first_line(_source_text(path))), path.name


@pytest.mark.parametrize("path", DOCUMENTS, ids=_ids(DOCUMENTS))
def test_document_reads_and_keeps_the_provenance_line(path: Path) -> None:
    document = read(path)
    assert document.format == path.suffix.lstrip(".")
    assert "Khojaly" in document.text
    lines = [line.strip() for line in document.text.splitlines() if line.strip()]
    if path.suffix == ".html" and lines[0] == document.title:
        lines = lines[1:]  # a reader may lead with the page's headline; the provenance paragraph follows at once
    assert PROVENANCE.match(lines[0]), (path.name, lines[:2])


@pytest.mark.parametrize("path", DOCUMENTS, ids=_ids(DOCUMENTS))
def test_document_is_short(path: Path) -> None:
    size = len(_source_text(path).encode("utf-8"))
    assert 1000 <= size <= 4096, (path.name, size)


def test_readme_lists_every_document() -> None:
    readme = (EXAMPLES.parent / "docs" / "examples.md").read_text(encoding="utf-8")
    missing = [p.name for p in DOCUMENTS if f"`{p.name}`" not in readme]
    assert not missing


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text))


def test_html_page_metadata_reaches_the_document_and_its_script_does_not() -> None:
    pages = [p for p in DOCUMENTS if p.suffix == ".html"]
    assert pages
    for page in pages:
        root = lxml_html.parse(str(page)).getroot()
        meta = {m.get("property") or m.get("name"): m.get("content") for m in root.head.iter("meta")}
        scripts = [s.text or "" for s in root.head.iter("script")]
        assert scripts and all(scripts), "each page carries an inert <script> in its head"
        for script in list(root.iter("script")):
            script.getparent().remove(script)
        # Words found only inside the script (e.g. its wordCount value) must never surface as text.
        script_only = _words(" ".join(scripts)) - _words(root.text_content())
        assert script_only
        document = read(page)
        assert not script_only & _words(document.text)
        assert document.publisher == meta["og:site_name"]
        assert document.author == meta["author"]
        assert document.published == meta["article:published_time"][:10]


def test_pdf_metadata_matches_its_source_and_reaches_the_document() -> None:
    make_pdf = _make_pdf()
    sources = make_pdf.sources()
    assert sources, "every example PDF is generated from a TOML source"
    for source in sources:
        spec = make_pdf.load(source)
        path = EXAMPLES / spec["output"]
        info = PdfReader(path).metadata
        assert info is not None and info.title == spec["title"] and info.author == spec["author"]
        document = read(path)
        assert document.title == spec["title"]
        assert document.author == spec["author"]


def test_pdf_is_rebuilt_identically_from_its_source(tmp_path: Path) -> None:
    make_pdf = _make_pdf()
    for source in make_pdf.sources():
        rebuilt = make_pdf.build(source, tmp_path)
        committed = EXAMPLES / rebuilt.name
        assert rebuilt.read_bytes() == committed.read_bytes(), f"run examples/src/make_pdf.py to refresh {rebuilt.name}"


def _runs(text: str) -> list[list[str]]:
    """The text's words, cut wherever a shared title stands, so quoting a title is never taken for copying."""
    joined = " ".join(re.findall(r"\w+", text.lower()))
    for title in SHARED_TITLES:
        joined = joined.replace(" ".join(re.findall(r"\w+", title.lower())), "|")
    return [part.split() for part in joined.split("|")]


def _shingles(text: str) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + SHINGLE]) for words in _runs(text) for i in range(len(words) - SHINGLE + 1)}


def _copied(shared_files: list[Path]) -> dict[str, list[str]]:
    """Which example shares a run of SHINGLE words with which shared file (files no reader can open are passed)."""
    ours = {p.name: _shingles(_source_text(p)) for p in DOCUMENTS}
    hits: dict[str, list[str]] = {}
    for shared in shared_files:
        try:
            theirs = _shingles(read(shared).text)
        except ReadError:
            continue
        for name, grams in ours.items():
            if grams & theirs:
                hits.setdefault(name, []).append(shared.name)
    return hits


def test_no_passage_is_copied_from_the_seeds(seeds_dir: Path) -> None:
    assert not _copied(sorted(seeds_dir.glob("*.txt")))


@pytest.mark.slow
def test_no_passage_is_copied_from_the_corpora(corpora_dir: Path) -> None:
    assert not _copied(sorted(p for p in corpora_dir.rglob("*") if p.is_file() and p.suffix in (".gz", ".pdf")))

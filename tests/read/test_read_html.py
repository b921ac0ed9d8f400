"""HTML pages: main text, metadata, hostile markup, the fallback, and the news benchmark's floor."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from claimledger.errors import LimitExceeded, ReadError
from claimledger.read import Limits, html_text, read

ARTICLE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ostra council counts the dead</title>
<meta property="og:site_name" content="Velmora Daily">
<meta name="author" content="Lena Markovic">
<meta property="article:published_time" content="2019-05-03T10:00:00Z">
<script>var tracker = "alert('tracked')";</script><style>p { color: red }</style>
</head><body onload="alert('x')">
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Ostra council counts the dead</h1>
<p>The council of Velmora said on Friday that 212 people were killed in Ostra during the night of the attack,
a figure the opposition disputes.</p>
<p>The mayor, Tomas Arvel, told reporters the count was not final and that 40 people were still missing.
<a href="javascript:alert('x')">Read more</a> <img src="x.png" onerror="alert('img')"></p>
<p>An independent commission will publish its own estimate next month, according to its chairwoman.</p>
</article><footer>© Velmora Daily</footer></body></html>"""


def _write(tmp_path: Path, name: str, data: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def test_article_text_and_metadata(tmp_path: Path) -> None:
    document = read(_write(tmp_path, "a.html", ARTICLE))
    assert document.format == "html"
    assert "212 people were killed in Ostra" in document.text
    assert "40 people were still missing" in document.text
    assert document.title == "Ostra council counts the dead"
    assert document.author == "Lena Markovic"
    assert document.publisher == "Velmora Daily"
    assert document.published == "2019-05-03"
    assert "\n\n" in document.text  # paragraphs are separated by a blank line


def test_scripts_handlers_and_links_never_reach_the_text(tmp_path: Path) -> None:
    text = read(_write(tmp_path, "a.html", ARTICLE)).text
    for forbidden in ("alert", "javascript:", "onerror", "onload", "<script", "tracker", "color: red", "<"):
        assert forbidden not in text


def test_fallback_to_the_body_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # trafilatura finds an article in nearly anything; make it find none to exercise the lxml fallback
    monkeypatch.setattr(html_text.trafilatura, "bare_extraction", lambda *args, **kwargs: None)
    document = read(_write(tmp_path, "b.html", "<html><head><title>Ostra</title></head><body><div>Velmora: 212 dead."
                                              "</div><script>alert(1)</script></body></html>"))
    assert document.text == "Ostra\n\nVelmora: 212 dead."
    assert document.title == "Ostra"
    assert document.warnings == ["no article found: text is the whole page body"]


def test_bare_text_behind_an_html_name(tmp_path: Path) -> None:
    document = read(_write(tmp_path, "bare.html", "Velmora: 212 dead."))
    assert document.text == "Velmora: 212 dead."
    assert "alert" not in document.text


@pytest.mark.parametrize("page", [
    "<html><body>   </body></html>",
    "<html><body><script>document.write('x')</script></body></html>",
    "<html><body><!-- only a comment --></body></html>",
])
def test_no_text_found(tmp_path: Path, page: str) -> None:
    with pytest.raises(ReadError, match="no text found"):
        read(_write(tmp_path, "empty.html", page))


def test_nesting_limit(tmp_path: Path) -> None:
    page = "<html><body>" + "<div>" * 5000 + "deep" + "</div>" * 5000 + "</body></html>"
    with pytest.raises(LimitExceeded, match="nests elements over 256 levels"):
        read(_write(tmp_path, "deep.html", page))
    shallow = "<html><body>" + "<div>" * 50 + "<p>Velmora counted 212 dead.</p>" + "</div>" * 50 + "</body></html>"
    assert "212 dead" in read(_write(tmp_path, "ok.html", shallow)).text


def test_html_size_limit(tmp_path: Path) -> None:
    with pytest.raises(LimitExceeded, match="HTML is"):
        read(_write(tmp_path, "big.html", ARTICLE), Limits(max_html_bytes=1000))


def test_legacy_charset_declared_in_meta(tmp_path: Path) -> None:
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>'
            "<p>Совет Велморы сообщил, что погибли 212 человек.</p></body></html>")
    assert "погибли 212 человек" in read(_write(tmp_path, "c.html", page.encode("cp1251"))).text


def test_gzipped_page(tmp_path: Path) -> None:
    import gzip

    document = read(_write(tmp_path, "a.html.gz", gzip.compress(ARTICLE.encode())))
    assert document.format == "html" and "212 people" in document.text


def test_news_benchmark_floor(corpora_dir: Path) -> None:
    """Measured F1 0.952 as printed (title line first), 0.962 without the title (benchmarks/html_quality.py)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from html_quality import evaluate

    result = evaluate(corpora_dir / "news-html", verbose=False)
    assert result.f1 >= 0.94, result
    assert result.body_f1 >= 0.95, result
    assert result.recall >= 0.95, result


def test_fallback_survives_control_characters(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # found by the markup fuzzer: lxml refuses to store a vertical tab, so the fallback never writes the tree
    monkeypatch.setattr(html_text.trafilatura, "bare_extraction", lambda *args, **kwargs: None)
    page = "<html><body><div>Ostra\x0b</div>tail\x01<p>Velmora: 212 dead.</p></body></html>"
    assert read(_write(tmp_path, "c.html", page)).text == "Ostra\n\ntail\n\nVelmora: 212 dead."

"""Write a hostile corpus: files built to break a document reader, ~200 of them.

    python tests/hostile/make_corpus.py OUT_DIR [--no-big]

Truncated and corrupted PDFs, a compression-bomb PDF, random bytes behind every extension, mixed and wrong
encodings, NUL bytes, a 50 MB single line, HTML nested 100,000 levels deep, scripts and event handlers,
a symlink loop, a dangling symlink, a FIFO, a directory named like a document, an unreadable file, a gzip
bomb and zero-byte files. Deterministic for a given seed.
"""
from __future__ import annotations

import argparse
import contextlib
import gzip
import io
import os
import random
import re
import zlib
from collections.abc import Callable
from pathlib import Path

MB = 1024 * 1024
# Invented sentences (fictional places), so the corpus copies nothing from real documents.
SENTENCE = "On 3 March 1994 the council of Velmora said 212 people were killed near the river Ostra."
EXTENSIONS = (".txt", ".md", ".html", ".htm", ".pdf", ".docx", "")


def valid_pdf(pages: int = 2, text: str = SENTENCE, **canvas_options: object) -> bytes:
    """A small real PDF made with reportlab (the test extra)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, **canvas_options)  # type: ignore[arg-type]
    pdf.setTitle("Report of the Velmora council")
    pdf.setAuthor("Ines Korvak")
    for number in range(pages):
        pdf.drawString(72, 760, f"Page {number + 1}. {text}")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _pdf_with_stream(stream: bytes, flate: bool) -> bytes:
    """A hand-built one-page PDF whose content stream is `stream` (already compressed when `flate`)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d%s >>\nstream\n" % (len(stream), b" /Filter /FlateDecode" if flate else b"") + stream
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def bomb_pdf(inflated_mb: int = 300) -> bytes:
    """A FlateDecode content stream of ~300 KB that inflates to `inflated_mb` MB of spaces."""
    compressor = zlib.compressobj(9)
    chunk = b" " * MB
    parts = [compressor.compress(b"BT /F1 12 Tf 72 720 Td (Velmora) Tj ET\n")]
    parts += [compressor.compress(chunk) for _ in range(inflated_mb)]
    parts.append(compressor.flush())
    return _pdf_with_stream(b"".join(parts), flate=True)


def gzip_bomb(inflated_mb: int = 120) -> bytes:
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", compresslevel=9) as f:
        chunk = b"<p>a</p>" * (MB // 8)
        for _ in range(inflated_mb):
            f.write(chunk)
    return buffer.getvalue()


def nested_html(depth: int, closed: bool = True) -> bytes:
    close = "</div>" * depth if closed else ""
    return f"<html><body>{'<div>' * depth}{SENTENCE}{close}<p>After the nest.</p></body></html>".encode()


HOSTILE_HTML = (
    "<html><head><title>Velmora</title><script>document.write('<p>INJECTED</p>')</script>"
    "<style>p { color: red }</style></head><body onload=\"alert('x')\">"
    f"<article><h1>Velmora council report</h1><p>{SENTENCE}</p>"
    "<p><a href=\"javascript:alert('x')\">a link</a> and <img src=x onerror=\"alert('x')\"> an image.</p>"
    "<p>The mayor, Tomas Arvel, said the count was not final.</p>"
    "<svg><script>alert('svg')</script></svg><iframe src=\"javascript:alert(1)\"></iframe></article></body></html>"
)


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def _special_files(folder: Path) -> list[Path]:
    """Paths that are not regular readable files."""
    made: list[Path] = []
    loop_a, loop_b, self_loop = folder / "loop-a.txt", folder / "loop-b.txt", folder / "self-loop.html"
    loop_a.symlink_to(loop_b.name)
    loop_b.symlink_to(loop_a.name)
    self_loop.symlink_to(self_loop.name)
    dangling = folder / "dangling.pdf"
    dangling.symlink_to("no-such-target.pdf")
    made += [loop_a, loop_b, self_loop, dangling]
    if hasattr(os, "mkfifo"):
        fifo = folder / "fifo.txt"
        os.mkfifo(fifo)
        made.append(fifo)
    directory = folder / "a-directory.html"
    directory.mkdir()
    made.append(directory)
    locked = _write(folder, "chmod-000.txt", SENTENCE.encode())
    locked.chmod(0)
    made.append(locked)
    made.append(folder / "missing.txt")  # never created
    return made


def _encodings(folder: Path) -> list[Path]:
    text = SENTENCE + " Café, naïve, Ходжалы, Hocalı, 東京.\n"
    latin = SENTENCE + " Café, naïve — «quoted».\n"
    cases: dict[str, bytes] = {
        "utf8.txt": text.encode(),
        "utf8-bom.txt": b"\xef\xbb\xbf" + text.encode(),
        "utf16-le-bom.txt": text.encode("utf-16"),
        "utf16-be-bom.txt": b"\xfe\xff" + text.encode("utf-16-be"),
        "utf16-no-bom.txt": text.encode("utf-16-le"),
        "utf32-bom.txt": text.encode("utf-32"),
        "cp1252.txt": latin.encode("cp1252"),
        "latin1.md": latin.encode("latin-1", errors="replace"),
        "cp1251.txt": ("Ходжалы, 1992: " + "погибли 613 человек. " * 5).encode("cp1251"),
        "koi8r.txt": ("Ходжалы, 1992: " + "погибли 613 человек. " * 5).encode("koi8-r"),
        "shift-jis.txt": ("東京の報告では" * 10).encode("shift_jis"),
        "mixed-utf8-cp1252.txt": text.encode() + latin.encode("cp1252") + text.encode(),
        "invalid-utf8-sequences.txt": b"Velmora \xc3\x28 \xa0\xa1 \xe2\x82 \xf0\x28\x8c\xbc end\n",
        "overlong-utf8.txt": b"Velmora \xc0\xaf \xe0\x80\xaf overlong\n",
        "surrogates-utf8.txt": b"Velmora \xed\xa0\x80 surrogate\n",
        "nul-bytes.txt": SENTENCE.encode() + b"\x00\x00" + SENTENCE.encode(),
        "nul-only.txt": b"\x00" * 4096,
        "crlf.txt": text.replace("\n", "\r\n").encode() * 3,
        "cr-only.txt": text.replace("\n", "\r").encode() * 3,
        "whitespace-only.txt": b" \n\t\r\n   \n",
        "bom-only.txt": b"\xef\xbb\xbf",
        "control-chars.txt": bytes(range(1, 32)) * 20,
        "escape-sequences.txt": b"\x1b[31mred\x1b[0m \x1b]0;title\x07 " + SENTENCE.encode(),
        "bidi-override.txt": ("\u202e" + SENTENCE + "\u202c").encode(),
        "html-declares-utf16.html": b'<html><head><meta charset="utf-16"></head><body><p>' + SENTENCE.encode()
        + b"</p></body></html>",
        "html-unknown-charset.html": b'<meta charset="x-klingon"><p>' + latin.encode("cp1252") + b"</p>",
        "html-cp1251.html": b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        b"</head><body><p>" + ("Ходжалы: погибли 613 человек. " * 5).encode("cp1251") + b"</p></body></html>",
        "html-xml-declaration.html": b'<?xml version="1.0" encoding="ISO-8859-1"?><html><body><p>'
        + latin.encode("latin-1", errors="replace") + b"</p></body></html>",
    }
    return [_write(folder, name, data) for name, data in cases.items()]


def _html(folder: Path, big: bool) -> list[Path]:
    cases: dict[str, bytes] = {
        "nested-100k.html": nested_html(100_000),
        "nested-100k-unclosed.html": nested_html(100_000, closed=False),
        "nested-300.html": nested_html(300),
        "nested-250.html": nested_html(250),
        "nested-spans-table.htm": (("<table><tr><td>" * 5000) + SENTENCE + ("</td></tr></table>" * 5000)).encode(),
        "scripts-and-handlers.html": HOSTILE_HTML.encode(),
        "script-only.html": b"<html><body><script>var x = '" + b"a" * 5000 + b"';</script></body></html>",
        "empty-body.html": b"<html><head><title></title></head><body>   </body></html>",
        "comment-only.html": b"<html><body><!-- " + b"x" * 100_000 + b" --></body></html>",
        "unclosed-comment.html": b"<html><body><!-- " + SENTENCE.encode() + b"<p>text",
        "bare-text.html": SENTENCE.encode(),
        "entity-expansion.html": b'<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]><html><body><p>&c;&c;&c; ' + SENTENCE.encode()
        + b"</p></body></html>",
        "huge-attribute.html": b'<html><body><p title="' + b"x" * (2 * MB) + b'">' + SENTENCE.encode()
        + b"</p></body></html>",
        "many-paragraphs.html": b"<html><body>" + (b"<p>" + SENTENCE.encode() + b"</p>") * 20_000 + b"</body></html>",
        "broken-tags.html": b"<html<body><p <b>>" + SENTENCE.encode() + b"</i></p></div></html>>>",
        "null-in-html.html": b"<html><body><p>Velmora\x00council</p></body></html>",
        "frameset.html": b'<html><frameset><frame src="a.html"><frame src="b.html"></frameset></html>',
        "no-extension-html": b"<!DOCTYPE html><html><body><p>" + SENTENCE.encode() + b"</p></body></html>",
    }
    if big:  # one inline script over libxml2's 10 MB text-node limit, before the article
        script = b"<script>var d = '" + b"x" * (12 * MB) + b"';</script>"
        cases["huge-inline-script.html"] = (b"<html><head>" + script + b"</head><body><article><p>" + SENTENCE.encode()
                                            + b"</p><p>The mayor, Tomas Arvel, said so.</p></article></body></html>")
    paths = [_write(folder, name, data) for name, data in cases.items()]
    paths.append(_write(folder, "gzip-bomb.html.gz", gzip_bomb(120 if big else 60)))
    paths.append(_write(folder, "truncated.html.gz", gzip.compress(HOSTILE_HTML.encode() * 50)[:400]))
    paths.append(_write(folder, "page.html.gz", gzip.compress(HOSTILE_HTML.encode())))
    return paths


def _pdfs(folder: Path, rng: random.Random, big: bool) -> list[Path]:
    good = valid_pdf(pages=3)
    paths = [_write(folder, "valid.pdf", good)]
    for fraction in (0.05, 0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9, 0.97, 0.995):
        paths.append(_write(folder, f"truncated-{int(fraction * 1000):04d}.pdf", good[:int(len(good) * fraction)]))
    for number in range(50):
        corrupt = bytearray(good)
        for _ in range(rng.choice((1, 4, 16, 64))):
            corrupt[rng.randrange(len(corrupt))] = rng.randrange(256)
        paths.append(_write(folder, f"corrupted-{number:02d}.pdf", bytes(corrupt)))
    for number in range(8):  # splice a random block into the middle
        at = rng.randrange(len(good))
        spliced = good[:at] + rng.randbytes(rng.randrange(1, 400)) + good[at:]
        paths.append(_write(folder, f"spliced-{number}.pdf", spliced))
    paths.append(_write(folder, "compression-bomb.pdf", bomb_pdf(300 if big else 120)))
    paths.append(_write(folder, "header-only.pdf", b"%PDF-1.7\n"))
    paths.append(_write(folder, "no-header.pdf", good[9:]))
    paths.append(_write(folder, "no-xref.pdf", good[: good.rfind(b"xref")]))
    plain_stream = b"BT /F1 12 Tf 72 720 Td (" + SENTENCE.encode() + b") Tj ET"
    paths.append(_write(folder, "text-stream-plain.pdf", _pdf_with_stream(plain_stream, flate=False)))
    paths.append(_write(folder, "bad-flate.pdf", _pdf_with_stream(b"\x78\x9c" + rng.randbytes(300), flate=True)))
    paths.append(_write(folder, "pdf-named.txt", good))
    paths.append(_write(folder, "pdf-no-extension", good))
    deep_array = b"BT /F1 12 Tf 72 720 Td " + b"[" * 100_000 + b"(x)" + b"]" * 100_000 + b" TJ ET"
    paths.append(_write(folder, "deep-array.pdf", _pdf_with_stream(deep_array, flate=False)))
    deep_dict = b"/Type /Catalog /X " + b"<< /A " * 50_000 + b"1" + b" >>" * 50_000
    paths.append(_write(folder, "deep-dictionary.pdf", good.replace(b"/Type /Catalog", deep_dict, 1)))
    paths.append(_write(folder, "lost-page-tree.pdf", re.sub(rb"/Pages \d+ 0 R", b"/Pages 999 0 R", good, count=1)))
    paths.append(_write(folder, "pages-2001.pdf", valid_pdf(pages=2001) if big else valid_pdf(pages=3)))
    recursive = good.replace(b"/Parent", b"/Kids [1 0 R] /Parent", 1)
    paths.append(_write(folder, "page-tree-cycle.pdf", recursive))
    # reportlab without its encryption backend: skip this one file
    with contextlib.suppress(Exception):
        paths.append(_write(folder, "encrypted.pdf", valid_pdf(pages=1, encrypt="velmora-secret")))
    return paths


def _random(folder: Path, rng: random.Random) -> list[Path]:
    paths: list[Path] = []
    for extension in EXTENSIONS:
        for number, size in enumerate((1, 7, 100, 1000, 4096, 10_000, 65_536)):
            name = f"random-{number}{extension or '-noext'}"
            paths.append(_write(folder, name, rng.randbytes(size)))
    for extension in EXTENSIONS:
        paths.append(_write(folder, f"zero-bytes{extension or '-noext'}", b""))
    # high bytes only: decodes as "something" in every single-byte code page
    paths.append(_write(folder, "high-bytes.txt", bytes(rng.randrange(128, 256) for _ in range(3000))))
    paths.append(_write(folder, "zip-as.docx", b"PK\x03\x04" + rng.randbytes(2000)))
    paths.append(_write(folder, "text-as.csv", b"place,killed\nVelmora,212\n"))
    return paths


def make_corpus(folder: Path, seed: int = 1992, big: bool = True) -> list[Path]:
    """Write the corpus into `folder` (created) and return every path, including the ones that are not files."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths: list[Path] = []
    makers: list[Callable[[], list[Path]]] = [
        lambda: _random(folder, rng), lambda: _encodings(folder), lambda: _html(folder, big),
        lambda: _pdfs(folder, rng, big), lambda: _special_files(folder),
    ]
    for maker in makers:
        paths += maker()
    if big:  # one 50 MB line: at the file-size limit, over the text limit
        with (folder / "single-line-50mb.txt").open("wb") as f:
            f.write(b"a" * (50 * MB - 1))
        paths.append(folder / "single-line-50mb.txt")
        with (folder / "over-50mb.txt").open("wb") as f:
            f.truncate(50 * MB + 1)  # sparse: costs no disk
        paths.append(folder / "over-50mb.txt")
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--seed", type=int, default=1992)
    parser.add_argument("--no-big", action="store_true", help="skip the 50 MB files and shrink the bombs")
    args = parser.parse_args()
    paths = make_corpus(args.folder, args.seed, big=not args.no_big)
    print(f"{len(paths)} hostile paths in {args.folder}")


if __name__ == "__main__":
    main()


GOOD_TOWNS = ("Velmora", "Ostrava Minor", "Kessaria", "Dunmere", "Aurelia", "Tarvin")  # fictional


def good_files(folder: Path, count: int, offset: int = 0) -> list[Path]:
    """`count` small valid documents (fictional places and people) to mix with a hostile corpus, a thousand per
    subfolder; each has its own content, so each is a document of its own."""
    paths = []
    for n in range(offset, offset + count):
        sub = folder / f"part-{n // 1000:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        body = (f"Report {n}. On {n % 28 + 1} March 1994 the council of {GOOD_TOWNS[n % len(GOOD_TOWNS)]} said "
                f"{100 + n} people were killed near the river Ostra. Its spokesperson, Ines Korvak, called it a "
                f"massacre.\n")
        path = sub / f"good-{n:06d}.txt"
        path.write_text(body, encoding="utf-8")
        paths.append(path)
    return paths

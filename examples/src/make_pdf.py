"""Build the example PDFs from their TOML sources (examples/src/*.toml).

Usage: .venv/bin/python examples/src/make_pdf.py
Output is deterministic (the source's `created` date, invariant document id), so rebuilding leaves the files
unchanged.
"""
from __future__ import annotations

import sys
import tomllib
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

SRC = Path(__file__).resolve().parent
EXAMPLES = SRC.parent


def _styles() -> dict[str, ParagraphStyle]:
    sheet = getSampleStyleSheet()
    return {"#": sheet["Heading1"], "##": sheet["Heading2"], "": sheet["BodyText"], "note": sheet["Italic"]}


def _flowables(paragraphs: list[str]) -> list[Any]:
    """'# ' and '## ' start headings; the first paragraph (the claimledger line) is set as a note."""
    styles = _styles()
    out: list[Any] = []
    for i, para in enumerate(paragraphs):
        marker, _, rest = para.partition(" ")
        if marker in ("#", "##"):
            style, text = styles[marker], rest
        else:
            style, text = (styles["note"] if i == 0 else styles[""]), para
        out.append(Paragraph(escape(text), style))
        out.append(Spacer(1, 0.2 * cm))
    return out


def _stamp(created: date) -> Callable[[Canvas, Any], None]:
    """A page hook that writes `created` as the PDF's creation and modification date."""
    text = f"D:{created:%Y%m%d}000000+00'00'"

    def hook(canvas: Canvas, _doc: Any) -> None:
        canvas.setDateFormatter(lambda *_parts: text)

    return hook


def load(source: Path) -> dict[str, Any]:
    return tomllib.loads(source.read_text(encoding="utf-8"))


def build(source: Path, out_dir: Path = EXAMPLES) -> Path:
    """Write the PDF described by `source` into `out_dir` (the examples folder by default)."""
    spec = load(source)
    target = out_dir / spec["output"]
    doc = SimpleDocTemplate(
        str(target), pagesize=A4, title=spec["title"], author=spec["author"],
        subject=spec.get("subject", ""), keywords=spec.get("keywords", ""),
        creator="claimledger examples/src/make_pdf.py",
        leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
    )
    stamp = _stamp(spec["created"])
    saved, rl_config.invariant = rl_config.invariant, True  # same source, same bytes: no random document id
    try:
        doc.build(_flowables(spec["paragraphs"]), onFirstPage=stamp, onLaterPages=stamp)
    finally:
        rl_config.invariant = saved
    return target


def sources() -> list[Path]:
    return sorted(SRC.glob("*.toml"))


def main() -> None:
    found = sources()
    if not found:
        sys.exit("no *.toml sources in examples/src")
    for source in found:
        print(build(source).relative_to(EXAMPLES.parent))


if __name__ == "__main__":
    main()

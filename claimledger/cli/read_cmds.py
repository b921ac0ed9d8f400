"""`claimledger text FILE`: the plain text that every claim offset indexes."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from claimledger.cli.app import app
from claimledger.cli.output import fail
from claimledger.errors import ReadError
from claimledger.read import read


@app.command()
def text(path: Annotated[Path, typer.Argument(help="a .txt, .md, .html or .pdf file (optionally .gz)")]) -> None:
    """Print the plain text of FILE, exactly as claim offsets index it (UTF-8, nothing added).

    Example: claimledger text examples/09_news_anniversary_2023.html
    """
    try:
        document = read(path)
    except ReadError as exc:
        raise fail(str(exc)) from exc
    # bytes, not print(): no newline added, no locale encoding; `claimledger text f.txt | diff - f.txt` is empty
    sys.stdout.buffer.write(document.text.encode("utf-8"))
    sys.stdout.flush()

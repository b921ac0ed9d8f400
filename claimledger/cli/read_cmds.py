"""`claimledger text FILE`: the plain text that every claim offset indexes."""
from __future__ import annotations

import sys
from pathlib import Path

import typer

from claimledger.cli.app import app
from claimledger.cli.output import fail
from claimledger.errors import ReadError
from claimledger.read import read


@app.command()
def text(path: Path = typer.Argument(..., help="a .txt, .md, .html or .pdf file")) -> None:
    """Print the plain text of FILE, exactly as claim offsets index it.

    Example: claimledger text examples/hrw-1992.html
    """
    try:
        document = read(path)
    except ReadError as exc:
        raise fail(str(exc)) from exc
    sys.stdout.write(document.text)
    if document.text and not document.text.endswith("\n"):
        sys.stdout.write("\n")

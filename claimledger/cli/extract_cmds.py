"""`claimledger extract FILE... [--json]`: the claims of each file, one JSON object per line."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from claimledger.cli.app import app
from claimledger.cli.output import err_console, write_jsonl, write_table
from claimledger.errors import ReadError
from claimledger.extract import extract as extract_claims
from claimledger.read import read


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="documents to read (.txt .md .html .pdf)")],
    json_: Annotated[bool, typer.Option("--json", help="JSON Lines: one claim per line, per the claim schema")] = False,
    kind: Annotated[list[str] | None, typer.Option("--kind", help="only claims of this kind (repeatable)")] = None,
) -> None:
    """Extract every claim of each FILE, with its exact span and who says it.

    Example: claimledger extract examples/*.txt --json
    """
    failed = 0
    kinds = set(kind) if kind else None
    for path in paths:
        try:
            document = read(path)
        except ReadError as exc:
            err_console.print(f"claimledger: {exc}", markup=False, highlight=False, soft_wrap=True)
            failed += 1
            continue
        claims = extract_claims(document, kinds=kinds)
        rows = [c.to_json() for c in claims]
        if json_:
            write_jsonl(rows)
        else:
            columns = ["kind", "text", "measure", "qualifier", "low", "high", "subgroup", "attributed_to", "event"]
            write_table(rows, columns, title=str(path))
    if failed:
        raise typer.Exit(1)

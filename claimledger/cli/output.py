"""One way to print listings, shared by every listing command: a rich table, JSON Lines or CSV."""
from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Sequence
from enum import StrEnum
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

err_console = Console(stderr=True)


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


def output_format(json_: bool, csv_: bool) -> Format:
    if json_ and csv_:
        raise typer.BadParameter("choose one of --json and --csv")
    return Format.json if json_ else Format.csv if csv_ else Format.table


def write_jsonl(rows: Iterable[dict[str, Any]]) -> None:
    """JSON Lines on stdout: one object per line, UTF-8, nothing else on stdout."""
    out = sys.stdout
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
    out.flush()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def write_csv(rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> None:
    writer = csv.DictWriter(sys.stdout, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(row.get(k)) for k in columns})


def write_table(rows: Iterable[dict[str, Any]], columns: Sequence[str], title: str | None = None) -> None:
    table = Table(title=title, show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        # rich markup in document text must print literally, never be interpreted
        table.add_row(*(_escape(_cell(row.get(c))) for c in columns))
    # piped output is not cut to 80 columns: a file or pager can hold the wide table
    console = Console()
    Console(width=max(console.width, 160) if not console.is_terminal else None).print(table)


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def emit(rows: Iterable[dict[str, Any]], columns: Sequence[str], fmt: Format, title: str | None = None) -> None:
    if fmt is Format.json:
        write_jsonl(rows)
    elif fmt is Format.csv:
        write_csv(rows, columns)
    else:
        write_table(rows, columns, title)


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print one error line and return the Exit to raise."""
    err_console.print(f"claimledger: {message}", markup=False, highlight=False, soft_wrap=True)
    return typer.Exit(code)

"""Administration commands: `migrate` a ledger to the newest schema, `copy` it between backends, and `doctor`.

Thin on purpose: each command makes one call into `claimledger.store` and prints.
"""
from __future__ import annotations

import json
from dataclasses import asdict
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from claimledger.cli.app import app
from claimledger.cli.ledger_cmds import DbOption, JsonOption
from claimledger.cli.output import err_console, fail
from claimledger.errors import StoreError
from claimledger.store import migrate as migrations
from claimledger.store.copy import copy_ledger
from claimledger.store.doctor import diagnose
from claimledger.store.engine import make_engine, resolve_url, sqlite_path


def _shown(url: str) -> str:
    path = sqlite_path(url)
    return str(path) if path is not None else make_url(url).render_as_string(hide_password=True)


@app.command("migrate")
def migrate_cmd(db: DbOption = None) -> None:
    """Upgrade an existing ledger to the newest schema (every command also does this when it opens one).

    Example: claimledger migrate --db postgresql+psycopg://me@db.example.org/ledger
    """
    url = resolve_url(db)
    path = sqlite_path(url)
    if path is not None and not path.exists():
        raise fail(f"{path}: no ledger here yet (nothing to migrate)")
    engine = make_engine(url)
    try:
        before, head = migrations.current_revision(engine), migrations.head_revision()
        migrations.upgrade(engine)
        after = migrations.current_revision(engine)
    except SQLAlchemyError as exc:
        reason = getattr(exc, "orig", None) or exc
        raise fail(f"{_shown(url)}: migration failed ({exc.__class__.__name__}: {reason})") from exc
    finally:
        engine.dispose()
    if before == after:
        typer.echo(f"{_shown(url)}: already at the newest schema ({head})")
    else:
        typer.echo(f"{_shown(url)}: migrated from {before or 'an empty database'} to {after}")


@app.command("copy")
def copy_cmd(
    src: Annotated[str, typer.Argument(help="the ledger to copy: a SQLite file or a database URL")],
    dst: Annotated[str, typer.Argument(help="a new, empty ledger: a SQLite file or a database URL")],
    batch_rows: Annotated[int, typer.Option("--batch-rows", min=1, help="rows per INSERT batch")] = 2_000,
) -> None:
    """Copy a whole ledger (documents, claims, reviews, audit log, users, every table) to another backend.

    Primary keys are kept, so links and URLs stay valid; the copy is one transaction (all or nothing).

    Example: claimledger copy khojaly.db postgresql+psycopg://me@db.example.org/khojaly
    """
    src_url, dst_url = resolve_url(src), resolve_url(dst)
    path = sqlite_path(src_url)
    if path is not None and not path.exists():
        raise fail(f"{path}: no such ledger")

    def progress(table: str, rows: int) -> None:
        if err_console.is_terminal:
            err_console.print(f"  {escape(table)}: {rows:,} rows", end="\r")

    try:
        report = copy_ledger(src_url, dst_url, batch_rows=batch_rows, progress=progress)
    except StoreError as exc:
        raise fail(f"{_shown(src_url)} -> {_shown(dst_url)}: {exc}") from exc
    for table, rows in report.rows.items():
        if rows:
            err_console.print(f"  {escape(table)}: {rows:,} rows", highlight=False)
    typer.echo(f"{report.summary()} from {_shown(src_url)} to {_shown(dst_url)}")


@app.command()
def doctor(db: DbOption = None, json_: JsonOption = False) -> None:
    """Check a ledger: database integrity, schema revision, orphaned rows, duplicate documents, and every
    claim's offsets against its document's text. Says how to fix what is wrong; exits 1 if anything is.

    Example: claimledger doctor --db khojaly.db
    """
    url = resolve_url(db)
    path = sqlite_path(url)
    if path is not None and not path.exists():
        raise fail(f"{path}: no ledger here")
    try:
        diagnosis = diagnose(url)
    except StoreError as exc:
        raise fail(str(exc)) from exc
    if json_:
        for finding in diagnosis.findings:
            typer.echo(json.dumps({**asdict(finding), "ok": finding.ok}, ensure_ascii=False))
    else:
        out = Console(soft_wrap=True)
        for finding in diagnosis.findings:
            mark = "[green]ok[/]  " if finding.ok else "[red]FAIL[/]"
            line = f"{mark} {escape(finding.check)}" + (f": {escape(finding.problem)}" if finding.problem else "")
            out.print(line, highlight=False)
            for example in finding.examples:
                out.print(f"       {escape(example)}", highlight=False)
            if finding.fix:
                out.print(f"       {'fix' if not finding.ok else 'note'}: {escape(finding.fix)}", highlight=False)
        problems = diagnosis.problems()
        typer.echo(f"{_shown(url)}: " + ("no problems found" if not problems else f"{len(problems)} problem(s)"))
    if not diagnosis.ok:
        raise typer.Exit(1)

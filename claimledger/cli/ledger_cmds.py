"""Ledger commands: `ingest` files into the ledger, list `docs`, `figures` and `claims`, and a `demo`.

Thin on purpose: each command opens a `Ledger`, makes one call into `claimledger.store`, and prints.
"""
from __future__ import annotations

import random
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text
from sqlalchemy.exc import DBAPIError

import claimledger
from claimledger.cli.app import app
from claimledger.cli.output import Format, emit, err_console, fail, output_format
from claimledger.errors import StoreError
from claimledger.model import KINDS, MEASURES
from claimledger.scale import RetryingLedger, ingest_mapper
from claimledger.scale.timed import DEFAULT_SECONDS as DEFAULT_TIME_LIMIT
from claimledger.scale.timed import ENV_VARIABLE as TIME_LIMIT_VARIABLE
from claimledger.store import Ledger
from claimledger.store.engine import ENV_VARIABLE, resolve_url, sqlite_path
from claimledger.store.ingest import BATCH_SIZE, IngestInterrupted, IngestReport, discover, ingest

DB_HELP = f"the ledger: a SQLite file or a database URL [default: ${ENV_VARIABLE} or ./claimledger.db]"
SENTENCE_WINDOW = 220  # characters of the sentence shown around a figure in the table view


# One set of options shared by every ledger command (sqlite-utils' model): same names, same formats.
DbOption = Annotated[str | None, typer.Option("--db", envvar=ENV_VARIABLE, show_envvar=False, help=DB_HELP)]
JsonOption = Annotated[bool, typer.Option("--json", help="JSON Lines, one object per line")]
CsvOption = Annotated[bool, typer.Option("--csv", help="CSV with a header row")]
EventOption = Annotated[str | None, typer.Option("--event", help="only this event, as the documents name it")]


@contextmanager
def open_ledger(db: str | None, must_exist: bool = False, factory: type[Ledger] = Ledger) -> Iterator[Ledger]:
    """The ledger, or one error line. Listing commands never create an empty ledger by accident."""
    path = sqlite_path(resolve_url(db))
    if must_exist and path is not None and not path.exists():
        raise fail(f"{path}: no ledger here yet (run `claimledger ingest PATH...` or `claimledger demo` first)")
    try:
        ledger = factory(db)
    except StoreError as exc:
        raise fail(str(exc)) from exc
    try:
        yield ledger
    finally:
        ledger.close()


# -- ingest ---------------------------------------------------------------------------------------------

class ProgressListener:
    """A progress bar on stderr (files, MB, current file, ETA); failures print above it as one line each."""

    def __init__(self, console: Console) -> None:
        # The bar advances by bytes, which gives a truer ETA than files of very different sizes.
        self.progress = Progress(
            TextColumn("[bold]ingest"), BarColumn(bar_width=24), TextColumn("{task.fields[files]} files"),
            DownloadColumn(), TimeRemainingColumn(), TextColumn("{task.fields[current]}", markup=False),
            console=console, disable=not console.is_terminal,
        )
        self.task = self.progress.add_task("ingest", total=None, files="0/0", current="")
        self.console = console
        self.total_files = self.done_files = 0

    def __enter__(self) -> ProgressListener:
        self.progress.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.progress.update(self.task, current="")
        self.progress.stop()

    def started(self, files: int, total_bytes: int) -> None:
        self.total_files = files
        self.progress.update(self.task, total=max(total_bytes, 1), files=f"0/{files}")

    def file_started(self, path: str) -> None:
        self.progress.update(self.task, current=_short(path))

    def file_done(self, path: str, size: int) -> None:
        self.done_files += 1
        self.progress.update(self.task, advance=size, files=f"{self.done_files}/{self.total_files}")

    def failed(self, path: str, reason: str) -> None:
        self.console.print(f"claimledger: {path}: {reason}", markup=False, highlight=False, soft_wrap=True)


def _short(path: str, width: int = 40) -> str:
    return path if len(path) <= width else "…" + path[-(width - 1):]


def run_ingest(ledger: Ledger, paths: list[Path], batch_size: int, workers: int = 1,
               scheduler: str | None = None, time_limit: float | None = None) -> IngestReport:
    """Ingest with a progress bar; on Ctrl-C say what is kept and exit 130."""
    listener = ProgressListener(err_console)
    # serial, a Dask LocalCluster, or an existing Dask cluster; with a time limit, files run in killable children
    mapper = ingest_mapper(workers, scheduler, time_limit)
    try:
        with listener:
            return ingest(ledger, paths, batch_size=batch_size, listener=listener, mapper=mapper)
    except IngestInterrupted as exc:
        stored = exc.report.added
        kept = "1 document stored by this run is" if stored == 1 else f"{stored} documents stored by this run are"
        raise fail(f"interrupted: {kept} kept; run the same command again to resume", code=130) from None
    except StoreError as exc:
        raise fail(str(exc)) from exc


def store_comparison(ledger: Ledger, attempts: int = 4) -> None:
    """Recompute the stored comparison and origins, so pages and exports read stored results. Another ingest
    finishing at the same moment may be writing them too (their unique keys then reject one of the two): wait
    and retry, and if it still cannot be done say so in one line; the web server recomputes it on its own."""
    from claimledger.serve import refresh

    for attempt in range(attempts):
        try:
            with err_console.status("comparing claims across documents"):
                refresh(ledger)
            return
        except DBAPIError:
            time.sleep(0.5 + attempt + random.random())
    err_console.print("claimledger: the stored comparison was not recomputed (another process kept writing it); "
                      "`claimledger serve --reindex` recomputes it", markup=False, highlight=False, soft_wrap=True)


@app.command("ingest")
def ingest_cmd(
    paths: Annotated[list[Path], typer.Argument(help="files or folders (.txt .md .html .htm .pdf, recursively)")],
    db: DbOption = None,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="documents per transaction")] = BATCH_SIZE,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Dask worker processes that read and extract")] = 1,
    scheduler: Annotated[str | None, typer.Option("--scheduler", help="a Dask cluster: tcp://HOST:8786")] = None,
    time_limit: Annotated[float, typer.Option(
        "--time-limit", min=0, envvar=TIME_LIMIT_VARIABLE, metavar="SECONDS",
        help="at most this long per file (read + extract), else the file is skipped with an error; 0: no limit",
    )] = DEFAULT_TIME_LIMIT,
    index: Annotated[bool, typer.Option("--index/--no-index", help="recompute the stored comparison afterwards "
                                        "(the web server also catches up on its own)")] = True,
) -> None:
    """Read, extract and store documents in the ledger, resumably.

    Content already stored (same SHA-256) is skipped before it is read, so a rerun resumes an interrupted
    ingest; a changed file becomes a new version of its document. Bad files are reported and skipped.

    Example: claimledger ingest reports/ --db khojaly.db
    """
    with open_ledger(db, factory=RetryingLedger) as ledger:  # safe beside other writers on one database
        report = run_ingest(ledger, paths, batch_size, workers, scheduler, time_limit or None)
        if index and report.added:
            store_comparison(ledger)
    typer.echo(report.summary())
    if report.failures:
        raise typer.Exit(1)


# -- docs -----------------------------------------------------------------------------------------------

DOC_COUNT_COLUMNS = {"claims_figure": "figures", "claims_characterization": "labels",
                     "claims_recognition": "recognitions", "claims_legal_reference": "legal", "claims_quote": "quotes"}
DOC_CSV_COLUMNS = ["id", "path", "title", "publisher", "author", "published", "format", "language", "url", "sha256",
                   "chars", *DOC_COUNT_COLUMNS, "ingested_at", "version_of"]


@app.command()
def docs(db: DbOption = None, json_: JsonOption = False, csv_: CsvOption = False) -> None:
    """List the documents in the ledger (latest versions) with their metadata and claim counts per kind.

    Example: claimledger docs --csv > documents.csv
    """
    fmt = output_format(json_, csv_)
    with open_ledger(db, must_exist=True) as ledger:
        rows = ledger.document_rows()
    if fmt is not Format.table:
        emit(rows, DOC_CSV_COLUMNS, fmt)
        return
    # the table keeps what tells documents apart at a glance; --csv/--json carry every field (path, sha256 ...)
    shown = [{**row, "document": row["title"] or Path(row["path"]).name,
              **{label: row[key] for key, label in DOC_COUNT_COLUMNS.items()}} for row in rows]
    columns = ["id", "document", "publisher", "published", "format", *DOC_COUNT_COLUMNS.values()]
    emit(shown, columns, fmt, title=f"{len(rows)} documents")


# -- figures --------------------------------------------------------------------------------------------

FIGURE_CSV_COLUMNS = ["event", "measure", "subgroup", "text", "qualifier", "value", "low", "high", "unit", "says",
                      "own_voice", "attribution_text", "doc_title", "doc_publisher", "doc_published", "doc",
                      "sentence", "id", "document_id", "start", "end"]
MEASURE_ORDER = {measure: i for i, measure in enumerate(MEASURES)}


def says(row: dict[str, Any]) -> tuple[str, bool]:
    """Who makes the claim: its attributed speaker, else the document itself (its publisher) in its own voice.
    Never blank, so no figure reads as a plain fact."""
    if row.get("attributed_to"):
        return str(row["attributed_to"]), False
    if row.get("doc_publisher"):
        return f"{row['doc_publisher']} (own voice)", True
    return "the document (own voice)", True


def document_label(row: dict[str, Any], width: int = 60) -> str:
    """The document's title (or file name) clipped for a table cell; the full title is in --json/--csv."""
    label = str(row.get("doc_title") or Path(str(row["doc"])).name)
    return label if len(label) <= width else label[:width - 1] + "…"


def _figure_key(row: dict[str, Any]) -> tuple[Any, ...]:
    event = row.get("event")
    return (
        event is None, (event or "").casefold(), MEASURE_ORDER.get(row.get("measure") or "", len(MEASURE_ORDER)),
        row.get("measure") or "", row.get("subgroup") is not None, row.get("subgroup") or "",
        row.get("doc_published") is None, row.get("doc_published") or "", row["doc"], row["start"],
    )


def figure_rows(ledger: Ledger, event: str | None, measure: str | None) -> list[dict[str, Any]]:
    rows = ledger.claim_rows(kind="figure", event=event, measure=measure)
    for row in rows:
        row["says"], row["own_voice"] = says(row)
    return sorted(rows, key=_figure_key)


def _bounds(row: dict[str, Any]) -> str:
    low, high = row.get("low"), row.get("high")
    if low is None and high is None:
        return ""
    if low == high:
        return f"{low:,}"
    return f"{'' if low is None else f'{low:,}'}–{'' if high is None else f'{high:,}'}"


def _sentence(row: dict[str, Any]) -> Text:
    """The sentence with the figure in bold, cut to a window around it; document text is never markup."""
    sentence = str(row.get("sentence") or "")
    start = row["start"] - row["sentence_start"]
    end = row["end"] - row["sentence_start"]
    left = max(0, min(start - SENTENCE_WINDOW // 2, len(sentence) - SENTENCE_WINDOW))
    right = min(len(sentence), left + SENTENCE_WINDOW)
    text = Text(("…" if left else "") + sentence[left:right] + ("…" if right < len(sentence) else ""))
    offset = 1 if left else 0
    text.stylize("bold", start - left + offset, end - left + offset)
    return text


def print_figures(rows: list[dict[str, Any]], console: Console | None = None) -> None:
    """One table per event and measure: every figure, who says it, where and when, and the sentence."""
    console = console or Console()
    if not rows:
        console.print("no figures in the ledger match")
        return
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    names: dict[str, str] = {}
    for row in rows:
        event = row.get("event")
        key = (event or "").casefold()
        names.setdefault(key, event or "(event not named)")
        groups.setdefault((key, row.get("measure") or "(measure not set)"), []).append(row)
    for (event_key, measure), members in groups.items():
        count = f"{len(members)} figure{'' if len(members) == 1 else 's'}"
        table = Table(title=Text(f"{names[event_key]} · {measure} · {count}", style="bold"),
                      title_justify="left", show_lines=True, expand=True)
        # short fields keep their natural width; the free text columns share what is left
        for column in ("figure", "qualifier", "bounds", "unit", "subgroup"):
            table.add_column(column, overflow="fold")
        table.add_column("says", overflow="fold", ratio=2, min_width=14)
        table.add_column("document", overflow="fold", ratio=2, min_width=12)
        table.add_column("date", no_wrap=True, min_width=10)
        table.add_column("sentence", overflow="fold", ratio=6, min_width=30)
        for row in members:
            document = document_label(row)
            speaker = Text(row["says"], style="italic" if row["own_voice"] else "")
            table.add_row(Text(row["text"]), Text(row.get("qualifier") or ""), Text(_bounds(row)),
                          Text(row.get("unit") or ""), Text(row.get("subgroup") or ""), speaker, Text(document),
                          Text(row.get("doc_published") or ""), _sentence(row))
        console.print(table)


@app.command()
def figures(
    event: EventOption = None,
    measure: Annotated[str | None, typer.Option("--measure", help=f"only this measure: {', '.join(MEASURES)}")] = None,
    db: DbOption = None,
    json_: JsonOption = False,
    csv_: CsvOption = False,
) -> None:
    """Compare figures across documents, per event and measure.

    Every figure with its qualifier and bounds, who says it, the document, its date and the sentence.
    A figure a document states in its own voice is shown as its publisher's claim, never as fact.

    Example: claimledger figures --event Khojaly --measure killed
    """
    fmt = output_format(json_, csv_)
    with open_ledger(db, must_exist=True) as ledger:
        rows = figure_rows(ledger, event, measure)
    if fmt is Format.table:
        print_figures(rows)
    else:
        emit(rows, FIGURE_CSV_COLUMNS, fmt)


# -- claims ---------------------------------------------------------------------------------------------

CLAIM_CSV_COLUMNS = ["id", "kind", "text", "event", "attributed_to", "attribution_text", "measure", "value", "low",
                     "high", "qualifier", "unit", "subgroup", "parent", "label", "modality", "applied_to",
                     "applied_by", "recognizer", "recognizer_code", "stance", "instrument", "speaker", "via", "doc",
                     "doc_title", "doc_publisher", "doc_published", "start", "end", "sentence"]


def detail(row: dict[str, Any]) -> str:
    """The kind-specific fields of a claim in a few words, for the table view."""
    parts = {
        "figure": [row.get("measure"), row.get("qualifier"), row.get("unit"), row.get("subgroup")],
        "characterization": [row.get("label"), row.get("modality"), row.get("applied_to"),
                             row.get("applied_by") and f"applied by {row['applied_by']}"],
        "recognition": [row.get("recognizer"), row.get("recognizer_code"), row.get("stance")],
        "legal_reference": [row.get("instrument")],
        "quote": [row.get("speaker"), row.get("via") and f"via {row['via']}"],
    }.get(row["kind"], [])
    return " · ".join(str(p) for p in parts if p)


@app.command()
def claims(
    kind: Annotated[str | None, typer.Option("--kind", help=f"only this kind: {', '.join(KINDS)}")] = None,
    event: EventOption = None,
    measure: Annotated[str | None, typer.Option("--measure", help="only figures of this measure")] = None,
    db: DbOption = None,
    json_: JsonOption = False,
    csv_: CsvOption = False,
) -> None:
    """List stored claims of any kind, each with who says it and where.

    Example: claimledger claims --kind characterization --json
    """
    fmt = output_format(json_, csv_)
    if kind is not None and kind not in KINDS:
        raise typer.BadParameter(f"unknown kind {kind!r}; one of {', '.join(KINDS)}",
                                 param_hint="--kind")
    with open_ledger(db, must_exist=True) as ledger:
        rows = ledger.claim_rows(kind=kind, event=event, measure=measure)
    if fmt is not Format.table:
        emit(rows, CLAIM_CSV_COLUMNS, fmt)
        return
    shown = [{**row, "detail": detail(row), "says": says(row)[0], "document": document_label(row),
              "date": row.get("doc_published")} for row in rows]
    emit(shown, ["id", "kind", "text", "detail", "says", "event", "document", "date"], fmt,
         title=f"{len(rows)} claims")


# -- demo -----------------------------------------------------------------------------------------------

def examples_dir() -> Path | None:
    """The bundled examples: next to the package in a source checkout, else ./examples."""
    for candidate in (Path(claimledger.__file__).resolve().parents[1] / "examples", Path.cwd() / "examples"):
        if candidate.is_dir():
            return candidate
    return None


def example_documents(folder: Path) -> list[Path]:
    """The example documents (not the folder's README), as short paths when they sit under the cwd."""
    files, _ = discover([folder])
    cwd = Path.cwd().resolve()
    shown = [Path(f) for f in files if not Path(f).name.upper().startswith("README")]
    return [p.resolve().relative_to(cwd) if p.resolve().is_relative_to(cwd) else p for p in shown]


def _has_command(name: str) -> bool:
    return any((c.name or (c.callback.__name__ if c.callback else "")) == name for c in app.registered_commands)


@app.command()
def demo(db: DbOption = None) -> None:
    """Ingest the bundled example documents and show their figures side by side.

    Example: claimledger demo --db demo.db
    """
    folder = examples_dir()
    if folder is None:
        raise fail("no examples/ folder found next to the package or in the current directory")
    with open_ledger(db) as ledger:
        report = run_ingest(ledger, example_documents(folder), BATCH_SIZE)
        err_console.print(report.summary(), markup=False, highlight=False, soft_wrap=True)
        print_figures(figure_rows(ledger, None, None))
    where = "" if db is None else f" --db {db}"
    serve = f"claimledger serve{where}" if _has_command("serve") else "(soon) claimledger serve"
    typer.echo(f"Next: claimledger docs{where} · claimledger figures --measure killed{where} · "
               f"claimledger claims --kind quote{where} · {serve}")
    if report.failures:
        raise typer.Exit(1)

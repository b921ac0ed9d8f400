"""Reconciliation commands: `compare`, `origins`, `plot` and `export`, thin over `claimledger.reconcile`."""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Annotated, Any

import typer

from claimledger.cli.app import app
from claimledger.cli.ledger_cmds import CsvOption, DbOption, JsonOption, open_ledger
from claimledger.cli.output import Format, emit, fail, output_format, write_jsonl
from claimledger.reconcile import EventEdits, Verdict, build_origins, compare, rules, select
from claimledger.reconcile.export import UCDP_COLUMNS, json_document, ucdp_rows
from claimledger.reconcile.kinds import GROUPED_KINDS, group_kinds, recognition_counts
from claimledger.reconcile.ledger_io import load
from claimledger.reconcile.summary import default_rule

EventOption = Annotated[str | None, typer.Option("--event", help="only this event (any spelling or label)")]
MeasureOption = Annotated[str | None, typer.Option("--measure", help="only this measure: killed, injured ...")]
RuleOption = Annotated[str | None, typer.Option("--rule", help="how `best` is chosen: most-origins | most-recent | "
                                                               "conservative [default: most-origins]")]
COMPARE_COLUMNS = ["question", "figures", "status", "low", "best", "high", "origins", "rule"]


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


MergeOption = Annotated[list[str] | None, typer.Option(
    "--merge", help="NAME=EVENT: count the event NAME (any spelling) as EVENT (repeatable)")]
SplitOption = Annotated[list[str] | None, typer.Option(
    "--split", help="an event name kept apart from its look-alikes and aliases (repeatable)")]
SPEAKERS_SHOWN = 4  # per figure in the table; --json and --csv list every one


def _edits(merge: list[str] | None, split: list[str] | None) -> EventEdits:
    merges = {}
    for item in merge or []:
        name, sep, target = item.partition("=")
        if not sep or not name.strip() or not target.strip():
            raise fail(f"--merge {item!r}: write NAME=EVENT")
        merges[name.strip()] = target.strip()
    return EventEdits(merges=merges, splits=frozenset(s.strip() for s in split or []))


def _verdicts(db: str | None, event: str | None, measure: str | None, rule: str | None,
              edits: EventEdits | None = None) -> list[Verdict]:
    if rule is not None and rule not in rules():
        raise fail(f"unknown rule {rule!r}; choose one of {', '.join(rules())}")
    with open_ledger(db, must_exist=True) as ledger:
        rows, documents = load(ledger, measure)
    return select(compare(rows, documents, rule, edits), event, measure)


def _table_row(verdict: Verdict) -> dict[str, Any]:
    lines = []
    for figure in verdict.figures:
        dates: dict[str, list[str]] = {}
        for s in figure.statements:
            dates.setdefault(" ".join(s.speaker.split()), []).append(s.date or "undated")
        shown = [f"{who} ({', '.join(sorted(set(when)))})" for who, when in list(dates.items())[:SPEAKERS_SHOWN]]
        more = f"; +{len(dates) - SPEAKERS_SHOWN} more" if len(dates) > SPEAKERS_SHOWN else ""
        lines.append(f"{figure.label}{'' if figure.current else ' [replaced]'}: {'; '.join(shown)}{more}")
    summary = verdict.summary
    return {"question": verdict.question.label, "figures": "\n".join(lines), "status": verdict.status,
            "low": _number(summary.low), "best": _number(summary.best), "high": _number(summary.high),
            "origins": len(verdict.origins), "rule": summary.rule}


KindOption = Annotated[str | None, typer.Option(
    "--kind", help="compare another claim kind instead of figures: characterization | recognition | legal_reference")]
KIND_COLUMNS = {"characterization": ("label", "how it is held"), "recognition": ("body", "stance"),
                "legal_reference": ("instrument", "")}
COUNT_COLUMNS = ["document", "speaker", "count_text", "stated", "level", "named_count", "matches", "named"]


def _compare_kind(db: str | None, kind: str, event: str | None, fmt: Format) -> None:
    """Labels, recognitions or instruments grouped across documents, each with who says it."""
    if kind not in GROUPED_KINDS:
        raise fail(f"--kind {kind!r}: choose one of {', '.join(GROUPED_KINDS)}")
    with open_ledger(db, must_exist=True) as ledger:
        rows = ledger.claim_rows(kind=kind, event=event)
        counts = recognition_counts(ledger.claim_rows(kind=None, event=event)) if kind == "recognition" else []
    groups = group_kinds(rows, kind)
    subject, how = KIND_COLUMNS[kind]
    if fmt is Format.json:
        write_jsonl([{"group": g.to_dict()} for g in groups] + [{"count_check": c.to_dict()} for c in counts])
        return
    table = [{"event": g.event, subject: g.subject, **({how: g.how} if how else {}), "documents": len(g.documents),
              "said by": "; ".join(g.speakers)} for g in groups]
    emit(table, ["event", subject, *([how] if how else []), "documents", "said by"], fmt,
         title=f"{kind}: what each source says")
    if counts and fmt is Format.table:
        emit(({**c.to_dict(), "named": "; ".join(c.named)} for c in counts), COUNT_COLUMNS, fmt,
             title="recognition counts against the bodies the same document names")


@app.command("compare")
def compare_cmd(event: EventOption = None, measure: MeasureOption = None, rule: RuleOption = None,
                db: DbOption = None, json_: JsonOption = False, csv_: CsvOption = False,
                merge: MergeOption = None, split: SplitOption = None, kind: KindOption = None) -> None:
    """For each question (event, measure, subgroup, unit): the figures and who states them, a status
    (agree, conflict, updated, breakdown-mismatch, range), low/best/high and the independent origins.
    With --kind: which labels which sources apply, which bodies recognise what according to whom (and counts
    set against the named bodies), which instruments are cited by whom.

    Example: claimledger compare --event Khojaly --measure killed --rule conservative --merge "Agdaban=Khojaly"
    """
    fmt = output_format(json_, csv_)
    if kind is not None:
        _compare_kind(db, kind, event, fmt)
        return
    verdicts = _verdicts(db, event, measure, rule, _edits(merge, split))
    if fmt.value == "json":
        emit((v.to_dict() for v in verdicts), [], fmt)
    elif fmt.value == "csv":
        emit(ucdp_rows(verdicts), UCDP_COLUMNS, fmt)
    else:
        emit((_table_row(v) for v in verdicts), COMPARE_COLUMNS, fmt,
             title=f"best = {rule or default_rule()}: {rules()[rule or default_rule()]}")


@app.command("origins")
def origins_cmd(db: DbOption = None, json_: JsonOption = False, csv_: CsvOption = False) -> None:
    """Origin families: documents and speakers that count as one origin, with the shared passages that link
    their documents (text reuse), attribution to one source, or the bodies of one state.

    Example: claimledger origins --db claimledger.db
    """
    fmt = output_format(json_, csv_)
    with open_ledger(db, must_exist=True) as ledger:
        rows, documents = load(ledger)
    origins = build_origins(documents, rows)
    paths = {d["id"]: d.get("title") or Path(d.get("path") or "?").name for d in documents}
    if fmt.value == "json":
        emit((f.to_dict() for f in origins.families.values()), [], fmt)
        return
    out = []
    for family in origins.families.values():
        links = [f"{paths.get(x.doc_a, x.doc_a)} ~ {paths.get(x.doc_b, x.doc_b)} ({x.score:g}): {x.text_a[:160]}"
                 for x in family.links]
        out.append({"origin": family.id, "name": family.name, "documents": "\n".join(str(paths.get(d, d))
                    for d in family.documents), "speakers": "; ".join(family.speakers),
                    "shared passages": "\n".join(links)})
    emit(out, ["origin", "name", "documents", "speakers", "shared passages"], fmt)


@app.command("plot")
def plot_cmd(event: Annotated[str, typer.Option("--event", help="the event")],
             measure: Annotated[str, typer.Option("--measure", help="the measure, e.g. killed")],
             output: Annotated[Path, typer.Option("-o", "--output", help="FILE.png or FILE.svg")],
             subgroup: Annotated[str | None, typer.Option("--subgroup", help="a breakdown, e.g. children")] = None,
             db: DbOption = None) -> None:
    """Each source's figure against its publication date (ranges as bars, undated documents in their own lane).

    Example: claimledger plot --event Khojaly --measure killed -o khojaly-killed.png
    """
    from claimledger.reconcile.plot import FORMATS  # matplotlib only loads when plotting
    from claimledger.reconcile.plot import plot as draw_plot

    if output.suffix.lower() not in FORMATS:
        raise fail(f"{output}: write the plot as .png or .svg")
    verdicts = [v for v in _verdicts(db, event, measure, None) if v.question.subgroup == subgroup]
    if not verdicts:
        raise fail(f"no figures for event {event!r}, measure {measure!r}" + (f", subgroup {subgroup!r}" if subgroup
                                                                             else ""))
    points = draw_plot(verdicts, output, title=f"{verdicts[0].question.event}: {measure}")
    typer.echo(f"{output}: {points} figures")


@app.command("export")
def export_cmd(output: Annotated[Path, typer.Option("-o", "--output", help="the file to write")],
               format_: Annotated[str, typer.Option("--format", help="ucdp (CSV like a UCDP GED row) | json")] = "ucdp",
               event: EventOption = None, measure: MeasureOption = None, rule: RuleOption = None,
               db: DbOption = None) -> None:
    """Write the comparison as a CSV shaped like UCDP GED rows (plus attribution columns) or as JSON.

    Example: claimledger export --format ucdp -o khojaly.csv --event Khojaly
    """
    if format_ not in ("ucdp", "json"):
        raise fail(f"unknown format {format_!r}; choose ucdp or json")
    verdicts = _verdicts(db, event, measure, rule)
    try:
        with output.open("w", encoding="utf-8", newline="") as f:
            if format_ == "json":
                json.dump(json_document(verdicts, rule or default_rule()), f, ensure_ascii=False, indent=2)
            else:
                writer = csv.DictWriter(f, fieldnames=list(UCDP_COLUMNS), lineterminator="\n")
                writer.writeheader()
                writer.writerows(ucdp_rows(verdicts))
    except OSError as exc:
        raise fail(f"{output}: {exc.strerror or exc}") from exc
    typer.echo(f"{output}: {len(verdicts)} questions")

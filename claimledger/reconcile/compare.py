"""One call from claim rows to verdicts: origins, questions, statuses and summaries."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from claimledger.reconcile.events import EventEdits, EventNormalizer, event_key
from claimledger.reconcile.origins import Origins, build_origins
from claimledger.reconcile.questions import Question, Statement, group_questions
from claimledger.reconcile.verdicts import Verdict, judge


def documents_from_rows(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Document rows as far as claim rows tell them (no text: origins then come from attribution only)."""
    docs: dict[Any, dict[str, Any]] = {}
    for row in rows:
        docs.setdefault(row.get("document_id"), {
            "id": row.get("document_id"), "publisher": row.get("doc_publisher"), "title": row.get("doc_title"),
            "published": row.get("doc_published"), "path": row.get("doc"),
        })
    return list(docs.values())


def relay_cited_figures(grouped: dict[Question, list[Statement]], origins: Origins) -> None:
    """A document stating in its own voice the very figure that a source it cites states (in the same question)
    relays that source: the statement joins the source's origin instead of counting as a new one."""
    cited: dict[Any, set[str]] = defaultdict(set)  # document -> origins of the speakers it cites
    for (document_id, _), origin in origins.speaker_origin.items():
        cited[document_id].add(origin)
    for statements in grouped.values():
        by_figure: dict[tuple[Any, ...], set[str]] = defaultdict(set)
        for s in statements:
            if s.value is not None:
                by_figure[s.key].add(s.origin)
        for s in statements:
            if s.own_voice and s.value is not None:
                sources = sorted((by_figure[s.key] & cited[s.document_id]) - {s.origin})
                if len(sources) == 1:  # two cited sources with that figure: no telling which one is relayed
                    s.origin = sources[0]


def compare(rows: list[dict[str, Any]], documents: list[dict[str, Any]] | None = None, rule: str | None = None,
            edits: EventEdits | None = None, origins: Origins | None = None, relay: bool = True) -> list[Verdict]:
    """The verdict on every question the figure claims in `rows` answer (rows as `Ledger.claim_rows`;
    `documents` as `Ledger.document_rows`, with `text` when text reuse should count). With `relay`, a
    document's own figure equal to the figure of a source it cites counts as that source's
    (`relay_cited_figures`)."""
    if origins is None:
        origins = build_origins(documents if documents is not None else documents_from_rows(rows), rows)
    grouped = group_questions(rows, origins.claim_origin, edits)
    if relay:
        relay_cited_figures(grouped, origins)
    parts: dict[Any, list[Statement]] = defaultdict(list)
    for statements in grouped.values():
        for statement in statements:
            if statement.parent_id is not None:
                parts[statement.parent_id].append(statement)
    names = {fid: family.name for fid, family in origins.families.items()}
    ordered = sorted(grouped.items(), key=lambda kv: (kv[0].event, kv[0].measure, kv[0].subgroup or "", kv[0].unit))
    return [judge(q, statements, rule, parts, names) for q, statements in ordered]


def select(verdicts: Iterable[Verdict], event: str | None = None, measure: str | None = None) -> list[Verdict]:
    """The verdicts about `event` (any spelling or label: "Khojali massacre" finds Khojaly) and `measure`."""
    verdicts = [v for v in verdicts if not measure or v.question.measure == measure]
    if not event:
        return verdicts
    # the events of the verdicts first, so the user's spelling folds onto one of them
    wanted = EventNormalizer([v.question.event for v in verdicts]).normalize(event)
    return [v for v in verdicts if v.question.event == wanted or event_key(v.question.event) == event_key(event)]

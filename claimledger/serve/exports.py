"""Downloads: claims as CSV or JSON Lines (reviews overlaid), the comparison as UCDP-shaped CSV, and claims as
W3C Web Annotations (JSON-LD, TextQuoteSelector + TextPositionSelector). Optionally reviewed claims only."""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import select

from claimledger.model import Claim
from claimledger.reconcile.export import UCDP_COLUMNS, ucdp_rows
from claimledger.serve.plots import verdict_from_dict
from claimledger.store.ledger import Ledger
from claimledger.store.models import DocumentRow
from claimledger.store.review_models import ComparedQuestion
from claimledger.store.reviews import overlay, reviews_by_key, row_key

CLAIM_COLUMNS = ("id", "document_id", *[f for f in Claim.FIELD_ORDER if f != "parent"], "sentence", "doc_title",
                 "doc_publisher", "doc_published", "doc_sha256", "review", "reviewer", "review_note")
REVIEWED = ("accept", "correct")
ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
AFFIX = 32  # characters of prefix/suffix in a TextQuoteSelector


def claims(ledger: Ledger, reviewed_only: bool = False, event: str | None = None,
           kind: str | None = None) -> list[dict[str, Any]]:
    rows = overlay(ledger.claim_rows(kind=kind, event=event), reviews_by_key(ledger))
    if reviewed_only:
        return [r for r in rows if r.get("review") in REVIEWED]
    return rows


def _cell(value: Any) -> Any:
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value  # a spreadsheet must not run a formula a document smuggled in
    return value


def to_csv(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({c: _cell(row.get(c)) for c in columns})
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def to_jsonl(rows: list[dict[str, Any]]) -> Iterator[str]:
    for row in rows:
        yield json.dumps(row, ensure_ascii=False, default=str) + "\n"


def ucdp(ledger: Ledger, reviewed_only: bool = False, event: str | None = None) -> list[dict[str, Any]]:
    query = select(ComparedQuestion).where(ComparedQuestion.scope == ("reviewed" if reviewed_only else "all"))
    if event:
        query = query.where(ComparedQuestion.event == event)
    with ledger.session() as session:
        stored = list(session.scalars(query.order_by(ComparedQuestion.event, ComparedQuestion.measure,
                                                     ComparedQuestion.id)))
        verdicts = [verdict_from_dict(q.verdict) for q in stored]
        ids = {s.document_id for v in verdicts for f in v.figures for s in f.statements}
        docs = {d.id: d for d in session.execute(select(DocumentRow.id, DocumentRow.title, DocumentRow.publisher,
                                                        DocumentRow.path).where(DocumentRow.id.in_(ids)))}
        reviewed = [q.reviewed for q in stored]
    for verdict in verdicts:  # the document columns UCDP rows show
        for figure in verdict.figures:
            for s in figure.statements:
                doc = docs.get(s.document_id)
                if doc is not None:
                    s.doc_title, s.publisher, s.doc_path = doc.title, doc.publisher, doc.path
    rows = ucdp_rows(verdicts)
    for row, count in zip(rows, reviewed, strict=True):
        row["reviewed_statements"] = count
    return rows


UCDP_EXPORT_COLUMNS = (*UCDP_COLUMNS, "reviewed_statements")


def annotation(row: dict[str, Any], base: str) -> dict[str, Any]:
    """One claim as a W3C Web Annotation on its document; the body says what is claimed and by whom."""
    sentence, offset = row.get("sentence") or "", row["start"] - row["sentence_start"]
    end = row["end"] - row["sentence_start"]
    speaker = row.get("attributed_to") or row.get("speaker") or row.get("doc_publisher") or "the document"
    fields = {k: row.get(k) for k in ("measure", "value", "low", "high", "qualifier", "unit", "subgroup", "label",
                                      "modality", "applied_to", "recognizer", "stance", "instrument", "event")
              if row.get(k) is not None}
    return {
        "id": f"{base}/api/claims/{row['id']}#annotation", "type": "Annotation", "motivation": "describing",
        "created": None, "generator": "claimledger",
        "body": [{"type": "TextualBody", "purpose": "tagging", "value": row["kind"]},
                 {"type": "TextualBody", "purpose": "describing", "format": "application/json",
                  "value": json.dumps({"claimed_by": speaker, **fields, "review": row.get("review")},
                                      ensure_ascii=False)}],
        "target": {
            "source": f"urn:sha256:{row['doc_sha256']}",
            "selector": [
                {"type": "TextQuoteSelector", "exact": row["text"],
                 "prefix": sentence[max(0, offset - AFFIX):offset], "suffix": sentence[end:end + AFFIX]},
                {"type": "TextPositionSelector", "start": row["start"], "end": row["end"]},
            ]},
        "claimledger:key": row_key(row),
    }


def annotation_collection(rows: list[dict[str, Any]], base: str) -> dict[str, Any]:
    items = [annotation(r, base) for r in rows]
    for item in items:
        item.pop("created")
    return {"@context": [ANNO_CONTEXT, {"claimledger": f"{base}/ns#"}], "type": "AnnotationCollection",
            "label": "claimledger claims (each the claim of its speaker)", "total": len(items),
            "first": {"type": "AnnotationPage", "startIndex": 0, "items": items}}

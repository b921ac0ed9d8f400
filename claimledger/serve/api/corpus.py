"""Corpus endpoints: stats, documents, events, questions and origins (all read-only, open to everyone)."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from sqlalchemy import func, select

from claimledger.serve import queries
from claimledger.serve.api import schemas
from claimledger.serve.api.paging import Limit, Offset, next_url
from claimledger.serve.deps import ledger
from claimledger.store.ledger import Ledger
from claimledger.store.review_models import DocumentOrigin, Review

router = APIRouter()
DocumentId = Annotated[int, Path(ge=1, le=schemas.MAX_ID)]
Text = Annotated[str | None, Query(max_length=200)]


@router.get("/stats", response_model=schemas.Stats, tags=["corpus"])
def stats(store: Annotated[Ledger, Depends(ledger)]) -> dict[str, Any]:
    """Documents, claims per kind, the last ingest, and how many claims were reviewed."""
    info = queries.corpus(store)["stats"]
    with store.session() as session:
        reviews = session.scalar(select(func.count()).select_from(Review)) or 0
    return {**info, "reviews": reviews}


@router.get("/documents", response_model=schemas.Page[schemas.Document], tags=["documents"])
def documents(request: Request, store: Annotated[Ledger, Depends(ledger)], limit: Limit = 50,
              offset: Offset = 0) -> dict[str, Any]:
    items, total = queries.documents_page(store, limit, offset)
    return {"items": items, "total": total, "limit": limit, "offset": offset,
            "next": next_url(request, limit, offset, len(items), total)}


@router.get("/documents/{document_id}", response_model=schemas.Document, tags=["documents"])
def document(document_id: DocumentId, store: Annotated[Ledger, Depends(ledger)],
             text: Annotated[bool, Query(description="include the plain text")] = True) -> dict[str, Any]:
    found = store.document(document_id)
    if not text:
        found.pop("text", None)
    return {**found, "origin": queries.document_origin(store, document_id)}


@router.get("/documents/{document_id}/claims", response_model=list[schemas.Claim], tags=["documents"])
def document_claims(document_id: DocumentId, store: Annotated[Ledger, Depends(ledger)]) -> list[dict[str, Any]]:
    store.document(document_id)  # 404 for an unknown document
    return queries.reviewed_claims(store, store.claim_rows(document_id=document_id))


@router.get("/events", response_model=list[schemas.Event], tags=["questions"])
def events(store: Annotated[Ledger, Depends(ledger)]) -> list[dict[str, Any]]:
    """Events as the comparison names them, with claim counts per kind."""
    return list(queries.corpus(store)["events"])


@router.get("/questions", response_model=schemas.Page[schemas.Question], tags=["questions"])
def questions(request: Request, store: Annotated[Ledger, Depends(ledger)], event: Text = None,
              measure: Text = None, status: Text = None,
              scope: Annotated[str, Query(pattern="^(all|reviewed)$")] = "all",
              limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    """The stored comparison: one verdict per question, over all claims or over reviewed claims only."""
    items, total = queries.questions(store, scope, event, measure, status, limit, offset)
    return {"items": items, "total": total, "limit": limit, "offset": offset,
            "next": next_url(request, limit, offset, len(items), total)}


@router.get("/questions/{question_id}", response_model=schemas.Question, tags=["questions"])
def question(question_id: Annotated[int, Path(ge=1, le=schemas.MAX_ID)],
             store: Annotated[Ledger, Depends(ledger)]) -> dict[str, Any]:
    return queries.question(store, question_id)


@router.get("/origins", response_model=list[schemas.Origin], tags=["questions"])
def origins(store: Annotated[Ledger, Depends(ledger)]) -> list[dict[str, Any]]:
    """Origin families: documents and speakers that count as one origin (corroboration counts families)."""
    with store.session() as session:
        families = {row.origin: row.family for row in session.scalars(select(DocumentOrigin))}
    return [{**family, "id": fid} for fid, family in sorted(families.items())]

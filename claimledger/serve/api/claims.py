"""Claim endpoints: list and filter, one claim with its question and siblings, and search."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request

from claimledger.serve import queries, search
from claimledger.serve.api import schemas
from claimledger.serve.api.paging import Limit, Offset, next_url
from claimledger.serve.deps import ledger
from claimledger.store.ledger import Ledger

router = APIRouter()
Text = Annotated[str | None, Query(max_length=200)]
Review = Annotated[str | None, Query(pattern="^(reviewed|unreviewed|accept|reject|correct)$")]
ClaimId = Annotated[int, Path(ge=1, le=schemas.MAX_ID)]


@router.get("/claims", response_model=schemas.Page[schemas.Claim], tags=["claims"])
def claims(request: Request, store: Annotated[Ledger, Depends(ledger)], q: Text = None, kind: Text = None,
           event: Text = None, measure: Text = None, source: Text = None, review: Review = None,
           limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Claims matching the words `q` (full-text) and the filters; `event` as the comparison names it."""
    items = search.search_claims(store, q or "", search.Filters(kind, event, measure, source, review), limit, offset)
    return {"items": items, "total": None, "limit": limit, "offset": offset,
            "next": next_url(request, limit, offset, len(items), None)}


@router.get("/claims/{claim_id}", response_model=schemas.Claim, tags=["claims"])
def claim(claim_id: ClaimId, store: Annotated[Ledger, Depends(ledger)]) -> dict[str, Any]:
    """One claim with its review overlaid (machine values under `machine`), its questions and its siblings."""
    row = queries.claim(store, claim_id)
    return {**row, "questions": queries.questions_of_claim(store, claim_id), "siblings": queries.siblings(store, row)}


@router.get("/search", tags=["claims"])
def search_all(store: Annotated[Ledger, Depends(ledger)], q: Annotated[str, Query(min_length=1, max_length=200)],
               limit: Limit = 20) -> dict[str, Any]:
    """Documents and claims matching the words `q`."""
    return {"documents": search.search_documents(store, q, limit),
            "claims": search.search_claims(store, q, search.Filters(), limit)}

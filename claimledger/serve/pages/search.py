"""Search across documents and claims, with filters by kind, event, measure, source and review state."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from claimledger.serve import queries, search
from claimledger.serve.deps import ledger
from claimledger.serve.templating import render
from claimledger.store.ledger import Ledger

router = APIRouter(include_in_schema=False)
Text = Annotated[str | None, Query(max_length=200)]


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, store: Annotated[Ledger, Depends(ledger)], q: Text = None, kind: Text = None,
                event: Text = None, measure: Text = None, source: Text = None, review: Text = None) -> HTMLResponse:
    filters = search.Filters(kind or None, event or None, measure or None, source or None,
                             review if review in search.REVIEW_STATES else None)
    any_filter = any((q, filters.kind, filters.event, filters.measure, filters.source, filters.review))
    claims = search.search_claims(store, q or "", filters) if any_filter else []
    docs = search.search_documents(store, q or "") if q else []
    return render(request, "search.html", {"q": q or "", "filters": filters, "claims": claims, "documents": docs,
                                           "events": queries.event_names(store),
                                           "review_states": search.REVIEW_STATES, "searched": any_filter})

"""The corpus overview: counts per kind, the last ingest, the events and the documents."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from claimledger.serve import queries
from claimledger.serve.deps import ledger
from claimledger.serve.templating import render
from claimledger.store.ledger import Ledger

router = APIRouter(include_in_schema=False)
PAGE = 50
EVENTS_SHOWN = 100  # the events with the most claims; /api/events lists them all


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, store: Annotated[Ledger, Depends(ledger)],
             page: Annotated[int, Query(ge=1, le=100_000)] = 1) -> HTMLResponse:
    info = queries.corpus(store)
    docs, total = queries.documents_page(store, PAGE, (page - 1) * PAGE)
    shown = info["events"][:EVENTS_SHOWN]
    return render(request, "overview.html", {**info, "events": shown, "more_events": len(info["events"]) - len(shown),
                                             "documents": docs, "total_documents": total, "page": page,
                                             "pages": max(1, -(-total // PAGE))})

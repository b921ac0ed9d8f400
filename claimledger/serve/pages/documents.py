"""The document page: its text with every claim highlighted in place, and its origin family."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from claimledger.serve import queries
from claimledger.serve.deps import ledger
from claimledger.serve.highlight import segments
from claimledger.serve.pages.claims import panel_context
from claimledger.serve.templating import render
from claimledger.store.ledger import Ledger

router = APIRouter(include_in_schema=False)


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def document(request: Request, document_id: int, store: Annotated[Ledger, Depends(ledger)],
             claim: Annotated[int | None, Query()] = None) -> HTMLResponse:
    view = queries.document_view(store, document_id)
    opened = None
    if claim is not None and any(c["id"] == claim for c in view["claims"]):
        opened = panel_context(store, claim)
    return render(request, "document.html", {**view, "segments": segments(view["document"]["text"], view["claims"]),
                                             "opened": opened})

"""The event page (the stored comparison, labels, recognitions, instruments) and its cached plot."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.responses import HTMLResponse

from claimledger.serve import plots, queries
from claimledger.serve.deps import ledger
from claimledger.serve.templating import render
from claimledger.store.ledger import Ledger

router = APIRouter(include_in_schema=False)
Scope = Annotated[str, Query(pattern="^(all|reviewed)$")]


@router.get("/plot.svg")
def plot(store: Annotated[Ledger, Depends(ledger)], event: Annotated[str, Query(max_length=500)],
         scope: Scope = "all") -> Response:
    svg, etag = plots.event_plot(store, event, scope)
    return Response(svg, media_type="image/svg+xml",
                    headers={"Cache-Control": "public, max-age=60", "ETag": f'"{etag}"'})


@router.get("/events/{name:path}", response_class=HTMLResponse)
def event(request: Request, name: str, store: Annotated[Ledger, Depends(ledger)],
          scope: Scope = "all") -> HTMLResponse:
    view: dict[str, Any] = queries.event_view(store, name, scope)
    return render(request, "event.html", view)

"""The audit log: every review change, newest first (signed-in users only)."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from claimledger.serve.deps import ledger, signed_in
from claimledger.serve.templating import render
from claimledger.store.ledger import Ledger
from claimledger.store.reviews import audit_log

router = APIRouter(include_in_schema=False)


@router.get("/audit", response_class=HTMLResponse)
def audit(request: Request, store: Annotated[Ledger, Depends(ledger)],
          _user: Annotated[dict[str, Any], Depends(signed_in)],
          page: Annotated[int, Query(ge=1, le=100_000)] = 1) -> HTMLResponse:
    return render(request, "audit.html", {"entries": audit_log(store, limit=100, offset=(page - 1) * 100),
                                          "page": page})

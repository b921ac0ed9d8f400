"""The claim page, the claim panel the document page opens in place, and the review form behind both."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from claimledger.serve import index, queries
from claimledger.serve.deps import ledger, require
from claimledger.serve.templating import render
from claimledger.store.ledger import Ledger
from claimledger.store.reviews import CORRECTABLE, audit_log, review_claim

router = APIRouter(include_in_schema=False)


def panel_context(store: Ledger, claim_id: int) -> dict[str, Any]:
    row = queries.claim(store, claim_id)
    return {"claim": row, "questions": queries.questions_of_claim(store, claim_id),
            "siblings": queries.siblings(store, row), "history": audit_log(store, claim_id, limit=20),
            "correctable": CORRECTABLE}


@router.get("/claims/{claim_id}", response_class=HTMLResponse)
def claim_page(request: Request, claim_id: int, store: Annotated[Ledger, Depends(ledger)]) -> HTMLResponse:
    return render(request, "claim.html", panel_context(store, claim_id))


@router.get("/claims/{claim_id}/panel", response_class=HTMLResponse)
def claim_panel(request: Request, claim_id: int, store: Annotated[Ledger, Depends(ledger)]) -> HTMLResponse:
    return render(request, "claim_panel.html", {"opened": panel_context(store, claim_id)})


@router.post("/claims/{claim_id}/review")
async def review_form(request: Request, claim_id: int, user: Annotated[dict[str, Any], Depends(require("reviewer"))],
                      ) -> Response:
    store: Ledger = request.app.state.ledger
    form = await request.form()
    action = str(form.get("action") or "")
    fields = {name: form.get(name) for name in CORRECTABLE if form.get(name) not in (None, "")}
    review_claim(store, claim_id, action, user, {k: str(v) for k, v in fields.items()}, str(form.get("note") or ""))
    index.after_review(store, claim_id)  # the comparison shows the decision at once
    if request.headers.get("x-requested-with") == "fetch":
        return render(request, "claim_panel.html", {"opened": panel_context(store, claim_id), "saved": action})
    row = queries.claim(store, claim_id)
    return RedirectResponse(f"/documents/{row['document_id']}?claim={claim_id}#claim-{claim_id}", status_code=303)

"""Review endpoints: a reviewer's decision on a claim, the audit log, and an admin's re-index. Every writing
route declares its guard as a dependency, so anonymous or wrong-role requests are refused before the body is read."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Request
from pydantic import ValidationError

from claimledger.serve import index
from claimledger.serve.api import schemas
from claimledger.serve.api.paging import Limit, Offset
from claimledger.serve.deps import ledger, require, signed_in
from claimledger.store.ledger import Ledger
from claimledger.store.reviews import audit_log, review_claim

router = APIRouter()
ClaimId = Annotated[int, Path(ge=1, le=schemas.MAX_ID)]
AUTH_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": schemas.Error, "description": "not signed in"},
    403: {"model": schemas.Error, "description": "role too low, or CSRF token missing (cookie sessions)"}}
REVIEW_BODY = {"requestBody": {"required": True, "content": {"application/json": {
    "schema": schemas.ReviewIn.model_json_schema()}}}}


@router.post("/claims/{claim_id}/review", response_model=schemas.AuditEntry, tags=["reviews"],
             responses=AUTH_ERRORS, openapi_extra=REVIEW_BODY)
async def review(request: Request, claim_id: ClaimId, user: Annotated[dict[str, Any], Depends(require("reviewer"))],
                 ) -> dict[str, Any]:
    """Accept, reject or correct a claim (reviewer role). The machine's row is kept; the review is overlaid,
    the audit log records before and after, and the stored comparison is recomputed."""
    try:
        body = schemas.ReviewIn.model_validate_json(await request.body())
    except ValidationError as exc:
        raise HTTPException(422, "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}"
                                           for e in exc.errors())) from exc
    store: Ledger = request.app.state.ledger
    entry = review_claim(store, claim_id, body.action, user, dict(body.corrections), body.note)
    index.after_review(store, claim_id)
    return entry


@router.get("/claims/{claim_id}/audit", response_model=list[schemas.AuditEntry], tags=["reviews"],
            responses=AUTH_ERRORS)
def claim_audit(claim_id: ClaimId, store: Annotated[Ledger, Depends(ledger)],
                _user: Annotated[dict[str, Any], Depends(signed_in)]) -> list[dict[str, Any]]:
    return audit_log(store, claim_id)


@router.get("/audit", response_model=list[schemas.AuditEntry], tags=["reviews"], responses=AUTH_ERRORS)
def audit(store: Annotated[Ledger, Depends(ledger)], _user: Annotated[dict[str, Any], Depends(signed_in)],
          limit: Limit = 100, offset: Offset = 0) -> list[dict[str, Any]]:
    """Every review change, newest first (signed-in users)."""
    return audit_log(store, limit=limit, offset=offset)


@router.post("/reindex", tags=["reviews"], responses=AUTH_ERRORS)
def reindex(store: Annotated[Ledger, Depends(ledger)],
            _user: Annotated[dict[str, Any], Depends(require("admin"))]) -> dict[str, int]:
    """Recompute the stored comparison, origins and search index now (admin role)."""
    return index.refresh(store)

"""The JSON API under /api: documents, claims, questions, origins, reviews and exports. Errors are JSON objects
`{"status": ..., "message": ...}`; lists are pages `{items, total, limit, offset, next}`."""
from __future__ import annotations

from fastapi import APIRouter

from claimledger.serve.api import claims, corpus, exports, reviews
from claimledger.serve.api.schemas import Error

ERRORS = {code: {"model": Error, "description": text} for code, text in
          ((400, "refused"), (404, "not found"), (422, "invalid parameters"))}
router = APIRouter(prefix="/api", responses=ERRORS)  # type: ignore[arg-type]
for module in (corpus, claims, reviews, exports):
    router.include_router(module.router)

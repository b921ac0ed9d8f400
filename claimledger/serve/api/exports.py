"""Download endpoints: claims (CSV, JSON Lines), the comparison as UCDP-shaped CSV, and Web Annotation JSON-LD."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse, StreamingResponse

from claimledger.serve import exports
from claimledger.serve.deps import ledger
from claimledger.store.ledger import Ledger

router = APIRouter(prefix="/export", tags=["exports"])
ReviewedOnly = Annotated[bool, Query(description="only claims a reviewer accepted or corrected")]
Text = Annotated[str | None, Query(max_length=200)]


def _download(body: Any, media: str, name: str) -> StreamingResponse:
    return StreamingResponse(body, media_type=media, headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/claims.csv", response_class=StreamingResponse, responses={200: {"content": {"text/csv": {}}}})
def claims_csv(store: Annotated[Ledger, Depends(ledger)], reviewed_only: ReviewedOnly = False, event: Text = None,
               kind: Text = None) -> StreamingResponse:
    rows = exports.claims(store, reviewed_only, event, kind)
    return _download(exports.to_csv(rows, exports.CLAIM_COLUMNS), "text/csv; charset=utf-8", "claims.csv")


@router.get("/claims.jsonl", response_class=StreamingResponse,
            responses={200: {"content": {"application/x-ndjson": {}}}})
def claims_jsonl(store: Annotated[Ledger, Depends(ledger)], reviewed_only: ReviewedOnly = False, event: Text = None,
                 kind: Text = None) -> StreamingResponse:
    rows = exports.claims(store, reviewed_only, event, kind)
    return _download(exports.to_jsonl(rows), "application/x-ndjson", "claims.jsonl")


@router.get("/ucdp.csv", response_class=StreamingResponse, responses={200: {"content": {"text/csv": {}}}})
def ucdp_csv(store: Annotated[Ledger, Depends(ledger)], reviewed_only: ReviewedOnly = False,
             event: Text = None) -> StreamingResponse:
    """The comparison, one UCDP GED-shaped row per question (low/best/high, sources), plus who states what."""
    rows = exports.ucdp(store, reviewed_only, event)
    return _download(exports.to_csv(rows, exports.UCDP_EXPORT_COLUMNS), "text/csv; charset=utf-8", "ucdp.csv")


@router.get("/annotations.jsonld", responses={200: {"content": {"application/ld+json": {}}}})
def annotations_jsonld(request: Request, store: Annotated[Ledger, Depends(ledger)], reviewed_only: ReviewedOnly = False,
                event: Text = None, kind: Text = None) -> JSONResponse:
    """Claims as a W3C Web Annotation collection (TextQuoteSelector and TextPositionSelector on each)."""
    rows = exports.claims(store, reviewed_only, event, kind)
    base = str(request.base_url).rstrip("/")
    return JSONResponse(exports.annotation_collection(rows, base), media_type="application/ld+json",
                        headers={"Content-Disposition": 'attachment; filename="annotations.jsonld"'})

"""The application: one FastAPI app over one Ledger, with the pages, the JSON API, static files, security headers
and JSON errors. `create_app(db)` builds it; `claimledger serve` runs it with uvicorn."""
from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from claimledger.errors import ClaimledgerError, NotFound
from claimledger.serve import csrf, index
from claimledger.serve.auth import LoginLimiter, Sessions, load_secret
from claimledger.serve.templating import make_templates, render
from claimledger.store.ledger import Ledger

STATIC = Path(__file__).parent / "static"
STRICT_CSP = ("default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
              "form-action 'self'")
# Swagger UI loads its assets from a CDN: only /docs gets a CSP that allows them (the schema is served either way).
DOCS_CSP = ("default-src 'self'; script-src 'self' https://cdn.jsdelivr.net 'unsafe-inline'; "
            "style-src 'self' https://cdn.jsdelivr.net; img-src 'self' data: https://fastapi.tiangolo.com; "
            "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
STALE_CHECK_SECONDS = 2.0  # how often a request may look for a newer ingest


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


class Freshness:
    """Re-index when an ingest ran since the last index (checked at most every few seconds, refreshed in the
    background so no request waits for it)."""

    def __init__(self, ledger: Ledger, background: index.Background) -> None:
        self.ledger, self.background = ledger, background
        self.checked = 0.0

    def poke(self) -> None:
        now = time.monotonic()
        if now - self.checked < STALE_CHECK_SECONDS or self.background.busy:
            return
        self.checked = now
        if index.is_stale(self.ledger):
            self.background.request()


def create_app(db: str | None = None, *, secret: str | None = None, refresh: bool = True) -> FastAPI:
    """The server over the ledger at `db`; `refresh` indexes the ledger first if an ingest ran since."""
    ledger = Ledger(db)
    if refresh and index.is_stale(ledger):
        index.refresh(ledger)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        ledger.close()

    app = FastAPI(title="claimledger", version="1", lifespan=lifespan,
                  description="Claims about contested events, each shown as the claim of its speaker: documents, "
                              "claims, questions (comparisons), origins, reviews and exports.")
    app.state.ledger = ledger
    app.state.sessions = Sessions(secret or load_secret(ledger.url))
    app.state.limiter = LoginLimiter()
    app.state.templates = make_templates()
    app.state.background = index.Background(ledger)
    app.state.freshness = Freshness(ledger, app.state.background)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    from claimledger.serve.api import router as api_router
    from claimledger.serve.pages import routers

    app.include_router(api_router)
    for router in routers:
        app.include_router(router)

    @app.middleware("http")
    async def headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        if request.method == "GET" and not request.url.path.startswith("/static/"):
            request.app.state.freshness.poke()
        response = await call_next(request)
        docs = request.url.path in ("/docs", "/docs/oauth2-redirect")
        response.headers["Content-Security-Policy"] = DOCS_CSP if docs else STRICT_CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"
        response.headers["X-Frame-Options"] = "DENY"
        if hasattr(request.state, "new_csrf") and not request.cookies.get(csrf.CSRF_COOKIE):
            response.set_cookie(csrf.CSRF_COOKIE, request.state.new_csrf, httponly=True, secure=True,
                                samesite="strict", path="/")
        return response

    def error(request: Request, status: int, message: str) -> Response:
        if _is_api(request) or "text/html" not in request.headers.get("accept", ""):
            return JSONResponse({"status": status, "message": message}, status_code=status)
        return render(request, "error.html", {"status": status, "message": message}, status_code=status)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        response = error(request, exc.status_code, str(exc.detail))
        for name, value in (exc.headers or {}).items():
            response.headers[name] = value
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg')}" for e in exc.errors())
        return error(request, 422, problems or "invalid request")

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return error(request, 404, str(exc))

    @app.exception_handler(ClaimledgerError)
    async def refused(request: Request, exc: ClaimledgerError) -> Response:
        return error(request, 400, str(exc))

    return app

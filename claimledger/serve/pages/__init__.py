"""Server-rendered pages, one module per page family."""
from __future__ import annotations

from fastapi import APIRouter

from claimledger.serve.pages import audit, claims, documents, events, login, overview, search

routers: list[APIRouter] = [overview.router, events.router, documents.router, claims.router, search.router,
                            login.router, audit.router]

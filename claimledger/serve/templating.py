"""Jinja2 with autoescaping on every template; helpers the templates call. Document text and metadata are only
ever passed as plain strings, so they are escaped wherever they appear."""
from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from claimledger.model import KINDS, MEASURES
from claimledger.serve import csrf
from claimledger.serve.auth import current_user, has_role
from claimledger.serve.highlight import snippet_parts
from claimledger.store.review_models import SCOPES
from claimledger.store.reviews import CORRECTABLE

TEMPLATES = Path(__file__).parent / "templates"


def number(value: Any) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, int | float) else str(value)


def basename(path: str | None) -> str:
    """A document's file name, shown when it has no title (the full path says where the ingest ran, not what)."""
    return (path or "").replace("\\", "/").rsplit("/", 1)[-1]


def event_url(name: str, scope: str = "all") -> str:
    return f"/events/{quote(name, safe='')}" + ("" if scope == "all" else "?scope=reviewed")


def plot_url(name: str, scope: str = "all") -> str:
    return "/plot.svg?" + urlencode({"event": name, "scope": scope})


def make_templates() -> Jinja2Templates:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True)
    env.filters["number"] = number
    env.filters["basename"] = basename
    env.globals.update(KINDS=KINDS, MEASURES=MEASURES, SCOPES=SCOPES, CORRECTABLE=CORRECTABLE, event_url=event_url,
                       plot_url=plot_url, snippet_parts=snippet_parts, has_role=has_role)
    return Jinja2Templates(env=env)


def render(request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> HTMLResponse:
    templates: Jinja2Templates = request.app.state.templates
    user = current_user(request)
    base = {"user": user, "csrf_token": csrf.token_for(request), "can_review": has_role(user, "reviewer"),
            "saved": None}
    return templates.TemplateResponse(request, name, {**base, **context}, status_code=status_code)

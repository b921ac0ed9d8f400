"""CSRF protection by double submit: a random token in an HttpOnly, SameSite=Strict cookie, echoed by every form
(hidden field) and every script request (X-CSRF-Token header, read from the page's meta tag). Requests that
authenticate with a bearer token carry no ambient credential and need no CSRF token."""
from __future__ import annotations

import hmac
import secrets

from fastapi import Request

CSRF_COOKIE = "cl_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"


def token_for(request: Request) -> str:
    """The request's CSRF token: the cookie's, or a new one (the response middleware then sets the cookie)."""
    existing = request.cookies.get(CSRF_COOKIE)
    if existing and len(existing) >= 32:
        return existing
    if not hasattr(request.state, "new_csrf"):
        request.state.new_csrf = secrets.token_urlsafe(32)
    return str(request.state.new_csrf)


def valid(request: Request, submitted: str | None) -> bool:
    cookie = request.cookies.get(CSRF_COOKIE)
    return bool(cookie and submitted) and hmac.compare_digest(str(cookie), str(submitted))


async def check(request: Request) -> bool:
    """True when the request carries the right CSRF token, in the header or the form body."""
    if getattr(request.state, "via_token", False):
        return True
    submitted = request.headers.get(CSRF_HEADER)
    if submitted is None and request.headers.get("content-type", "").startswith(
            ("application/x-www-form-urlencoded", "multipart/form-data")):
        form = await request.form()
        value = form.get(CSRF_FIELD)
        submitted = value if isinstance(value, str) else None
    return valid(request, submitted)

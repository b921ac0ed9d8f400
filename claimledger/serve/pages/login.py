"""Sign in and out. Failed attempts are rate-limited per user name and address."""
from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from claimledger.serve import csrf
from claimledger.serve.auth import SESSION_COOKIE, SESSION_MAX_AGE
from claimledger.serve.templating import render
from claimledger.store.reviews import verify_password

router = APIRouter(include_in_schema=False)


def _next(target: str | None) -> str:
    # only a path on this site: never an open redirect
    return target if target and target.startswith("/") and not target.startswith("//") and "\\" not in target else "/"


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str | None = None) -> HTMLResponse:
    return render(request, "login.html", {"next": _next(next), "message": None})


@router.post("/login")
async def login(request: Request) -> Response:
    form = await request.form()
    name, password = str(form.get("name") or "")[:64], str(form.get("password") or "")[:1024]
    target = _next(str(form.get("next") or "/"))
    if not csrf.valid(request, str(form.get(csrf.CSRF_FIELD) or "")):
        return render(request, "login.html", {"next": target, "message": "The form expired; try again."}, 403)
    address = request.client.host if request.client else "?"
    limiter = request.app.state.limiter
    if limiter.blocked(name, address):
        return render(request, "login.html", {"next": target, "message": "Too many failed attempts; wait a few "
                                              "minutes."}, 429)
    user = verify_password(request.app.state.ledger, name, password)
    if user is None:
        limiter.failed(name, address)
        return render(request, "login.html", {"next": target, "message": "Wrong name or password."}, 401)
    limiter.succeeded(name, address)
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(SESSION_COOKIE, request.app.state.sessions.dump(user["id"]), max_age=SESSION_MAX_AGE,
                        httponly=True, secure=True, samesite="strict", path="/")
    return response


@router.post("/logout")
async def logout(request: Request) -> Response:
    form = await request.form()
    if not csrf.valid(request, str(form.get(csrf.CSRF_FIELD) or "")):
        return render(request, "error.html", {"status": 403, "message": "missing or wrong CSRF token"}, 403)
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/", secure=True, httponly=True, samesite="strict")
    return response

"""Dependencies the routes share: the ledger, the signed-in user, and the guard every writing route runs first."""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import HTTPException, Request

from claimledger.serve import csrf
from claimledger.serve.auth import current_user, has_role
from claimledger.store.ledger import Ledger


def ledger(request: Request) -> Ledger:
    found: Ledger = request.app.state.ledger
    return found


def require(role: str) -> Callable[[Request], Awaitable[dict[str, Any]]]:
    """A dependency: 401 when nobody is signed in, 403 for a lower role or a missing CSRF token. Declared on the
    route, it runs before the body is read, so anonymous writes are refused whatever they send."""

    async def guard(request: Request) -> dict[str, Any]:
        user = current_user(request)
        if user is None:
            raise HTTPException(401, "sign in first (session cookie or `Authorization: Bearer <token>`)",
                                headers={"WWW-Authenticate": "Bearer"})
        if not has_role(user, role):
            raise HTTPException(403, f"this needs the {role} role; {user['name']} is a {user['role']}")
        if not await csrf.check(request):
            raise HTTPException(403, "missing or wrong CSRF token")
        return user

    guard.__name__ = f"require_{role}"
    return guard


def signed_in(request: Request) -> dict[str, Any]:
    user = current_user(request)
    if user is None:
        raise HTTPException(401, "sign in first", headers={"WWW-Authenticate": "Bearer"})
    return user

"""Who is asking: the signed session cookie (itsdangerous), API tokens, roles, the server secret, and the
login rate limit. Passwords are argon2 hashes (see `claimledger.store.reviews`)."""
from __future__ import annotations

import os
import secrets
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi import Request
from itsdangerous import BadSignature, URLSafeTimedSerializer

from claimledger.store.engine import sqlite_path
from claimledger.store.review_models import ROLES
from claimledger.store.reviews import user_by_id, user_for_token

SECRET_ENV = "CLAIMLEDGER_SECRET"
SESSION_COOKIE = "cl_session"
SESSION_MAX_AGE = 12 * 3600


def load_secret(url: str) -> str:
    """$CLAIMLEDGER_SECRET, else a random secret kept in a file beside the SQLite ledger (created once, 0600)."""
    if os.environ.get(SECRET_ENV):
        return os.environ[SECRET_ENV]
    db = sqlite_path(url)
    path = (db.with_name(db.name + ".secret") if db is not None else Path.cwd() / "claimledger.secret")
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    secret = secrets.token_urlsafe(48)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(secret)
    return secret


class Sessions:
    """The session cookie: {user id, csrf token}, signed and timestamped with the server secret."""

    def __init__(self, secret: str) -> None:
        self._serializer = URLSafeTimedSerializer(secret, salt="claimledger-session")

    def dump(self, user_id: int) -> str:
        return self._serializer.dumps({"uid": user_id, "n": secrets.token_urlsafe(8)})

    def load(self, cookie: str | None) -> int | None:
        if not cookie:
            return None
        try:
            data = self._serializer.loads(cookie, max_age=SESSION_MAX_AGE)
        except BadSignature:
            return None
        uid = data.get("uid") if isinstance(data, dict) else None
        return uid if isinstance(uid, int) else None


def current_user(request: Request) -> Any:
    """The signed-in user (session cookie or `Authorization: Bearer <token>`), cached on the request."""
    if hasattr(request.state, "user"):
        return request.state.user
    ledger = request.app.state.ledger
    user = None
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        user = user_for_token(ledger, header[7:].strip())
        request.state.via_token = user is not None
    else:
        uid = request.app.state.sessions.load(request.cookies.get(SESSION_COOKIE))
        user = user_by_id(ledger, uid) if uid is not None else None
        request.state.via_token = False
    request.state.user = user
    return user


def has_role(user: dict[str, Any] | None, role: str) -> bool:
    return user is not None and ROLES.index(user["role"]) >= ROLES.index(role)


class LoginLimiter:
    """At most `per_user` failed logins per (name, address) and `per_address` per address in `window` seconds."""

    def __init__(self, per_user: int = 5, per_address: int = 20, window: float = 300.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.per_user, self.per_address, self.window, self.clock = per_user, per_address, window, clock
        self._failures: dict[tuple[str, ...], deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _recent(self, key: tuple[str, ...]) -> int:
        times = self._failures[key]
        cutoff = self.clock() - self.window
        while times and times[0] < cutoff:
            times.popleft()
        return len(times)

    def blocked(self, name: str, address: str) -> bool:
        with self._lock:
            return (self._recent(("user", name.lower(), address)) >= self.per_user
                    or self._recent(("address", address)) >= self.per_address)

    def failed(self, name: str, address: str) -> None:
        with self._lock:
            now = self.clock()
            self._failures[("user", name.lower(), address)].append(now)
            self._failures[("address", address)].append(now)

    def succeeded(self, name: str, address: str) -> None:
        with self._lock:
            self._failures.pop(("user", name.lower(), address), None)

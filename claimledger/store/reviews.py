"""Reviews, users and tokens over a `Ledger`: functions taking the ledger, so its class stays the store's own.

A review never touches the machine's claim row: it is a separate row keyed by the claim's stable identity
(document sha256 + kind + start + end) and overlaid when claims are read, so re-ingesting or re-extracting a
document keeps every decision. Every change appends an audit entry with the claim before and after.
"""
from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from claimledger.errors import ClaimledgerError, NotFound
from claimledger.store.ledger import Ledger
from claimledger.store.models import ClaimRow, DocumentRow, utcnow
from claimledger.store.review_models import ACTIONS, ROLES, ApiToken, AuditEntry, Review, User

# What a reviewer may correct, and how each value is checked.
NUMBER_FIELDS = ("value", "low", "high")
TEXT_FIELDS = ("measure", "qualifier", "subgroup", "attributed_to", "event", "label", "stance")
CORRECTABLE = (*NUMBER_FIELDS, *TEXT_FIELDS)
TOKEN_PREFIX = "clt_"


class ReviewError(ClaimledgerError):
    """A review, user or token request that cannot be carried out (bad field, unknown role, duplicate name)."""


def claim_key(sha256: str, kind: str, start: int, end: int) -> str:
    return f"{sha256}:{kind}:{start}:{end}"


def row_key(row: dict[str, Any]) -> str:
    return claim_key(row["doc_sha256"], row["kind"], row["start"], row["end"])


@dataclass(frozen=True)
class ReviewState:
    action: str
    corrections: dict[str, Any]
    note: str | None
    reviewer: str
    updated_at: str


def _state(review: Review) -> ReviewState:
    return ReviewState(review.action, dict(review.corrections or {}), review.note, review.reviewer,
                       _iso(review.updated_at))


def reviews_by_key(ledger: Ledger, keys: Iterable[str] | None = None) -> dict[str, ReviewState]:
    """Every review (or those of `keys`) by claim key."""
    query = select(Review)
    wanted = None if keys is None else sorted(set(keys))
    with ledger.session() as session:
        if wanted is None:
            return {r.claim_key: _state(r) for r in session.scalars(query)}
        found: dict[str, ReviewState] = {}
        for i in range(0, len(wanted), 500):
            chunk = wanted[i:i + 500]
            found.update({r.claim_key: _state(r) for r in session.scalars(query.where(Review.claim_key.in_(chunk)))})
        return found


def overlay(rows: list[dict[str, Any]], reviews: dict[str, ReviewState]) -> list[dict[str, Any]]:
    """Claim rows with their reviews applied: corrected fields replaced (the machine's values kept under
    `machine`), and `review` set to the action or None. Rejected claims stay, marked, for the caller to drop."""
    out = []
    for row in rows:
        state = reviews.get(row_key(row))
        if state is None:
            out.append({**row, "review": None})
            continue
        changed = {**row, "review": state.action, "reviewer": state.reviewer, "review_note": state.note}
        if state.corrections:
            changed["machine"] = {name: row.get(name) for name in state.corrections}
            changed.update(state.corrections)
        out.append(changed)
    return out


def clean_corrections(fields: dict[str, Any]) -> dict[str, Any]:
    """The corrections a reviewer sent, checked: known fields only, numbers as numbers, blank means unset."""
    clean: dict[str, Any] = {}
    for name, raw in fields.items():
        if name not in CORRECTABLE:
            raise ReviewError(f"{name!r} cannot be corrected; correctable fields: {', '.join(CORRECTABLE)}")
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            continue
        if name in NUMBER_FIELDS:
            try:
                number = float(str(raw).replace(",", "").strip())
            except ValueError as exc:
                raise ReviewError(f"{name} must be a number, not {raw!r}") from exc
            if number != number or number in (float("inf"), float("-inf")) or number < 0:
                raise ReviewError(f"{name} must be a finite number of zero or more")
            clean[name] = int(number) if number.is_integer() else number
        else:
            text = str(raw).strip()
            if len(text) > 500:
                raise ReviewError(f"{name} is longer than 500 characters")
            clean[name] = text
    return clean


def _claim(session: Session, claim_id: int) -> tuple[ClaimRow, str]:
    found = session.execute(select(ClaimRow, DocumentRow.sha256).join(DocumentRow)
                            .where(ClaimRow.id == claim_id)).first()
    if found is None:
        raise NotFound(f"no claim with id {claim_id}")
    return found[0], found[1]


def _visible(claim: ClaimRow, corrections: dict[str, Any]) -> dict[str, Any]:
    shown = {name: getattr(claim, name) for name in CORRECTABLE}
    for name in NUMBER_FIELDS:  # as the claim contract prints them: whole numbers as ints
        value = shown[name]
        if isinstance(value, float) and value.is_integer():
            shown[name] = int(value)
    shown.update(corrections)
    return shown


def review_claim(ledger: Ledger, claim_id: int, action: str, user: dict[str, Any],
                 corrections: dict[str, Any] | None = None, note: str | None = None) -> dict[str, Any]:
    """Accept, reject or correct claim `claim_id` as `user` ({id, name}); returns the audit entry as a dict."""
    if action not in ACTIONS:
        raise ReviewError(f"unknown action {action!r}; choose one of {', '.join(ACTIONS)}")
    fixed = clean_corrections(corrections or {}) if action == "correct" else {}
    if action == "correct" and not fixed:
        raise ReviewError("a correction needs at least one corrected field")
    note = (note or "").strip()[:2000] or None
    try:
        return _review_once(ledger, claim_id, action, user, fixed, note)
    except IntegrityError:
        # Two first reviews of one claim at once: both read "no review", the unique key on claim_key let one
        # insert through. That transaction was rolled back whole; run again, it now updates the other's review,
        # and its audit entry's `before` shows the other's action: nothing is overwritten silently.
        return _review_once(ledger, claim_id, action, user, fixed, note)


def _review_once(ledger: Ledger, claim_id: int, action: str, user: dict[str, Any], fixed: dict[str, Any],
                 note: str | None) -> dict[str, Any]:
    """One transaction of `review_claim`: read the claim and its review, write the review and the audit entry."""
    with ledger.session() as session:
        claim, sha = _claim(session, claim_id)
        key = claim_key(sha, claim.kind, claim.start, claim.end)
        review = session.scalars(select(Review).where(Review.claim_key == key)).first()
        before = {"action": review.action if review else None,
                  **_visible(claim, dict(review.corrections or {}) if review else {})}
        if review is None:
            review = Review(claim_key=key, document_sha256=sha, kind=claim.kind, start=claim.start, end=claim.end)
            session.add(review)
        # corrections build up: a later correction of one field keeps the earlier ones; accept keeps them all
        fixed = {**(dict(review.corrections or {}) if review.action != "reject" else {}), **fixed}
        review.claim_id, review.action, review.corrections = claim.id, action, fixed
        review.note, review.reviewer_id, review.reviewer = note, user.get("id"), user["name"]
        review.updated_at = utcnow()
        after = {"action": action, **_visible(claim, fixed)}
        entry = AuditEntry(user_id=user.get("id"), user_name=user["name"], claim_key=key, claim_id=claim.id,
                           action=action, before=before, after=after, note=note, at=utcnow())
        session.add(entry)
        session.flush()
        return audit_dict(entry)


def _iso(moment: datetime) -> str:
    if moment.tzinfo is None:  # SQLite hands back naive datetimes; only UTC is ever stored
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def audit_dict(entry: AuditEntry) -> dict[str, Any]:
    return {"id": entry.id, "at": _iso(entry.at), "user": entry.user_name,
            "claim_key": entry.claim_key, "claim_id": entry.claim_id, "action": entry.action,
            "before": entry.before, "after": entry.after, "note": entry.note}


def audit_log(ledger: Ledger, claim_id: int | None = None, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    """The newest audit entries first; of one claim (by its stable key, so older rows of it count too)."""
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit).offset(offset)
    with ledger.session() as session:
        if claim_id is not None:
            claim, sha = _claim(session, claim_id)
            query = query.where(AuditEntry.claim_key == claim_key(sha, claim.kind, claim.start, claim.end))
        return [audit_dict(e) for e in session.scalars(query)]


def relink(ledger: Ledger) -> int:
    """Point every review at the current claim row with its key (after a re-extraction); the number relinked."""
    moved = 0
    with ledger.session() as session:
        reviews = list(session.scalars(select(Review)))
        for review in reviews:
            found = session.scalar(
                select(ClaimRow.id).join(DocumentRow).where(
                    DocumentRow.sha256 == review.document_sha256, ClaimRow.kind == review.kind,
                    ClaimRow.start == review.start, ClaimRow.end == review.end))
            if found != review.claim_id:
                review.claim_id = found
                moved += 1
    return moved


# -- users and tokens -----------------------------------------------------------------------------------

def _hasher() -> Any:
    from argon2 import PasswordHasher

    return PasswordHasher()


def add_user(ledger: Ledger, name: str, role: str, password: str | None) -> dict[str, Any]:
    if role not in ROLES:
        raise ReviewError(f"unknown role {role!r}; choose one of {', '.join(ROLES)}")
    name = name.strip()
    if not name or len(name) > 64:
        raise ReviewError("a user name has 1 to 64 characters")
    if password is not None and len(password) < 8:
        raise ReviewError("a password has at least 8 characters")
    with ledger.session() as session:
        if session.scalar(select(User.id).where(User.name == name)) is not None:
            raise ReviewError(f"user {name!r} exists already")
        user = User(name=name, role=role, password_hash=_hasher().hash(password) if password else None,
                    created_at=utcnow(), disabled=False)
        session.add(user)
        session.flush()
        return {"id": user.id, "name": user.name, "role": user.role}


def verify_password(ledger: Ledger, name: str, password: str) -> dict[str, Any] | None:
    """The user if `password` is theirs; None otherwise (unknown user, wrong password, disabled)."""
    from argon2.exceptions import InvalidHashError, VerificationError

    with ledger.session() as session:
        user = session.scalars(select(User).where(User.name == name)).first()
        if user is None or user.disabled or not user.password_hash:
            _hasher().hash(password)  # the same work either way: timing tells no one which names exist
            return None
        try:
            _hasher().verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            return None
        return {"id": user.id, "name": user.name, "role": user.role}


def user_by_id(ledger: Ledger, user_id: int) -> dict[str, Any] | None:
    with ledger.session() as session:
        user = session.get(User, user_id)
        if user is None or user.disabled:
            return None
        return {"id": user.id, "name": user.name, "role": user.role}


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_token(ledger: Ledger, name: str) -> str:
    """A new API token for user `name`, shown once; only its hash is stored."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with ledger.session() as session:
        user_id = session.scalar(select(User.id).where(User.name == name))
        if user_id is None:
            raise NotFound(f"no user named {name!r} (create it with `claimledger user add`)")
        session.add(ApiToken(user_id=user_id, token_hash=_token_hash(token), prefix=token[:12], created_at=utcnow()))
    return token


def user_for_token(ledger: Ledger, token: str) -> dict[str, Any] | None:
    with ledger.session() as session:
        found = session.execute(select(User, ApiToken.id).join(ApiToken, ApiToken.user_id == User.id)
                                .where(ApiToken.token_hash == _token_hash(token))).first()
        if found is None or found[0].disabled:
            return None
        session.execute(update(ApiToken).where(ApiToken.id == found[1]).values(last_used_at=utcnow()))
        return {"id": found[0].id, "name": found[0].name, "role": found[0].role}


def revoke_tokens(ledger: Ledger, name: str) -> int:
    with ledger.session() as session:
        user_id = session.scalar(select(User.id).where(User.name == name))
        if user_id is None:
            raise NotFound(f"no user named {name!r}")
        tokens = list(session.scalars(select(ApiToken.id).where(ApiToken.user_id == user_id)))
        session.execute(delete(ApiToken).where(ApiToken.user_id == user_id))
        return len(tokens)

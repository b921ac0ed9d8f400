"""Limit/offset paging shared by every list endpoint."""
from __future__ import annotations

from typing import Annotated

from fastapi import Query, Request

Limit = Annotated[int, Query(ge=1, le=500, description="items per page")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="items to skip")]


def next_url(request: Request, limit: int, offset: int, returned: int, total: int | None) -> str | None:
    more = (offset + returned < total) if total is not None else returned == limit
    if not more:
        return None
    return str(request.url.include_query_params(offset=offset + limit, limit=limit))

"""What Alembic's schema comparison leaves out: objects one backend has that the models do not declare.

PostgreSQL ledgers carry generated `search_vector` columns with GIN indexes for full-text search (revision
web_0004); SQLite uses FTS5 tables instead. They belong to the search engine, not to the models.
"""
from __future__ import annotations

from typing import Any

PG_SEARCH_OBJECTS = frozenset({"search_vector", "ix_claims_search_vector", "ix_documents_search_vector"})


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Alembic hook: skip the backend-specific search objects found in the database but not in the models."""
    return not (reflected and compare_to is None and name in PG_SEARCH_OBJECTS)

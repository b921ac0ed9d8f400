"""Language knowledge as data: TOML files in this folder, extended by the user's own.

`load("measures")` reads ``measures.toml`` here and, when the environment variable ``CLAIMLEDGER_LEXICONS``
names a folder holding a file of the same name, merges it over the bundled one: lists are extended, tables
merged key by key, scalars replaced. A user adds a predicate or an event alias without touching code.
"""
from __future__ import annotations

import os
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from claimledger.errors import LexiconError

HERE = Path(__file__).parent
USER_DIR_VARIABLE = "CLAIMLEDGER_LEXICONS"


def _merge(base: Any, extra: Any) -> Any:
    if isinstance(base, dict) and isinstance(extra, dict):
        merged = dict(base)
        for key, value in extra.items():
            merged[key] = _merge(base[key], value) if key in base else value
        return merged
    if isinstance(base, list) and isinstance(extra, list):
        return base + [item for item in extra if item not in base]
    return extra


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise LexiconError(f"{path}: {exc}") from exc


@cache
def load(name: str) -> dict[str, Any]:
    """The lexicon `name` (bundled, then the user's overlay). Cached: lexicons are read once per process."""
    bundled = HERE / f"{name}.toml"
    if not bundled.exists():
        raise LexiconError(f"{bundled}: no such lexicon")
    data = _read(bundled)
    user_dir = os.environ.get(USER_DIR_VARIABLE)
    if user_dir and (Path(user_dir) / f"{name}.toml").exists():
        data = _merge(data, _read(Path(user_dir) / f"{name}.toml"))
    return data

"""The readers' language data (cues.toml), read once per process."""
from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from claimledger.errors import LexiconError

CUES = Path(__file__).with_name("cues.toml")


@cache
def cues() -> dict[str, Any]:
    try:
        with CUES.open("rb") as f:
            return tomllib.load(f)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise LexiconError(f"{CUES}: {exc}") from exc

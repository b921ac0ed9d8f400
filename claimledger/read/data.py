"""The readers' language data: `lexicons/read.toml` (title, dateline, byline and publisher cues), loaded like
every lexicon, so a user's CLAIMLEDGER_LEXICONS overlay extends it too."""
from __future__ import annotations

from typing import Any

from claimledger.lexicons import load


def cues() -> dict[str, Any]:
    return load("read")

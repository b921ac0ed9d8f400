"""The lexicons are data a user extends: a folder named by CLAIMLEDGER_LEXICONS overlays the bundled files."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from claimledger import lexicons
from claimledger.errors import LexiconError


def _measures(text: str, tmp_path: Path, lexicon_dir: Path | None = None) -> list[str | None]:
    """Through the command, in a fresh process: extractors compile their lexicons once per process."""
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != lexicons.USER_DIR_VARIABLE}
    if lexicon_dir is not None:
        env[lexicons.USER_DIR_VARIABLE] = str(lexicon_dir)
    command = [sys.executable, "-m", "claimledger.cli", "extract", str(path), "--json", "--kind", "figure"]
    out = subprocess.run(command, capture_output=True, text=True, env=env, check=True).stdout
    return [json.loads(line)["measure"] for line in out.splitlines()]


@pytest.fixture
def overlay(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    def use(name: str, toml: str) -> None:
        (tmp_path / f"{name}.toml").write_text(toml, encoding="utf-8")
        monkeypatch.setenv(lexicons.USER_DIR_VARIABLE, str(tmp_path))
        lexicons.load.cache_clear()

    yield use
    lexicons.load.cache_clear()


def test_a_user_predicate_changes_the_measure(tmp_path: Path) -> None:
    sentence = "Witnesses said 40 villagers were put to the sword in the square."
    assert _measures(sentence, tmp_path) == ["other"]
    user = tmp_path / "lexicons"
    user.mkdir()
    (user / "measures.toml").write_text('[predicates]\nkilled = ["put to the sword"]\n', encoding="utf-8")
    assert _measures(sentence, tmp_path, user) == ["killed"]


def test_overlay_extends_lists_and_keeps_the_bundled_entries(overlay) -> None:
    bundled = lexicons.load("measures")["predicates"]["killed"]
    overlay("measures", '[predicates]\nkilled = ["put to the sword"]\n')
    merged = lexicons.load("measures")["predicates"]["killed"]
    assert merged[: len(bundled)] == bundled and merged[-1] == "put to the sword"


def test_a_malformed_user_lexicon_is_a_clear_error(overlay) -> None:
    overlay("measures", "[predicates\nkilled = \n")
    with pytest.raises(LexiconError, match="measures.toml"):
        lexicons.load("measures")


def test_an_unknown_lexicon_is_a_clear_error() -> None:
    with pytest.raises(LexiconError, match="no such lexicon"):
        lexicons.load("no-such-lexicon")

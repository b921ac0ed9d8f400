"""Attribution on real and development documents, scored at the gold figure spans with the scorers' own name
matching (so it measures attribution alone, whatever the figure grammar finds). Skips without ../shared."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from claimledger.extract.context import DocContext
from claimledger.model import Document

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT.parent / "shared" / "eval"


def _scorer() -> ModuleType:
    path = EVAL / "common.py"
    if not path.exists():
        pytest.skip("../shared/eval is absent")
    pytest.importorskip("rapidfuzz")
    spec = importlib.util.spec_from_file_location("shared_eval_common", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _accuracy(gold_files: list[Path], texts: Path | None) -> tuple[int, int]:
    common = _scorer()
    right = total = 0
    for gold_path in gold_files:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        path = Path(common.doc_path(gold, str(texts) if texts else ""))
        if not path.exists():
            continue
        text = common.plain_text(str(path))
        ctx = DocContext.of(Document(path=str(path), text=text, sha256="", format="txt"))
        for claim in gold["claims"]:
            spans = common.spans_of(text, claim["number_text"], claim.get("occurrence"))
            if not spans:
                continue
            start, end = spans[0]
            found = ctx.attribution(start, end)
            right += common.attribution_ok({"attributed_to": found.attributed_to}, claim, gold.get("publisher", ""))
            total += 1
    return right, total


def test_seed_documents(seeds_dir: Path) -> None:
    right, total = _accuracy(sorted((EVAL / "gold").glob("*.json")), None)
    assert total > 50
    assert right / total >= 0.95, f"{right}/{total}"


@pytest.mark.parametrize(("name", "floor"), [("devset", 0.89), ("devset2", 0.88), ("devset3", 0.85), ("devset4", 0.89),
                                             ("devset5", 0.84), ("devset6", 0.84), ("devset7", 0.80),
                                             ("devset8", 0.74), ("devset9", 0.79), ("devset10", 0.79),
                                             ("devset11", 0.83), ("devset12", 0.84), ("devset13", 0.84),
                                             ("devset14", 0.80), ("devset15", 0.79), ("devset16", 0.85),
                                             ("devset17", 0.73), ("devset18", 0.81)])
def test_development_sets(name: str, floor: float) -> None:
    """Regression floors a little under what each set measures (see the README's Measured section)."""
    folder = ROOT / "tests" / name
    gold_files = sorted((folder / "gold").glob("*.json"))
    if not gold_files:
        pytest.skip(f"tests/{name} is absent")
    right, total = _accuracy(gold_files, folder / "texts")
    assert total > 100
    assert right / total >= floor, f"{right}/{total}"


def test_quote_speakers_of_the_seeds(seeds_dir: Path) -> None:
    """Every quotation the seed gold lists, handed to `speaker_for_quote` at its first words."""
    common = _scorer()
    right = total = 0
    for kinds_path in sorted((EVAL / "gold-kinds").glob("*.json")):
        kinds = json.loads(kinds_path.read_text(encoding="utf-8"))
        figures = json.loads((EVAL / "gold" / kinds_path.name).read_text(encoding="utf-8"))
        path = common.doc_path(figures)
        text = common.plain_text(path)
        ctx = DocContext.of(Document(path=path, text=text, sha256="", format="txt"))
        for claim in kinds["claims"]:
            spans = common.spans_of(text, claim["anchor"], claim.get("occurrence"))
            if claim["kind"] != "quote" or not spans:
                continue
            found = ctx.attributor.speaker_for_quote(*spans[0])
            right += common.same_source(found.attributed_to or figures["publisher"], claim["speaker"])
            total += 1
    assert total >= 10
    assert right / total >= 0.85, f"{right}/{total}"

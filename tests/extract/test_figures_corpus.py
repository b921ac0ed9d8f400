"""The figure grammar against hand-made gold: the seeds (../shared, skipped when absent) and the project's dev
set of other events (tests/devset). Matching follows ../shared/eval/FORMAT.md: a figure is found when its span
overlaps the gold number_text; `other` gold figures are optional."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from claimledger.extract.context import DocContext
from claimledger.extract.figures import extract_figures
from claimledger.model import Claim, Document

DEVSETS = Path(__file__).resolve().parents[1]


def _spans(text: str, needle: str, occurrence: int | None) -> list[tuple[int, int]]:
    found = [(m.start(), m.end()) for m in re.finditer(re.escape(needle), text)]
    return [found[occurrence - 1]] if occurrence and 0 < occurrence <= len(found) else found


def _score(pairs: list[tuple[str, dict]]) -> tuple[float, float]:
    """(F1 of finding figures, share of found figures whose measure agrees)."""
    tp = fp = fn = same_measure = 0
    for text, gold in pairs:
        doc = Document(path="t.txt", text=text, sha256="", format="txt")
        predicted: list[Claim] = extract_figures(DocContext.of(doc))
        used: set[int] = set()
        for g in gold["claims"]:
            spans = _spans(text, g["number_text"], g.get("occurrence"))
            hits = [i for i, c in enumerate(predicted) if i not in used
                    and any(c.start < e and s < c.end for s, e in spans)]
            if g["measure"] == "other":
                used.update(hits[:1])
                continue
            if not hits:
                fn += 1
                continue
            used.add(hits[0])
            tp += 1
            same_measure += predicted[hits[0]].measure == g["measure"]
        fp += sum(1 for i, c in enumerate(predicted) if i not in used and c.measure != "other")
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return f1, same_measure / tp if tp else 0.0


def _read(path: Path) -> str:
    return path.read_bytes().decode("utf-8-sig")


def test_seed_figures_are_found_with_their_measures(seeds_dir: Path) -> None:
    gold_dir = seeds_dir.parent / "eval" / "gold"
    pairs = []
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        pairs.append((_read(seeds_dir / gold["file"]), gold))
    if not pairs:
        pytest.skip("no seed gold")
    f1, measure = _score(pairs)
    assert f1 >= 0.95 and measure >= 0.95, (f1, measure)


@pytest.mark.parametrize(("name", "min_f1", "min_measure"), [
    ("devset", 0.98, 0.94), ("devset2", 0.96, 0.93), ("devset3", 0.95, 0.87), ("devset4", 0.97, 0.91),
    ("devset5", 0.95, 0.90), ("devset6", 0.97, 0.84), ("devset7", 0.95, 0.83), ("devset8", 0.92, 0.82),
    ("devset9", 0.94, 0.80), ("devset10", 0.96, 0.86), ("devset11", 0.95, 0.86), ("devset12", 0.97, 0.86),
    ("devset13", 0.96, 0.92), ("devset14", 0.96, 0.84), ("devset15", 0.96, 0.84), ("devset16", 0.96, 0.92),
    ("devset17", 0.96, 0.87), ("devset18", 0.95, 0.90)])
def test_devset_figures_of_other_events_are_found_with_their_measures(name: str, min_f1: float,
                                                                      min_measure: float) -> None:
    folder = DEVSETS / name
    gold_paths = sorted((folder / "gold").glob("*.json"))
    if not gold_paths:
        pytest.skip(f"tests/{name} has no gold")
    pairs = []
    for gold_path in gold_paths:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text_path = folder / "texts" / f"{gold['doc_id']}.txt"
        if text_path.exists():
            pairs.append((_read(text_path), gold))
    f1, measure = _score(pairs)
    assert f1 >= min_f1 and measure >= min_measure, (f1, measure)

"""Check the devset2 gold files against their texts.

usage: python tests/devset2/check_gold.py [DIR] [--uncovered]

DIR defaults to this script's folder (it must hold texts/, gold/ and gold-kinds/). Prints one line per problem and
exits 1 if there is any. Checks: every gold file has a text; every number_text, parent_number_text and anchor occurs
at least `occurrence` times in the text (raw occurrences, as the scorers count them); bounds agree with the
qualifier (FORMAT.md); breakdowns point to a figure that exists in the same file; the first line of each text holds
no digit. `--uncovered` also lists, per document, the digit runs and number words that no gold figure covers
(years, dates, ages and page numbers should be the only ones left), to help a reviewer.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

QUALIFIERS = {"exact", "approx", "at_least", "more_than", "at_most", "fewer_than", "range"}
MEASURES = {"killed", "injured", "hostage", "missing", "expelled", "displaced", "detained", "released", "population",
            "destroyed", "damage", "orphaned", "recognitions", "other"}
KINDS = {"characterization", "recognition", "legal_reference", "quote"}
MODALITIES = {"asserts", "denies", "calls_for", "reports"}
STANCES = {"recognizes_as_genocide", "condemns_as_massacre", "condemns", "other"}


def plain_text(path: Path) -> str:
    """The scorers' view of a .txt file: UTF-8, a leading BOM removed, line endings untouched."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        return f.read()


def spans(text: str, needle: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(re.escape(needle), text)]


def locate(text: str, needle: str | None, occurrence: int | None, where: str,
           problems: list[str]) -> tuple[int, int] | None:
    if not needle:
        problems.append(f"{where}: empty text")
        return None
    found = spans(text, needle)
    occ = occurrence or 1
    if len(found) < occ:
        problems.append(f"{where}: {needle!r} occurs {len(found)} times, occurrence {occ} asked")
        return None
    return found[occ - 1]


def check_bounds(c: dict, where: str, problems: list[str]) -> None:
    q, v, lo, hi = c.get("qualifier"), c.get("value"), c.get("low"), c.get("high")
    if q not in QUALIFIERS:
        problems.append(f"{where}: qualifier {q!r}")
        return
    if q == "approx" and v is None:  # a vague amount: only the lower bound is given
        ok = lo is not None and hi is None
    elif q in ("exact", "approx"):
        ok = v is not None and lo == v and hi == v
    elif q in ("at_least", "more_than"):
        ok = v is not None and lo == v and hi is None
    elif q in ("at_most", "fewer_than"):
        ok = v is not None and hi == v and lo is None
    else:  # range
        ok = v is None and lo is not None and hi is not None and lo < hi
    if not ok:
        problems.append(f"{where}: bounds value={v} low={lo} high={hi} do not fit {q}")


def check_figures(text: str, gold: dict, name: str, problems: list[str]) -> list[tuple[int, int]]:
    covered = []
    own = {(c.get("number_text"), c.get("occurrence")) for c in gold.get("claims", [])}
    for i, c in enumerate(gold.get("claims", [])):
        where = f"{name} figure {i} {c.get('number_text')!r}"
        if c.get("measure") not in MEASURES:
            problems.append(f"{where}: measure {c.get('measure')!r}")
        if not c.get("attributed_to"):
            problems.append(f"{where}: no attributed_to (gold writes the publisher's name)")
        check_bounds(c, where, problems)
        span = locate(text, c.get("number_text"), c.get("occurrence"), where, problems)
        if span:
            covered.append(span)
        parent = c.get("parent_number_text")
        if parent:
            locate(text, parent, c.get("parent_occurrence"), where + " parent", problems)
            if (parent, c.get("parent_occurrence")) not in own:
                problems.append(f"{where}: parent {parent!r}#{c.get('parent_occurrence')} is not a figure of this file")
            if not c.get("subgroup"):
                problems.append(f"{where}: breakdown without subgroup")
    for key in ("publisher", "doc_id", "event"):
        if not gold.get(key):
            problems.append(f"{name}: no {key}")
    return covered


def check_kinds(text: str, gold: dict, name: str, problems: list[str]) -> None:
    for i, c in enumerate(gold.get("claims", [])):
        kind = c.get("kind")
        where = f"{name} {kind} {i} {c.get('anchor')!r}"
        if kind not in KINDS:
            problems.append(f"{where}: kind {kind!r}")
        locate(text, c.get("anchor"), c.get("occurrence"), where, problems)
        if kind == "characterization" and (c.get("modality") not in MODALITIES or not c.get("label")):
            problems.append(f"{where}: label/modality")
        if kind == "recognition" and (c.get("stance") not in STANCES or not c.get("recognizer")):
            problems.append(f"{where}: recognizer/stance")
        if kind == "legal_reference" and not (c.get("instrument") and c.get("key")):
            problems.append(f"{where}: instrument/key")
        if kind == "quote" and not c.get("speaker"):
            problems.append(f"{where}: speaker")


NUMBER = re.compile(r"\d[\d,.]*\d|\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|scores|hundreds|"
                    r"thousands|millions?)\b", re.IGNORECASE)


def uncovered(text: str, covered: list[tuple[int, int]]) -> list[str]:
    return [m.group() for m in NUMBER.finditer(text)
            if not any(s <= m.start() < e or s < m.end() <= e for s, e in covered)]


def main(argv: list[str]) -> int:
    show_uncovered = "--uncovered" in argv
    args = [a for a in argv if not a.startswith("--")]
    root = Path(args[0]) if args else Path(__file__).resolve().parent
    problems: list[str] = []
    golds = sorted((root / "gold").glob("*.json"))
    if not golds:
        problems.append(f"no gold files in {root / 'gold'}")
    for path in golds:
        gold = json.loads(path.read_text(encoding="utf-8"))
        name = path.stem
        if gold.get("doc_id") != name:
            problems.append(f"{name}: doc_id {gold.get('doc_id')!r} is not the file stem")
        txt = root / "texts" / f"{name}.txt"
        if not txt.exists():
            problems.append(f"{name}: no text {txt}")
            continue
        text = plain_text(txt)
        first = text.splitlines()[0] if text else ""
        if re.search(r"\d", first) or "test material" not in first:
            problems.append(f"{name}: first line must say it is test material and hold no number")
        covered = check_figures(text, gold, name, problems)
        kinds_path = root / "gold-kinds" / f"{name}.json"
        if kinds_path.exists():
            check_kinds(text, json.loads(kinds_path.read_text(encoding="utf-8")), name, problems)
        else:
            problems.append(f"{name}: no gold-kinds file")
        if show_uncovered:
            print(f"{name}: uncovered {uncovered(text, covered)}")
    for p in problems:
        print(p)
    print(f"{len(golds)} documents, {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

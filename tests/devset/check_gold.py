"""Check the development set's gold files against their texts and the conventions of ../shared/eval/FORMAT.md.

usage: python tests/devset/check_gold.py [--uncovered]
Prints one line per problem and exits 1 if there is any. `--uncovered` also lists, per document, the numbers in
the text that no gold figure covers (years, ages, page numbers ... should be the only ones), to help a reviewer.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
MEASURES = {"killed", "injured", "hostage", "missing", "expelled", "displaced", "detained", "released", "population",
            "destroyed", "damage", "orphaned", "recognitions", "other"}
QUALIFIERS = {"exact", "approx", "at_least", "more_than", "at_most", "fewer_than", "range"}
MODALITIES = {"asserts", "denies", "calls_for", "reports"}
STANCES = {"recognizes_as_genocide", "condemns_as_massacre", "condemns", "other"}
KINDS = {"characterization", "recognition", "legal_reference", "quote"}
ISO_CODE = re.compile(r"[A-Z]{2}(-[A-Z0-9]{1,3})?")
NUMBER_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
                "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|"
                "thousands?|millions?|dozens?|scores|several|few|handful")
NUMBER = re.compile(rf"\d[\d,.]*\d|\d|\b(?:{NUMBER_WORDS})\b", re.IGNORECASE)

Claim = dict[str, Any]


def plain_text(path: Path) -> str:
    """The text offsets index: UTF-8, a leading BOM removed, line endings untouched (as the scorers read it)."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        return f.read()


def spans(text: str, needle: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(re.escape(needle), text)]


def located(text: str, needle: str, occurrence: Any) -> tuple[int, int] | None:
    """The span of the occurrence-th raw occurrence of needle, or None when there are fewer."""
    found = spans(text, needle) if needle else []
    if not isinstance(occurrence, int) or not 0 < occurrence <= len(found):
        return None
    return found[occurrence - 1]


def bounds_problems(c: Claim) -> list[str]:
    """The bounds must follow the wording's qualifier (FORMAT.md, 'Bounds follow the wording')."""
    q, v, lo, hi = c.get("qualifier"), c.get("value"), c.get("low"), c.get("high")
    if q not in QUALIFIERS:
        return [f"qualifier {q!r}"]
    if q in ("exact", "approx") and v is not None and not (lo == v and hi == v):
        return [f"{q} value {v} needs low = high = value"]
    if q == "approx" and v is None and (lo is None or hi is not None):
        return ["vague amount needs a low and no high"]
    if q == "exact" and v is None:
        return ["exact figure without a value"]
    if q in ("at_least", "more_than") and not (v is not None and lo == v and hi is None):
        return [f"{q} needs low = value, high null"]
    if q in ("at_most", "fewer_than") and not (v is not None and hi == v and lo is None):
        return [f"{q} needs high = value, low null"]
    if q == "range" and not (v is None and lo is not None and hi is not None and lo <= hi):
        return ["range needs value null and low <= high"]
    return []


def figure_problems(gold: dict[str, Any], text: str) -> list[str]:
    out = []
    keys = [(c.get("number_text"), c.get("occurrence")) for c in gold["claims"]]
    for c in gold["claims"]:
        where = f"{c.get('number_text')!r}#{c.get('occurrence')}"
        if c.get("measure") not in MEASURES:
            out.append(f"{where}: measure {c.get('measure')!r}")
        out += [f"{where}: {p}" for p in bounds_problems(c)]
        if located(text, c.get("number_text") or "", c.get("occurrence")) is None:
            out.append(f"{where}: not found that many times in the text")
        if not c.get("attributed_to"):
            out.append(f"{where}: attributed_to is empty (write the publisher for the document's own voice)")
        if keys.count((c.get("number_text"), c.get("occurrence"))) > 1:
            out.append(f"{where}: annotated twice")
        parent = (c.get("parent_number_text"), c.get("parent_occurrence"))
        if parent[0] is not None and parent not in keys:
            out.append(f"{where}: parent {parent} is not a gold figure of this document")
        if parent[0] is not None and not c.get("subgroup"):
            out.append(f"{where}: a breakdown needs a subgroup")
    return out


def kind_problems(gold: dict[str, Any], text: str) -> list[str]:
    out = []
    for c in gold["claims"]:
        kind = c.get("kind")
        where = f"{kind} {c.get('anchor')!r}#{c.get('occurrence')}"
        if kind not in KINDS:
            out.append(f"{where}: unknown kind")
            continue
        if located(text, c.get("anchor") or "", c.get("occurrence")) is None:
            out.append(f"{where}: anchor not found that many times in the text")
        if kind == "characterization":
            if not c.get("label") or not c.get("applied_to"):
                out.append(f"{where}: needs label and applied_to")
            if c.get("modality") not in MODALITIES:
                out.append(f"{where}: modality {c.get('modality')!r}")
        elif kind == "recognition":
            if c.get("stance") not in STANCES:
                out.append(f"{where}: stance {c.get('stance')!r}")
            code = c.get("recognizer_code")
            if code is not None and not ISO_CODE.fullmatch(code):
                out.append(f"{where}: recognizer_code {code!r} is not ISO 3166")
        elif kind == "legal_reference" and not (c.get("instrument") and c.get("key")):
            out.append(f"{where}: needs instrument and key")
        elif kind == "quote" and not c.get("speaker"):
            out.append(f"{where}: needs a speaker")
    return out


def text_problems(text: str) -> list[str]:
    first = text.split("\n", 1)[0]
    out = []
    if "claimledger" not in first:
        out.append("first line must say the text was written for claimledger")
    if re.search(r"\d", first):
        out.append("first line must hold no number")
    return out


def uncovered(gold: dict[str, Any], text: str) -> list[str]:
    """Numbers in the text that no gold figure span touches."""
    covered = [located(text, c["number_text"], c["occurrence"]) for c in gold["claims"]]
    spans_ = [s for s in covered if s]
    return [m.group() for m in NUMBER.finditer(text)
            if not any(m.start() < e and s < m.end() for s, e in spans_)]


def check(show_uncovered: bool = False) -> list[str]:
    problems = []
    for path in sorted((HERE / "gold").glob("*.json")):
        doc_id = path.stem
        gold = json.loads(path.read_text(encoding="utf-8"))
        txt = HERE / "texts" / f"{doc_id}.txt"
        if gold.get("doc_id") != doc_id or "file" in gold:
            problems.append(f"{doc_id}: doc_id must be the file stem and there must be no 'file' key")
        if not gold.get("publisher"):
            problems.append(f"{doc_id}: no publisher")
        if not txt.exists():
            problems.append(f"{doc_id}: no text {txt.name}")
            continue
        text = plain_text(txt)
        problems += [f"{doc_id}: {p}" for p in text_problems(text) + figure_problems(gold, text)]
        kinds_path = HERE / "gold-kinds" / path.name
        if not kinds_path.exists():
            problems.append(f"{doc_id}: no gold-kinds file")
        else:
            kinds = json.loads(kinds_path.read_text(encoding="utf-8"))
            if kinds.get("doc_id") != doc_id or not kinds.get("publisher"):
                problems.append(f"{doc_id}: gold-kinds needs the same doc_id and a publisher")
            problems += [f"{doc_id}: {p}" for p in kind_problems(kinds, text)]
        if show_uncovered:
            print(f"{doc_id}: not figures: {' '.join(uncovered(gold, text))}")
    for path in sorted((HERE / "texts").glob("*.txt")):
        if not (HERE / "gold" / f"{path.stem}.json").exists():
            problems.append(f"{path.stem}: text without gold")
    return problems


def main() -> int:
    problems = check("--uncovered" in sys.argv[1:])
    for p in problems:
        print(p)
    n_docs = len(list((HERE / "gold").glob("*.json")))
    print(f"{n_docs} documents, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

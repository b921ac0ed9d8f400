"""How well `claimledger.read.read()` finds the article text of real news pages.

Runs over ../shared/corpora/news-html (90 pages, human article bodies in ground-truth.json) with the metric of
scrapinghub/article-extraction-benchmark: 4-token shingles (\\w+ tokens, lower case), per page tp/fp/fn,
precision and recall per page, their means, and F1 of the means. Prints the figures and the worst pages.

    .venv/bin/python benchmarks/html_quality.py
    .venv/bin/python benchmarks/html_quality.py --set favor_precision=true --no-title   # try other options
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from claimledger.errors import ReadError
from claimledger.read import html as html_reader
from claimledger.read import read

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "news-html"
_TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text.lower())
    if len(tokens) < n:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


@dataclass
class Score:
    precision: float
    recall: float


def score(expected: str, predicted: str) -> Score:
    truth, guess = shingles(expected), shingles(predicted)
    tp = sum((truth & guess).values())
    fp = sum((guess - truth).values())
    fn = sum((truth - guess).values())
    precision = tp / (tp + fp) if tp + fp else (1.0 if not truth else 0.0)
    recall = tp / (tp + fn) if tp + fn else 1.0
    return Score(precision, recall)


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def evaluate(corpus: Path, verbose: bool = True) -> tuple[float, float, float]:
    truth = json.loads((corpus / "ground-truth.json").read_text(encoding="utf-8"))
    scores: list[tuple[str, Score]] = []
    started = time.perf_counter()
    for key, item in sorted(truth.items()):
        try:
            text = read(corpus / "html" / f"{key}.html.gz").text
        except ReadError:
            text = ""
        scores.append((key, score(item["articleBody"], text)))
    elapsed = time.perf_counter() - started
    precision = sum(s.precision for _, s in scores) / len(scores)
    recall = sum(s.recall for _, s in scores) / len(scores)
    if verbose:
        for key, s in sorted(scores, key=lambda ks: f1(ks[1].precision, ks[1].recall))[:8]:
            print(f"  worst: {key[:12]}  P={s.precision:.3f} R={s.recall:.3f}")
        print(f"pages={len(scores)}  seconds={elapsed:.1f} ({1000 * elapsed / len(scores):.0f} ms/page)")
    return precision, recall, f1(precision, recall)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--set", action="append", default=[], metavar="OPTION=true|false",
                        help="override one of claimledger.read.html.EXTRACT_OPTIONS")
    parser.add_argument("--no-title", action="store_true", help="do not open the text with the page title")
    args = parser.parse_args()
    if not (args.corpus / "ground-truth.json").exists():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 1
    for assignment in args.set:
        name, _, value = assignment.partition("=")
        html_reader.EXTRACT_OPTIONS[name] = value.lower() in ("1", "true", "yes")
    if args.no_title:
        html_reader.TITLE_FIRST = False
    precision, recall, f = evaluate(args.corpus)
    print(f"options={html_reader.EXTRACT_OPTIONS} title_first={html_reader.TITLE_FIRST}")
    print(f"precision={precision:.4f}  recall={recall:.4f}  F1={f:.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""How well `claimledger.read.read()` finds the article text of real news pages.

Runs over ../shared/corpora/news-html (90 pages, human article bodies in ground-truth.json) with the metric of
scrapinghub/article-extraction-benchmark: 4-token shingles (\\w+ tokens, lower case), per page tp/fp/fn,
precision and recall per page, their means, and F1 of the means. Prints the figures and the worst pages,
for the text as printed (opening with the page title) and without that title line.

    .venv/bin/python benchmarks/html_quality.py
    .venv/bin/python benchmarks/html_quality.py --one-pass --no-title   # trafilatura's default alone
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
from claimledger.read import html_text, read

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


@dataclass
class Result:
    precision: float
    recall: float
    f1: float  # of the text as `claimledger text` prints it
    body_f1: float  # the same text without its opening title line (the benchmark's bodies have no headline)


def _mean_f1(scores: list[Score]) -> tuple[float, float, float]:
    precision = sum(s.precision for s in scores) / len(scores)
    recall = sum(s.recall for s in scores) / len(scores)
    return precision, recall, f1(precision, recall)


def evaluate(corpus: Path, verbose: bool = True) -> Result:
    truth = json.loads((corpus / "ground-truth.json").read_text(encoding="utf-8"))
    printed: list[tuple[str, Score]] = []
    bodies: list[Score] = []
    started = time.perf_counter()
    for key, item in sorted(truth.items()):
        try:
            document = read(corpus / "html" / f"{key}.html.gz")
            text, title = document.text, document.title
        except ReadError:
            text, title = "", None
        body = text[len(title) + 2:] if title and text.startswith(f"{title}\n\n") else text
        printed.append((key, score(item["articleBody"], text)))
        bodies.append(score(item["articleBody"], body))
    elapsed = time.perf_counter() - started
    if verbose:
        for key, s in sorted(printed, key=lambda ks: f1(ks[1].precision, ks[1].recall))[:8]:
            print(f"  worst: {key[:12]}  P={s.precision:.3f} R={s.recall:.3f}")
        print(f"pages={len(printed)}  seconds={elapsed:.1f} ({1000 * elapsed / len(printed):.0f} ms/page)")
    precision, recall, printed_f1 = _mean_f1([s for _, s in printed])
    return Result(precision, recall, printed_f1, _mean_f1(bodies)[2])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--set", action="append", default=[], metavar="OPTION=true|false",
                        help="override one of claimledger.read.html_text.EXTRACT_OPTIONS")
    parser.add_argument("--no-title", action="store_true", help="do not open the text with the page title")
    parser.add_argument("--one-pass", action="store_true", help="only trafilatura's default pass")
    args = parser.parse_args()
    if not (args.corpus / "ground-truth.json").exists():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 1
    for assignment in args.set:
        name, _, value = assignment.partition("=")
        html_text.EXTRACT_OPTIONS[name] = value.lower() in ("1", "true", "yes")
    if args.no_title:
        html_reader.TITLE_FIRST = False
    if args.one_pass:
        html_text.TWO_PASSES = False
    result = evaluate(args.corpus)
    print(f"options={html_text.EXTRACT_OPTIONS} two_passes={html_text.TWO_PASSES} "
          f"title_first={html_reader.TITLE_FIRST}")
    print(f"precision={result.precision:.4f}  recall={result.recall:.4f}  F1={result.f1:.4f}  "
          f"F1 without the title line={result.body_f1:.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

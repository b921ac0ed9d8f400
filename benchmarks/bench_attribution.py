"""Attribution speed alone: MB/s of `Attributor.attribute` over claim-dense text.

usage: .venv/bin/python benchmarks/bench_attribution.py [--mb 5] [--big-kb 450] [--profile]

Two workloads, both built from examples/ and the dev set texts:
- many documents: the texts repeated (numbers varied) to about --mb megabytes, one Attributor per document;
- one big document: the texts joined into one document of about --big-kb kilobytes (the case where a
  per-call scan over every quotation or cue turns quadratic).
The claim spans are every number and every label word (the spans figures and characterizations ask about), found
before timing; sentence splitting is done before timing too, so the figure is attribution's own cost.
Target: the whole extraction at >= 5 MB/s per core, so attribution should run well above that.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claimledger.extract import sentences  # noqa: E402
from claimledger.extract.context import DocContext  # noqa: E402
from claimledger.model import Document  # noqa: E402

_CLAIM = re.compile(r"\d[\d,.]*|\b(?:genocide|massacre|killed|war crimes?|atrocit\w+|terrorism)\b", re.I)


def sources() -> list[str]:
    folders = [ROOT / "examples", ROOT / "tests" / "devset" / "texts", ROOT / "tests" / "devset2" / "texts"]
    return [p.read_text(encoding="utf-8", errors="replace") for f in folders for p in sorted(f.glob("*.txt"))]


def vary(text: str, rng: random.Random) -> str:
    return re.sub(r"\d+", lambda m: str(max(1, int(m.group(0)) + rng.randint(-3, 3))), text)


def prepare(text: str, n: int) -> tuple[Document, list[tuple[int, int]], list[tuple[int, int]]]:
    doc = Document(path=f"bench-{n}.txt", text=text, sha256=str(n), format="txt")
    spans = [(m.start(), m.end()) for m in _CLAIM.finditer(text)]
    return doc, list(sentences.split(text)), spans


def run(prepared: list[tuple[Document, list[tuple[int, int]], list[tuple[int, int]]]]) -> tuple[float, int]:
    calls = 0
    t0 = time.process_time()
    for doc, spans_s, spans in prepared:
        ctx = DocContext(document=doc, sentence_spans=spans_s)
        attributor = ctx.attributor
        for start, end in spans:
            attributor.attribute(start, end)
        calls += len(spans)
    return time.process_time() - t0, calls


def report(name: str, prepared: list[tuple[Document, list[tuple[int, int]], list[tuple[int, int]]]],
           profile: bool) -> None:
    size = sum(len(d.text.encode("utf-8")) for d, _, _ in prepared) / 1_000_000
    profiler = cProfile.Profile() if profile else None
    if profiler:
        profiler.enable()
    seconds, calls = run(prepared)
    if profiler:
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
    print(f"{name}: {size:.2f} MB, {len(prepared)} documents, {calls} claim spans, {seconds:.2f} s, "
          f"{size / seconds:.2f} MB/s, {calls / seconds:,.0f} spans/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0)
    parser.add_argument("--big-kb", type=float, default=450.0)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    texts = sources()
    rng = random.Random(7)
    many, size, i = [], 0, 0
    while size < args.mb * 1_000_000:
        text = vary(texts[i % len(texts)], rng)
        many.append(prepare(text, i))
        size += len(text.encode("utf-8"))
        i += 1
    parts, size = [], 0
    while size < args.big_kb * 1000:
        text = vary(texts[len(parts) % len(texts)], rng)
        parts.append(text)
        size += len(text.encode("utf-8"))
    big = [prepare("\n\n".join(parts), -1)]
    report("many documents", many, args.profile)
    report("one big document", big, args.profile)


if __name__ == "__main__":
    main()

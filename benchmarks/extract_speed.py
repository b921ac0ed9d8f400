"""Extraction speed: read + extract (as `claimledger extract` does) over a ~50 MB corpus built from examples/.

usage: .venv/bin/python benchmarks/extract_speed.py [--mb 50] [--figures-only] [--source DIR | --news]
Prints MB/s (one process, so per core) and peak memory. Target: >= 5 MB/s per core.

The corpus repeats the example documents with their numbers and names varied (so no two documents are equal)
and writes them to a temporary folder as .txt files of about 2-10 kB each, the size of the evaluation passages.
"""
from __future__ import annotations

import argparse
import random
import re
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claimledger.extract import pipeline  # noqa: E402
from claimledger.read import read  # noqa: E402

FALLBACK = (
    "The shelling of the town of Veldra lasted two days. At least {a} civilians were killed, including {b} "
    "children, and {c} were wounded, the regional governor said on {d} March. Some {e} houses were destroyed.\n\n"
    "Residents described the night to reporters. Many had fled to the forest, where they hid for hours in the "
    "snow before reaching the neighbouring district. Officials gave no figure for the missing.\n"
)


def sources(folder: Path) -> list[str]:
    texts = []
    for path in sorted(folder.glob("*.txt")):
        texts.append(path.read_text(encoding="utf-8", errors="replace"))
    return texts


def news_articles() -> list[str]:
    """The human-made article bodies of the 90 real news pages in ../shared/corpora: real density of claims."""
    import json

    truth = ROOT.parent / "shared" / "corpora" / "news-html" / "ground-truth.json"
    if not truth.exists():
        sys.exit(f"{truth}: not found (--news needs ../shared)")
    pages = json.loads(truth.read_text(encoding="utf-8"))
    return [page["articleBody"] for page in pages.values() if page.get("articleBody")]


def vary(text: str, rng: random.Random) -> str:
    """The same document with its numbers changed, so the corpus is not one text repeated."""
    return re.sub(r"\d+", lambda m: str(max(1, int(m.group(0)) + rng.randint(-3, 3))), text)


def build(folder: Path, megabytes: float, texts: list[str]) -> list[Path]:
    rng = random.Random(7)
    paths, size, i = [], 0, 0
    target = megabytes * 1_000_000
    while size < target:
        text = vary(texts[i % len(texts)], rng)
        path = folder / f"doc{i:06d}.txt"
        path.write_text(text, encoding="utf-8")
        size += len(text.encode("utf-8"))
        paths.append(path)
        i += 1
    return paths


def _scan_speed(paths: list[Path]) -> float:
    """MB/s of the stages that run over all text: sentence splitting and the figure prescan."""
    from claimledger.extract import prefilter, sentences

    texts = [p.read_text(encoding="utf-8") for p in paths[:2000]]
    t0 = time.perf_counter()
    for text in texts:
        list(prefilter.candidates(text, list(sentences.split(text))))
    elapsed = time.perf_counter() - t0
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6 / elapsed


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=50.0)
    ap.add_argument("--figures-only", action="store_true", help="run only the figure component")
    ap.add_argument("--trace-memory", action="store_true", help="tracemalloc peak (slows the run several times)")
    ap.add_argument("--source", type=Path, default=None, help="folder of .txt documents (default examples/)")
    ap.add_argument("--news", action="store_true", help="the article text of ../shared/corpora's news pages")
    a = ap.parse_args()
    folder = a.source or ROOT / "examples"
    texts = news_articles() if a.news else sources(folder) or sources(ROOT / "tests" / "devset" / "texts")
    if not texts:
        texts = [FALLBACK.format(a=i, b=i % 17, c=i * 3, d=i % 28 + 1, e=i * 5) for i in range(1, 40)]
    if a.figures_only:
        from claimledger.extract import figures

        pipeline._components = lambda: [figures.extract_figures]
    with tempfile.TemporaryDirectory() as tmp:
        paths = build(Path(tmp), a.mb, texts)
        total = sum(p.stat().st_size for p in paths)
        if a.trace_memory:
            tracemalloc.start()
        t0 = time.perf_counter()
        claims = 0
        for path in paths:
            claims += len(pipeline.extract(read(path)))
        elapsed = time.perf_counter() - t0
        peak = tracemalloc.get_traced_memory()[1] if a.trace_memory else 0
        tracemalloc.stop()
        scan = _scan_speed(paths)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    mb = total / 1_000_000
    print(f"documents={len(paths)} size={mb:.1f} MB claims={claims} time={elapsed:.1f} s")
    traced = f"peak traced memory={peak / 1e6:.1f} MB  " if a.trace_memory else ""
    print(f"speed={mb / elapsed:.2f} MB/s per core (one process)  {traced}max RSS={rss:.0f} MB")
    print(f"sentence split + prefilter alone (the part that reads every byte): {scan:.1f} MB/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

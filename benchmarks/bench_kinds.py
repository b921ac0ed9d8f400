"""Speed of the claim-kind components (characterizations, recognitions, legal references, quotes).

usage: .venv/bin/python benchmarks/bench_kinds.py [--mb 5] [--profile]
Prints MB/s per component and for all four together (CPU time of this process, so per core) over the
examples and dev texts repeated to about `--mb` MB, then over the news pages of ../shared/corpora/news-html
read through `claimledger.read.read` (skipped when ../shared is absent). Sentence splitting (DocContext.of)
is done before the clock starts. The first column includes the attribution and event lookups the components
ask for (a fresh context per document, as in `claimledger extract`); the second stubs them out: the kinds'
own cost. Target: the whole extraction >= 5 MB/s per core.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claimledger.extract.context import Attribution, DocContext  # noqa: E402
from claimledger.extract.kinds import COMPONENTS  # noqa: E402
from claimledger.model import Claim, Document  # noqa: E402
from claimledger.read import read  # noqa: E402

SHARED = ROOT.parent / "shared"
Component = Callable[[DocContext], list[Claim]]


def dev_documents(megabytes: float) -> list[Document]:
    """The plain-text examples and dev texts, repeated until they weigh `megabytes`."""
    folders = [ROOT / "examples", ROOT / "tests" / "devset" / "texts", ROOT / "tests" / "devset2" / "texts"]
    base = [read(p) for folder in folders for p in sorted(folder.glob("*.txt"))]
    docs: list[Document] = []
    size = 0
    while base and size < megabytes * 1e6:
        for doc in base:
            docs.append(doc)
            size += len(doc.text.encode("utf-8"))
    return docs


def news_documents() -> list[Document]:
    folder = SHARED / "corpora" / "news-html"
    if not folder.is_dir():
        return []
    docs = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        try:
            docs.append(read(path))
        except Exception:  # a page the reader refuses is the reader's benchmark, not this one
            continue
    return docs


def timed(docs: list[Document], components: list[Component], context: type[DocContext] = DocContext) -> float:
    """Seconds the components take over `docs`, each document with a fresh context (contexts built untimed)."""
    contexts = [context(document=d, sentence_spans=DocContext.of(d).sentence_spans) for d in docs]
    t0 = time.process_time()  # CPU seconds: other processes on the machine do not count against us
    for ctx in contexts:
        for component in components:
            component(ctx)
    return time.process_time() - t0


class Unattributed(DocContext):
    """A context whose attribution and event lookups cost nothing: what the kinds themselves take."""

    def attribution(self, start: int, end: int) -> Attribution:
        return _NOBODY

    def event_for(self, start: int, end: int) -> str | None:
        return None

    @property
    def attributor(self) -> Any:  # no `speaker_for_quote`: quotes find their speakers themselves
        return object()


_NOBODY = Attribution(None, None, None)


def report(name: str, docs: list[Document]) -> None:
    mb = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
    print(f"{name}: {len(docs)} documents, {mb:.2f} MB   (MB/s with attribution and events / kinds alone)")
    for component in [*COMPONENTS, None]:
        components = list(COMPONENTS) if component is None else [component]
        full = mb / timed(docs, components)
        alone = mb / timed(docs, components, Unattributed)
        label = "all four" if component is None else component.__name__
        print(f"  {label:<28} {full:8.2f} MB/s  {alone:8.2f} MB/s")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--profile", action="store_true", help="the top functions by own time (kinds alone)")
    a = ap.parse_args()
    t0 = time.perf_counter()
    warm = Document(path="warm.txt", text="The parliament recognised the massacre as genocide.", sha256="",
                    format="txt")
    timed([warm], list(COMPONENTS))
    print(f"first call (lexicons, regexes, pycountry): {time.perf_counter() - t0:.3f} s")
    docs = dev_documents(a.mb)
    if a.profile:
        profile = cProfile.Profile()
        profile.runcall(timed, docs, list(COMPONENTS), Unattributed)
        pstats.Stats(profile).sort_stats("tottime").print_stats(25)
        return 0
    report("examples + dev texts", docs)
    news = news_documents()
    if news:
        report("news-html pages", news)
    else:
        print("news-html pages: ../shared/corpora/news-html absent, skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())

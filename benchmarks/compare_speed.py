"""How fast reconciliation runs on a large synthetic ledger.

Generates 100,000 figure claims over 10,000 documents (claim dicts shaped like `Ledger.claim_rows()`, and
texts of random sentences in which about a fifth of the documents reprint, lightly edited, passages of an
earlier one), then prints:
- compare time over all claims (grouping, statuses, summaries; origins given) -- target under 5 s;
- origin-detection time (text reuse + attribution chains + union-find) at 2,500 / 5,000 / 10,000 documents,
  with the ratio to the smallest size, to show it grows about linearly, not quadratically.

Run: .venv/bin/python benchmarks/compare_speed.py [--documents 10000] [--claims-per-document 10] [--seed 7]
"""
from __future__ import annotations

import argparse
import random
import time
from typing import Any

from claimledger.reconcile import build_origins, compare
from claimledger.reconcile.reuse import find_reuse

_SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "de", "ba", "le", "pi", "go", "fu", "ra", "ze",
              "ko", "na"]
# a vocabulary of 5,000 made-up words, so unrelated sentences share no more than real prose does
WORDS = sorted({"".join(random.Random(i).choices(_SYLLABLES, k=3)) for i in range(8000)})[:5000]
EVENTS = [f"{name} massacre" for name in ("Vellmar", "Ostrava", "Tessin", "Dunmore", "Rasno", "Marvale", "Orsk",
                                           "Kelso", "Brandt", "Lorin", "Sabre", "Tulka")]
COUNTRIES = ["Iceland", "Norway", "Chile", "Kenya", "Nepal", "Peru", "Ghana", "Latvia", "Oman", "Fiji"]
MEASURES = ["killed", "injured", "missing", "displaced", "hostage", "recognitions"]
UNITS = ["people", "civilians", "residents", "person", "state", "countries"]


def sentence(rng: random.Random) -> str:
    words = rng.choices(WORDS, k=rng.randint(12, 22))
    return " ".join(words).capitalize() + "."


def edit(text: str, rng: random.Random) -> str:
    """A light paraphrase: one word dropped and one replaced."""
    words = text.rstrip(".").split()
    del words[rng.randrange(len(words))]
    words[rng.randrange(len(words))] = rng.choice(WORDS)
    return " ".join(words) + "."


def corpus(documents: int, per_document: int, seed: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rng = random.Random(seed)
    speakers = ([f"Ministry of Health of {c}" for c in COUNTRIES] + [f"Embassy of {c}" for c in COUNTRIES]
                + [f"{w.title()} {v.title()} News" for w in WORDS[:20] for v in WORDS[20:35]]
                + [f"Dr {w.title()} {v.title()}son" for w in WORDS[100:115] for v in WORDS[130:145]])
    docs: list[dict[str, Any]] = []
    rows: list[dict[str, Any]] = []
    for d in range(documents):
        sentences = [sentence(rng) for _ in range(rng.randint(8, 12))]
        if d > 10 and rng.random() < 0.2:  # a reprint of passages of an earlier document
            source = docs[rng.randrange(len(docs))]["sentences"]
            for i in range(rng.randint(2, 4)):
                sentences[i] = edit(rng.choice(source), rng) if rng.random() < 0.5 else rng.choice(source)
        publisher = rng.choice(speakers)
        docs.append({"id": d, "publisher": publisher, "published": f"{rng.randint(1992, 2024)}-02-26"
                     if rng.random() < 0.7 else None, "title": None, "path": f"doc{d}.txt",
                     "sentences": sentences, "text": " ".join(sentences)})
        event = rng.choice(EVENTS)
        for _ in range(per_document):
            value = float(rng.choice([613, 485, 161, 200, 1000, 487, 16, 17, 22, 24, rng.randint(1, 5000)]))
            measure = rng.choice(MEASURES)
            qualifier = rng.choice(["exact", "exact", "exact", "approx", "at_least", "range"])
            low, high = value, value
            if qualifier == "at_least":
                high = None
            elif qualifier == "range":
                high = value * 2
            rows.append({
                "id": len(rows) + 1, "document_id": d, "doc": f"doc{d}.txt", "kind": "figure",
                "text": f"{value:g}", "start": 0, "end": 3, "sentence_start": 0, "sentence_end": 0, "sentence": "",
                "attributed_to": rng.choice(speakers) if rng.random() < 0.4 else None,
                "event": event if rng.random() < 0.95 else None, "measure": measure, "value": value, "low": low,
                "high": high, "qualifier": qualifier, "unit": rng.choice(UNITS), "subgroup": None,
                "parent_id": None, "doc_title": None, "doc_publisher": publisher,
                "doc_published": docs[-1]["published"],
            })
    return rows, docs


def timed(label: str, fn: Any) -> tuple[float, Any]:
    """Run `fn`; print wall time and this process's CPU time (the two differ on a busy machine)."""
    start, cpu = time.perf_counter(), time.process_time()
    result = fn()
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"{label:<62} {elapsed:7.2f} s wall {cpu:7.2f} s cpu")
    return cpu, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--claims-per-document", type=int, default=10)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rows, docs = corpus(args.documents, args.claims_per_document, args.seed)
    print(f"{len(rows):,} claims over {len(docs):,} documents")

    sizes = [args.documents // 4, args.documents // 2, args.documents]
    first = 0.0
    origins = None
    for size in sizes:
        subset_docs = docs[:size]
        subset_rows = [r for r in rows if r["document_id"] < size]
        reuse_time, reuse = timed(f"text reuse (MinHash LSH + rapidfuzz), {size:,} documents",
                                  lambda d=subset_docs: find_reuse((x["id"], x["text"]) for x in d))
        rest_time, origins = timed(f"attribution chains + union-find, {size:,} documents",
                                   lambda d=subset_docs, r=subset_rows, x=reuse: build_origins(d, r, reuse=x))
        total = reuse_time + rest_time
        first = first or total
        print(f"    origin detection {total:.2f} s cpu: {len(reuse):,} shared passages, {len(origins.families):,} "
              f"families; time x{total / first:.2f} for documents x{size / sizes[0]:.0f} (quadratic would be "
              f"x{(size / sizes[0]) ** 2:.0f})")
    assert origins is not None
    elapsed, verdicts = timed(f"compare {len(rows):,} claims (origins given)", lambda: compare(rows, origins=origins))
    print(f"    {len(verdicts):,} questions; target under 5 s (cpu): {'met' if elapsed < 5 else 'NOT met'}")


if __name__ == "__main__":
    main()

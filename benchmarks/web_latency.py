"""Page latency of the review server over a big ledger: generates N claims over D documents and E events
(default 1,000,000 / 50,000 / 500, all fictional) straight into a SQLite ledger with bulk inserts, indexes it
once (`claimledger.serve.refresh`: comparison, origins, search index — timed and printed), then requests the
event page, a document page and a search in-process and prints p50/p95 per page (target p95 < 100 ms).

    .venv/bin/python benchmarks/web_latency.py                       # the full size (several minutes)
    .venv/bin/python benchmarks/web_latency.py --claims 100000 --documents 5000 --events 50
    .venv/bin/python benchmarks/web_latency.py --db /tmp/big.db --reuse   # measure an existing generated ledger
"""
from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimledger.store import Ledger

PLACES = ["Veldora", "Kessaria", "Marnholt", "Ostrevan", "Tilbury Vale", "Quenra", "Halvik", "Dornsea",
          "Perelin", "Austmark", "Zavrel", "Cobrin", "Lethmoor", "Ivanska", "Ruthen", "Sallowby", "Brenhoek",
          "Caldera Bay", "Yskar", "Morvane"]
NOUNS = ["incident", "shelling", "siege", "raid", "flood", "explosion", "clashes", "crossing", "camp fire", "riots"]
BODIES = ["Ministry of the Interior", "Relief Council", "Human Rights Office", "Civil Defence Agency",
          "Medical Association", "Journalists' Union", "Ombudsman", "Red Crescent branch", "Prosecutor's Office",
          "Observer Mission", "Veterans' League", "Refugee Committee", "University Institute", "Press Agency"]
MEASURES = ["killed", "injured", "displaced", "missing", "detained"]
LABELS = ["massacre", "genocide", "tragedy", "clashes", "crime against humanity", "pogrom"]
INSTRUMENTS = ["Genocide Convention", "Geneva Conventions", "Rome Statute", "Resolution 822"]
KIND_PLAN = ["figure"] * 12 + ["characterization"] * 4 + ["recognition"] * 2 + ["legal_reference", "quote"]


def events(count: int) -> list[str]:
    names = [f"{place} {noun}" for noun in NOUNS for place in PLACES]
    return [names[i] if i < len(names) else f"{names[i % len(names)]} ({1990 + i // len(names)})"
            for i in range(count)]


def speakers(count: int = 300) -> list[str]:
    return [f"{BODIES[i % len(BODIES)]} of {PLACES[(i // len(BODIES)) % len(PLACES)]}" for i in range(count)]


def make_document(doc_id: int, claims_per_doc: int, event_names: list[str], voices: list[str],
                  rng: random.Random) -> tuple[dict[str, object], list[dict[str, object]]]:
    """One fictional document: sentences that each carry one claim, with exact offsets."""
    event = rng.choice(event_names)
    publisher = rng.choice(voices)
    parts: list[str] = [f"Report {doc_id} on the {event}.\n\n"]
    claims: list[dict[str, object]] = []
    position = len(parts[0])
    for ordinal in range(claims_per_doc):
        kind = KIND_PLAN[ordinal % len(KIND_PLAN)]
        speaker = rng.choice(voices)
        lead = f"The {speaker} said "
        row: dict[str, object] = {"kind": kind, "attributed_to": speaker, "attribution_text": f"The {speaker} said",
                                  "event": event, "extra": "{}"}
        if kind == "figure":
            measure = rng.choice(MEASURES)
            value = rng.choice([rng.randint(5, 5000), rng.randint(100, 700)])
            span = f"{value:,}"
            tail = f" people were {measure} in the {event}."
            row.update(measure=measure, value=float(value), low=float(value), high=float(value), qualifier="exact",
                       unit="person")
        elif kind == "characterization":
            span = rng.choice(LABELS)
            tail = f" is the right word for the {event}."
            lead = f"The {speaker} said that "
            row.update(label=span, modality="asserts", applied_to=event, applied_by=speaker)
        elif kind == "recognition":
            recognizer = f"Parliament of {rng.choice(PLACES)}"
            span = f"{recognizer} recognised"
            tail = f" the {event} in a resolution."
            row.update(recognizer=recognizer, stance="recognizes")
        elif kind == "legal_reference":
            span = rng.choice(INSTRUMENTS)
            tail = f" applies to the {event}."
            lead = f"The {speaker} said the "
            row.update(instrument=span)
        else:
            span = f"we counted every house in {rng.choice(PLACES)}"
            lead = f"The {speaker} said: \""
            tail = "\"."
            row.update(speaker=speaker)
        sentence = lead + span + tail + " "
        start = position + len(lead)
        row.update(ordinal=ordinal, text=span, start=start, end=start + len(span), sentence_start=position,
                   sentence_end=position + len(sentence) - 1, sentence=sentence[:-1])
        claims.append(row)
        parts.append(sentence)
        position += len(sentence)
    text = "".join(parts)
    digest = hashlib.sha256(f"synthetic-{doc_id}".encode()).hexdigest()
    published = f"{rng.randint(1992, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    doc = {"id": doc_id, "sha256": digest, "path": f"synthetic/{doc_id}.txt", "resolved_path": f"/synthetic/{doc_id}",
           "format": "txt", "title": f"Report {doc_id} on the {event}", "publisher": publisher, "published": published,
           "text": text, "chars": len(text), "warnings": "[]", "is_latest": 1}
    return doc, claims


def generate(db: Path, claims: int, documents: int, event_count: int, seed: int = 7) -> None:
    from claimledger.store import Ledger

    Ledger(str(db)).close()  # the schema, migrated
    rng = random.Random(seed)
    names, voices = events(event_count), speakers()
    per_doc = max(1, claims // documents)
    now = datetime.now(UTC).isoformat(sep=" ")
    connection = sqlite3.connect(db)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=OFF")
    claim_id = 0
    columns = ["id", "document_id", "ordinal", "kind", "text", "start", "end", "sentence_start", "sentence_end",
               "sentence", "attributed_to", "attribution_text", "event", "measure", "value", "low", "high",
               "qualifier", "unit", "label", "modality", "applied_to", "applied_by", "recognizer", "stance",
               "instrument", "speaker", "extra", "extractor_version"]
    claim_sql = (f"INSERT INTO claims ({', '.join(chr(34) + c + chr(34) for c in columns)}) "
                 f"VALUES ({', '.join('?' * len(columns))})")
    doc_columns = ["id", "sha256", "path", "resolved_path", "format", "title", "publisher", "published", "text",
                   "chars", "warnings", "is_latest", "ingested_at"]
    doc_sql = f"INSERT INTO documents ({', '.join(doc_columns)}) VALUES ({', '.join('?' * len(doc_columns))})"
    batch_docs: list[tuple[object, ...]] = []
    batch_claims: list[tuple[object, ...]] = []
    for doc_id in range(1, documents + 1):
        doc, rows = make_document(doc_id, per_doc, names, voices, rng)
        doc["ingested_at"] = now
        batch_docs.append(tuple(doc.get(c) for c in doc_columns))
        for row in rows:
            claim_id += 1
            row.update(id=claim_id, document_id=doc_id, extractor_version="synthetic")
            batch_claims.append(tuple(row.get(c) for c in columns))
        if len(batch_docs) >= 2000:
            connection.executemany(doc_sql, batch_docs)
            connection.executemany(claim_sql, batch_claims)
            connection.commit()
            batch_docs, batch_claims = [], []
    connection.executemany(doc_sql, batch_docs)
    connection.executemany(claim_sql, batch_claims)
    connection.execute("INSERT INTO ingest_runs (started_at, finished_at, paths, documents_added, documents_skipped,"
                       " claims_added, failures, status) VALUES (?, ?, ?, ?, 0, ?, '[]', 'done')",
                       (now, now, json.dumps(["synthetic"]), documents, claim_id))
    connection.commit()
    connection.execute("ANALYZE")
    connection.close()


def reviewer_token(ledger: Ledger) -> str:
    from claimledger.store.reviews import ReviewError, add_user, create_token

    with contextlib.suppress(ReviewError):  # made by an earlier run on this ledger
        add_user(ledger, "benchmark", "reviewer", "benchmark-password")
    return create_token(ledger, "benchmark")


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def timed(call: Callable[[], int], repeat: int) -> Iterator[float]:
    for _ in range(repeat):
        start = time.perf_counter()
        status = call()
        elapsed = (time.perf_counter() - start) * 1000
        if status != 200:
            raise SystemExit(f"request failed with {status}")
        yield elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--documents", type=int, default=50_000)
    parser.add_argument("--events", type=int, default=500)
    parser.add_argument("--requests", type=int, default=200, help="requests per page type")
    parser.add_argument("--db", type=Path, help="ledger file (default: a temporary one, removed afterwards)")
    parser.add_argument("--reuse", action="store_true", help="measure the ledger at --db as it is")
    parser.add_argument("--text-reuse", action="store_true",
                        help="let the index detect text reuse between documents (slow on templated synthetic text)")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    folder = None
    if args.db is None:
        folder = tempfile.TemporaryDirectory()
        args.db = Path(folder.name) / "bench.db"
    os.environ.setdefault("CLAIMLEDGER_SECRET", "benchmark-secret-" + "b" * 32)
    from fastapi.testclient import TestClient

    from claimledger.serve import create_app, refresh
    from claimledger.serve.templating import event_url
    from claimledger.store import Ledger

    if not args.reuse:
        if args.db.exists():
            raise SystemExit(f"{args.db} exists; pass --reuse to measure it, or another --db")
        start = time.perf_counter()
        generate(args.db, args.claims, args.documents, args.events)
        print(f"generated {args.claims:,} claims over {args.documents:,} documents and {args.events} events "
              f"in {time.perf_counter() - start:.1f} s ({args.db.stat().st_size / 1e6:.0f} MB)")
        start = time.perf_counter()
        with Ledger(str(args.db)) as ledger:
            counts = refresh(ledger, reuse=args.text_reuse)
        print(f"indexed (comparison, origins{' with text reuse' if args.text_reuse else ''}, events, FTS5) in "
              f"{time.perf_counter() - start:.1f} s: "
              f"{counts['questions']:,} stored questions")
    app = create_app(str(args.db), refresh=False)
    rng = random.Random(11)
    with TestClient(app) as client:
        names = [e["name"] for e in client.get("/api/events").json()]
        total = client.get("/api/documents", params={"limit": 1}).json()["total"]
        words = ["Kessaria", "massacre", "Veldora killed", "Relief Council", "Geneva", "displaced Halvik"]
        pages: dict[str, Callable[[], int]] = {
            "event page": lambda: client.get(event_url(rng.choice(names))).status_code,
            "document page": lambda: client.get(f"/documents/{rng.randint(1, total)}").status_code,
            "search": lambda: client.get("/search", params={"q": rng.choice(words)}).status_code,
            "search + filters": lambda: client.get("/search", params={"q": rng.choice(words), "kind": "figure",
                                                                      "event": rng.choice(names)}).status_code,
            "claims API page": lambda: client.get("/api/claims", params={"measure": "killed", "limit": 50,
                                                                        "offset": rng.randint(0, 5000)}).status_code,
        }
        print(f"{'page':<18}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}  ({args.requests} requests each, in-process)")
        worst = 0.0
        for label, call in pages.items():
            list(timed(call, 5))  # warm caches
            samples = list(timed(call, args.requests))
            p50, p95 = percentiles(samples)
            worst = max(worst, p95) if label in ("event page", "document page", "search") else worst
            print(f"{label:<18}{p50:>9.1f}{p95:>9.1f}{max(samples):>9.1f}")
        token = reviewer_token(app.state.ledger)
        ids = [rng.randint(1, 1000) for _ in range(5)]
        reviews = list(timed(lambda: client.post(f"/api/claims/{ids.pop()}/review", headers={
            "Authorization": f"Bearer {token}"}, json={"action": "correct", "corrections": {"value": 999},
                                                       "note": "benchmark"}).status_code, 5))
        print(f"{'review + recompute':<18}{statistics.median(reviews):>9.1f}{max(reviews):>9.1f}{max(reviews):>9.1f}"
              "  (5 corrections; the comparison of the claim's event is recomputed before the answer)")
    print(f"target p95 < 100 ms on the event page, a document page and search: {'met' if worst < 100 else 'MISSED'}")
    if folder is not None:
        folder.cleanup()
    sys.exit(0)


if __name__ == "__main__":
    main()

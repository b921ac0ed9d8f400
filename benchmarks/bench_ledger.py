"""Ledger write and read speed: N synthetic documents with C claims each, stored in batches of 20, then listed.

usage: python benchmarks/bench_ledger.py [N_DOCUMENTS] [CLAIMS_PER_DOCUMENT]     (defaults 2000 30)
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "store"))
from store_factories import make_document, number_claims  # noqa: E402

from claimledger.store import Ledger  # noqa: E402

BATCH = 20


def main() -> None:
    n_docs = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    per_doc = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    docs = []
    for i in range(n_docs):
        body = " ".join(f"Src{i} says {100 + k} people died." for k in range(per_doc))
        document = make_document(f"d{i}.txt", body)
        docs.append((document, number_claims(document)))
    n_claims = sum(len(c) for _, c in docs)
    with tempfile.TemporaryDirectory() as tmp, Ledger(os.path.join(tmp, "bench.db")) as ledger:
        t = time.perf_counter()
        for i in range(0, n_docs, BATCH):
            ledger.add_batch(docs[i:i + BATCH])
        write = time.perf_counter() - t
        t = time.perf_counter()
        rows = ledger.claim_rows(kind="figure")
        read = time.perf_counter() - t
        t = time.perf_counter()
        document_rows = ledger.document_rows()
        list_docs = time.perf_counter() - t
        t = time.perf_counter()
        ledger.document_ids_by_sha256(d.sha256 for d, _ in docs)
        lookup = time.perf_counter() - t
    print(f"write {n_docs} docs / {n_claims} claims: {write:.2f}s "
          f"({n_docs / write:.0f} docs/s, {n_claims / write:.0f} claims/s)")
    print(f"claim_rows(kind=figure) {len(rows)} rows: {read:.2f}s; document_rows {len(document_rows)}: "
          f"{list_docs:.2f}s; hash lookup {n_docs}: {lookup:.3f}s")


if __name__ == "__main__":
    main()

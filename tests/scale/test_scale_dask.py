"""Ingest on a Dask LocalCluster gives the same ledger as a serial ingest, and resumes like one."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest_pg import claim_set, cli, make_corpus

from claimledger.scale import RetryingLedger, dask_mapper
from claimledger.store.ingest import ingest


@pytest.mark.slow
def test_two_dask_workers_store_the_same_documents_and_claims_as_a_serial_ingest(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    files = make_corpus(corpus, copies=1)
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a PDF")
    with RetryingLedger(str(tmp_path / "serial.db")) as serial:
        serial_report = ingest(serial, [corpus])
        expected_claims = claim_set(serial)
        expected_docs = {row["sha256"] for row in serial.document_rows()}
    with RetryingLedger(str(tmp_path / "dask.db")) as scaled:
        report = ingest(scaled, [corpus], mapper=dask_mapper(workers=2))
        assert report.added == serial_report.added == len(files)
        assert [f.path for f in report.failures] == [str(corpus / "broken.pdf")]
        assert {row["sha256"] for row in scaled.document_rows()} == expected_docs
        assert claim_set(scaled) == expected_claims
        assert len(expected_claims) > 500


    # resume through the command: stored files are skipped before submission, only the new ones go to Dask
    new = make_corpus(corpus, copies=1, start=1)
    result = cli("ingest", str(corpus), "--db", str(tmp_path / "dask.db"), "--workers", "2")
    assert result.returncode == 1 and "broken.pdf" in result.stderr  # the broken file again, nothing else
    assert f"ingested {len(new)} documents ({len(files)} already stored)" in result.stdout
    with RetryingLedger(str(tmp_path / "dask.db")) as scaled:
        assert len(scaled.document_rows()) == len(files) + len(new)

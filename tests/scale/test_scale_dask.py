"""Ingest on a Dask LocalCluster gives the same ledger as a serial ingest, and resumes like one."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest_pg import claim_set, cli, make_corpus

from claimledger.scale import RetryingLedger, dask_mapper, ingest_mapper
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


@pytest.mark.slow
def test_an_existing_dask_cluster_is_used_through_its_scheduler_address(tmp_path: Path) -> None:
    from distributed import LocalCluster

    corpus = tmp_path / "corpus"
    make_corpus(corpus, copies=1)
    for extra in sorted(corpus.iterdir())[12:]:
        extra.unlink()
    with RetryingLedger(str(tmp_path / "serial.db")) as serial:
        ingest(serial, [corpus])
        expected = claim_set(serial)
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        with RetryingLedger(str(tmp_path / "remote.db")) as remote:
            report = ingest(remote, [corpus], mapper=ingest_mapper(scheduler=cluster.scheduler_address))
            assert report.added == 12 and not report.failures
            assert claim_set(remote) == expected
        assert cluster.scheduler is not None and len(cluster.workers) == 1  # the cluster outlives the ingest

"""Ingest: discovery, idempotence, versions, resume after Ctrl-C, bad files."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from store_factories import number_claims

from claimledger.errors import ReadError
from claimledger.read import read
from claimledger.scale import ingest_mapper
from claimledger.store import Ledger
from claimledger.store.ingest import (
    Failure,
    IngestInterrupted,
    Processed,
    Result,
    discover,
    hash_file,
    ingest,
    process_file,
)
from claimledger.store.models import DocumentRow, IngestRun

BINARY = bytes(range(256)) * 8  # NULs and invalid UTF-8: every reader must refuse it


def counting_process(path: str) -> Result:
    """Read for real, then number figures (the store must not depend on today's extractors)."""
    try:
        document = read(path)
    except ReadError as exc:
        return Failure(path, exc.reason)
    return Processed(document, number_claims(document))


def write_corpus(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"report-{i:02d}.txt"
        path.write_text(f"A dispatch from the valley of Orsk: observers counted {10 + i} dead, "
                        f"including {i} children.\n", encoding="utf-8")
        paths.append(path)
    return paths


def test_discover_walks_folders_sorted_skipping_hidden_and_foreign(tmp_path: Path) -> None:
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / ".git").mkdir()
    for name in ("b.txt", "a.html", "sub/c.pdf", "sub/d.md", "e.htm", ".hidden.txt", ".git/f.txt", "notes.csv"):
        (root / name).write_text("x")
    explicit = root / "notes.csv"
    files, failures = discover([root, explicit, root / "b.txt", tmp_path / "absent"])
    assert files == sorted(files)
    assert {Path(f).relative_to(root).as_posix() for f in files} == {
        "a.html", "b.txt", "e.htm", "sub/c.pdf", "sub/d.md", "notes.csv"}
    assert failures == [Failure(str(tmp_path / "absent"), "no such file or directory")]


def test_the_ledger_itself_is_never_ingested(tmp_path: Path) -> None:
    write_corpus(tmp_path, 2)
    db = tmp_path / "ledger.txt"  # an unlucky name that discovery would otherwise pick up
    with Ledger(str(db)) as ledger:
        report = ingest(ledger, [tmp_path], process=counting_process)
        assert report.added == 2
        assert all(not row["path"].endswith("ledger.txt") for row in ledger.document_rows())


def test_ingest_stores_documents_with_their_claims(ledger: Ledger, tmp_path: Path) -> None:
    paths = write_corpus(tmp_path / "corpus", 5)
    report = ingest(ledger, [tmp_path / "corpus"], process=counting_process, batch_size=2)
    assert (report.added, report.skipped, report.failures) == (5, 0, [])
    assert report.claims == 10 == len(ledger.claim_rows())
    assert sorted(row["path"] for row in ledger.document_rows()) == sorted(str(p) for p in paths)
    assert report.summary() == "ingested 5 documents (0 already stored), 10 claims"
    breakdowns = [row for row in ledger.claim_rows() if row["subgroup"] == "children"]
    assert len(breakdowns) == 5 and all(row["parent"] == 0 and row["parent_id"] for row in breakdowns)


def test_ingesting_again_adds_nothing_and_reads_nothing(ledger: Ledger, tmp_path: Path) -> None:
    write_corpus(tmp_path / "corpus", 4)
    ingest(ledger, [tmp_path / "corpus"], process=counting_process)
    called: list[str] = []

    def spy(path: str) -> Result:
        called.append(path)
        return counting_process(path)

    again = ingest(ledger, [tmp_path / "corpus"], process=spy)
    assert (again.added, again.skipped, again.claims) == (0, 4, 0)
    assert called == []  # stored hashes are skipped before anything is read
    assert len(ledger.document_rows()) == 4 and len(ledger.claim_rows()) == 8


def test_a_copy_under_another_name_is_stored_once(ledger: Ledger, tmp_path: Path) -> None:
    [original] = write_corpus(tmp_path / "corpus", 1)
    (tmp_path / "corpus" / "zz-copy.txt").write_bytes(original.read_bytes())
    report = ingest(ledger, [tmp_path / "corpus"], process=counting_process)
    assert (report.added, report.skipped) == (1, 1)


def test_a_changed_file_becomes_a_new_version(ledger: Ledger, tmp_path: Path) -> None:
    [path] = write_corpus(tmp_path, 1)
    ingest(ledger, [path], process=counting_process)
    path.write_text("Revised report: observers counted 31 dead.\n", encoding="utf-8")
    report = ingest(ledger, [path], process=counting_process)
    assert report.added == 1
    [latest] = ledger.document_rows()
    assert latest["sha256"] == hash_file(path) and latest["version_of"] is not None
    assert [row["value"] for row in ledger.claim_rows()] == [31]
    assert len(ledger.document_rows(latest_only=False)) == 2


@pytest.mark.parametrize("batch_size", [1, 3, 50])
def test_resume_after_an_interrupt_stores_every_file_once(tmp_path: Path, batch_size: int) -> None:
    paths = write_corpus(tmp_path / "corpus", 7)
    done: list[str] = []

    def interrupted_after_four(path: str) -> Result:
        if len(done) == 4:
            raise KeyboardInterrupt
        done.append(path)
        return counting_process(path)

    with Ledger(str(tmp_path / "resume.db")) as ledger:
        with pytest.raises(IngestInterrupted) as caught:
            ingest(ledger, [tmp_path / "corpus"], process=interrupted_after_four, batch_size=batch_size)
        assert isinstance(caught.value, KeyboardInterrupt)
        # everything processed before Ctrl-C is kept, whatever the batch size
        assert caught.value.report.added == 4 == len(ledger.document_rows())
        read_again: list[str] = []

        def spy(path: str) -> Result:
            read_again.append(path)
            return counting_process(path)

        report = ingest(ledger, [tmp_path / "corpus"], process=spy, batch_size=batch_size)
        assert (report.added, report.skipped) == (3, 4)
        assert read_again == [str(p) for p in paths[4:]]
        assert sorted(row["path"] for row in ledger.document_rows()) == [str(p) for p in paths]
        assert len(ledger.claim_rows()) == 14
        with ledger.session() as session:
            assert session.scalar(select(func.count()).select_from(DocumentRow)) == 7
            statuses = list(session.scalars(select(IngestRun.status).order_by(IngestRun.id)))
        assert statuses == ["interrupted", "done"]


def test_bad_files_are_reported_and_the_rest_stored(ledger: Ledger, tmp_path: Path) -> None:
    good = write_corpus(tmp_path / "corpus", 3)
    (tmp_path / "corpus" / "binary.txt").write_bytes(BINARY)
    report = ingest(ledger, [tmp_path / "corpus", tmp_path / "missing.txt"], process=counting_process)
    assert report.added == 3
    assert sorted(f.path for f in report.failures) == sorted([str(tmp_path / "corpus" / "binary.txt"),
                                                              str(tmp_path / "missing.txt")])
    assert all(f.reason for f in report.failures)
    assert sorted(row["path"] for row in ledger.document_rows()) == sorted(str(p) for p in good)
    assert report.summary().endswith("; 2 failed")
    assert ledger.stats()["last_ingest"]["failures"] == 2


def test_process_file_is_pure_and_reports_failures(tmp_path: Path) -> None:
    [path] = write_corpus(tmp_path, 1)
    result = process_file(str(path))
    assert isinstance(result, Processed)
    assert result.document.sha256 == hash_file(path) and result.document.path == str(path)
    (tmp_path / "binary.txt").write_bytes(BINARY)
    failure = process_file(str(tmp_path / "binary.txt"))
    assert isinstance(failure, Failure) and failure.path == str(tmp_path / "binary.txt") and failure.reason


def test_worker_processes_store_the_same_as_one_process(tmp_path: Path) -> None:
    write_corpus(tmp_path / "corpus", 9)
    (tmp_path / "corpus" / "binary.txt").write_bytes(BINARY)
    rows = []
    for name, mapper in (("serial", map), ("dask", ingest_mapper(2))):
        with Ledger(str(tmp_path / f"{name}.db")) as ledger:
            report = ingest(ledger, [tmp_path / "corpus"], process=counting_process, mapper=mapper, batch_size=4)
            assert (report.added, len(report.failures)) == (9, 1)
            rows.append([(r["doc"], r["ordinal"], r["value"], r["parent"]) for r in ledger.claim_rows()])
    assert rows[0] == rows[1] and len(rows[0]) == 18

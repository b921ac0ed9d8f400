"""Ingest: find files, read and extract each one, store them in batches; resumable and keyed by content hash.

The work is split so it can be spread later:
  - `process_file(path)` is pure (a path in, a `Processed` or a `Failure` out, both picklable), so it can run on
    worker processes or a Dask cluster: pass a `mapper` with the signature of the builtin `map`;
  - a hard time limit per file is a mapper too (`claimledger.scale.timed_mapper`): the files run in a child
    process that is killed when one goes over; the default `map` runs them in this process, without one;
  - the writer (`ingest`) hashes every file first and skips stored hashes before anything is read, commits
    a batch every `batch_size` documents or `batch_bytes` of text, and on Ctrl-C commits what is already
    processed, records the run as interrupted and raises `IngestInterrupted`. Rerunning resumes.
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from sqlalchemy.exc import SQLAlchemyError

from claimledger.errors import ReadError
from claimledger.model import Claim, Document
from claimledger.store.engine import sqlite_path
from claimledger.store.ledger import Ledger

SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".pdf"})
BATCH_SIZE = 20
BATCH_BYTES = 5_000_000
HASH_CHUNK = 200  # files hashed and looked up in the ledger per round trip
_READ_BLOCK = 1 << 20


@dataclass(frozen=True)
class Processed:
    document: Document
    claims: list[Claim]


@dataclass(frozen=True)
class Failure:
    path: str
    reason: str

    @classmethod
    def of_process(cls, path: str, exc: Exception) -> Failure:
        """A custom `process` raised (process_file itself never does): the file fails, the others go on."""
        return cls(path, f"processing failed ({exc.__class__.__name__}: {exc})")


Result = Processed | Failure
Process = Callable[[str], Result]
Mapper = Callable[[Process, Iterable[str]], Iterable[Result]]


def process_file(path: str) -> Result:
    """Read and extract one file. Pure: no ledger, no printing; any failure comes back as a `Failure`."""
    from claimledger.extract import extract
    from claimledger.read import read

    try:
        document = read(path)
    except ReadError as exc:
        return Failure(path, exc.reason)
    try:
        claims = extract(document)
    except Exception as exc:  # an extractor bug must not stop an ingest of 10,000 files; it is reported
        return Failure(path, f"extraction failed ({exc.__class__.__name__}: {exc})")
    return Processed(document, claims)


WARM_UP_TEXT = "The ministry said on Monday that 40 people were killed and 12 wounded in the shelling of the town."


@functools.cache
def warm_up() -> None:
    """Load the readers and the extractors (modules, lexicons) into this process, once, with a short text of our
    own. Children forked afterwards (`claimledger.scale.timed`) start warm instead of loading them per child."""
    try:
        import claimledger.read.html  # noqa: F401 - lxml and trafilatura
        import claimledger.read.pdf  # noqa: F401 - pypdf
        from claimledger.extract import extract

        extract(Document(path="warm-up.txt", text=WARM_UP_TEXT, sha256=Document.hash_bytes(WARM_UP_TEXT.encode()),
                         format="txt"))
    except Exception:  # only a speed-up: the child loads whatever is missing, and reports real failures per file
        return


def hash_file(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(_READ_BLOCK):
            digest.update(block)
    return digest.hexdigest()


def _hidden(name: str) -> bool:
    return name.startswith(".")


def discover(paths: Sequence[str | Path], exclude: Iterable[Path] = ()) -> tuple[list[str], list[Failure]]:
    """The files to ingest under `paths` (folders recursively, known suffixes, no hidden entries), sorted and
    without repeats, plus a Failure for each path that does not exist. A file named explicitly is always kept.
    """
    skip = {p.resolve() for p in exclude}
    found: dict[Path, str] = {}  # resolved -> the path as the user would write it
    failures: list[Failure] = []
    for given in paths:
        root = Path(given)
        if root.is_file():
            found.setdefault(root.resolve(), str(root))
        elif root.is_dir():
            for folder, dirs, files in os.walk(root):
                dirs[:] = [d for d in dirs if not _hidden(d)]
                for name in files:
                    path = Path(folder) / name
                    if _hidden(name) or path.suffix.lower() not in SUFFIXES:
                        continue
                    try:  # hostile trees: a symlink loop or a dangling link is one failure, not a crash
                        resolved = path.resolve(strict=True)
                    except RuntimeError:
                        failures.append(Failure(str(path), "symlink loop"))
                        continue
                    except OSError as exc:
                        failures.append(Failure(str(path), exc.strerror or str(exc)))
                        continue
                    if not resolved.is_file():  # a FIFO or device named like a document would block the reader
                        failures.append(Failure(str(path), "not a regular file"))
                        continue
                    found.setdefault(resolved, str(path))
        else:
            failures.append(Failure(str(given), "no such file or directory"))
    files = sorted((shown for resolved, shown in found.items() if resolved not in skip))
    return files, failures


def ledger_files(ledger: Ledger) -> list[Path]:
    """The ledger's own files, never ingested even when they sit in a folder being ingested."""
    db = sqlite_path(ledger.url)
    if db is None:
        return []
    return [db] + [db.with_name(db.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


class Listener(Protocol):
    """What ingest reports as it goes (the CLI draws a progress bar from it)."""

    def started(self, files: int, total_bytes: int) -> None: ...
    def file_started(self, path: str) -> None: ...
    def file_done(self, path: str, size: int) -> None: ...
    def failed(self, path: str, reason: str) -> None: ...


class _Silent:
    def started(self, files: int, total_bytes: int) -> None: pass
    def file_started(self, path: str) -> None: pass
    def file_done(self, path: str, size: int) -> None: pass
    def failed(self, path: str, reason: str) -> None: pass


@dataclass
class IngestReport:
    run_id: int | None = None
    added: int = 0  # documents newly stored (new versions included)
    skipped: int = 0  # already stored: same content hash
    claims: int = 0  # claims of the newly stored documents
    failures: list[Failure] = field(default_factory=list)
    interrupted: bool = False

    def summary(self) -> str:
        line = f"ingested {self.added} document{'s' if self.added != 1 else ''}"
        line += f" ({self.skipped} already stored), {self.claims} claim{'s' if self.claims != 1 else ''}"
        return line + (f"; {len(self.failures)} failed" if self.failures else "")


class IngestInterrupted(KeyboardInterrupt):
    """Ctrl-C during ingest, after everything processed so far was committed. Still a KeyboardInterrupt."""

    def __init__(self, report: IngestReport) -> None:
        super().__init__(f"interrupted after storing {report.added} documents")
        self.report = report


class _Writer:
    """Collects processed documents and stores them one batch (one transaction) at a time."""

    def __init__(self, ledger: Ledger, report: IngestReport, batch_size: int, batch_bytes: int) -> None:
        self.ledger, self.report = ledger, report
        self.batch_size, self.batch_bytes = max(1, batch_size), batch_bytes
        self.pending: list[tuple[Document, list[Claim]]] = []
        self.pending_bytes = 0

    def add(self, item: Processed) -> None:
        self.pending.append((item.document, item.claims))
        self.pending_bytes += len(item.document.text)
        if len(self.pending) >= self.batch_size or self.pending_bytes >= self.batch_bytes:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        batch, self.pending, self.pending_bytes = self.pending, [], 0
        for (_, claims), (_, created) in zip(batch, self.ledger.add_batch(batch), strict=True):
            if created:
                self.report.added += 1
                self.report.claims += len(claims)
            else:  # the same content under another path, stored meanwhile or earlier in this batch
                self.report.skipped += 1


def ingest(
    ledger: Ledger,
    paths: Sequence[str | Path],
    *,
    batch_size: int = BATCH_SIZE,
    batch_bytes: int = BATCH_BYTES,
    process: Process = process_file,
    mapper: Mapper = map,
    listener: Listener | None = None,
) -> IngestReport:
    """Store every document under `paths` with its claims; skip content already stored; report failures.

    Raises IngestInterrupted (a KeyboardInterrupt) on Ctrl-C, after committing what was processed.
    """
    events = listener or _Silent()
    report = IngestReport()
    files, missing = discover(paths, exclude=ledger_files(ledger))
    sizes = {path: _size(path) for path in files}
    events.started(len(files), sum(sizes.values()))
    for failure in missing:
        report.failures.append(failure)
        events.failed(failure.path, failure.reason)
    report.run_id = ledger.start_run([str(p) for p in paths])
    writer = _Writer(ledger, report, batch_size, batch_bytes)

    def to_process() -> Iterator[str]:
        """Hash ahead in chunks; yield only files whose content is not stored yet."""
        seen: set[str] = set()
        for i in range(0, len(files), HASH_CHUNK):
            chunk = files[i:i + HASH_CHUNK]
            hashes: dict[str, str] = {}
            for path in chunk:
                try:
                    hashes[path] = hash_file(path)
                except OSError as exc:
                    report.failures.append(Failure(path, exc.strerror or str(exc)))
                    events.failed(path, exc.strerror or str(exc))
                    events.file_done(path, sizes[path])
            stored = ledger.document_ids_by_sha256(hashes.values())
            for path, sha in hashes.items():
                if sha in stored or sha in seen:
                    report.skipped += 1
                    events.file_done(path, sizes[path])
                    continue
                seen.add(sha)
                events.file_started(path)
                yield path

    status = "failed"
    results = mapper(process, to_process())
    try:
        for result in results:
            if isinstance(result, Failure):
                report.failures.append(result)
                events.failed(result.path, result.reason)
                events.file_done(result.path, sizes.get(result.path, 0))
                continue
            writer.add(result)
            events.file_done(result.document.path, sizes.get(result.document.path, 0))
        writer.flush()
        status = "done"
    except KeyboardInterrupt as exc:
        status = "interrupted"
        report.interrupted = True
        with contextlib.suppress(KeyboardInterrupt):  # keep what is fully processed; a 2nd Ctrl-C drops it
            _close(results)  # stop worker processes before the last write
            writer.flush()
        raise IngestInterrupted(report) from exc
    finally:
        _close(results)
        # never let the bookkeeping hide the error that ended the run
        with contextlib.suppress(SQLAlchemyError):
            ledger.finish_run(report.run_id, status=status, added=report.added, skipped=report.skipped,
                              claims=report.claims,
                              failures=[{"path": f.path, "reason": f.reason} for f in report.failures])
    return report


def _close(results: Iterable[Result]) -> None:
    close = getattr(results, "close", None)  # a generator-based mapper cleans up (e.g. its pool) on close
    if close is not None:
        close()


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0

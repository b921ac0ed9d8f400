"""`Ledger`: the one interface to the ledger database. Rows come back as plain dicts, so the contract that
the CLI, the reconciler and the server read stays stable while the tables grow.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Engine, Table, func, insert, select, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, aliased, sessionmaker

from claimledger.errors import NotFound, StoreError
from claimledger.model import KINDS, Claim, Document
from claimledger.store import migrate
from claimledger.store.engine import make_engine, resolve_url, sqlite_path
from claimledger.store.models import ClaimRow, DocumentRow, IngestRun, utcnow

# Claim fields stored under the same column name (everything in the contract except doc and parent).
CLAIM_COLUMNS: tuple[str, ...] = tuple(f for f in Claim.FIELD_ORDER if f not in ("doc", "parent"))
DOC_FIELDS: tuple[str, ...] = ("title", "publisher", "published", "sha256", "format")
# Batches of `IN (...)` parameters stay well under SQLite's variable limit.
IN_CHUNK = 500


@cache
def extractor_version() -> str:
    try:
        return metadata.version("claimledger")
    except metadata.PackageNotFoundError:
        return "unknown"


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    if moment.tzinfo is None:  # SQLite hands back naive datetimes; we only ever store UTC
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _number(value: float | None) -> float | int | None:
    # as Claim.to_json: whole numbers print as ints
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), IN_CHUNK):
        yield items[i:i + IN_CHUNK]


def _reason(exc: SQLAlchemyError) -> str:
    """The driver's own words, first line only, for a one-line message."""
    detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return f"{exc.__class__.__name__}: {detail[0] if detail else ''}"


def resolved(path: str) -> str:
    return str(Path(path).expanduser().resolve())


def document_values(doc: Document) -> dict[str, Any]:
    meta = doc.metadata()
    return {
        "sha256": doc.sha256, "path": doc.path, "resolved_path": resolved(doc.path), "format": doc.format,
        "title": doc.title, "publisher": doc.publisher, "author": doc.author, "published": doc.published,
        "url": doc.url, "language": doc.language, "text": doc.text, "chars": meta["chars"],
        "warnings": list(doc.warnings), "ingested_at": utcnow(), "is_latest": True, "version_of": None,
    }


def claim_values(document_id: int, ordinal: int, claim: Claim, text: str) -> dict[str, Any]:
    values = {name: getattr(claim, name) for name in CLAIM_COLUMNS}
    values.update(
        document_id=document_id, ordinal=ordinal, sentence=text[claim.sentence_start:claim.sentence_end],
        extra=dict(claim.extra), extractor_version=extractor_version(), parent_id=None,
    )
    return values


class Ledger:
    """The ledger at `url_or_path` (a plain path means SQLite; default $CLAIMLEDGER_DB or ./claimledger.db).

    Opening migrates the database to the newest schema.
    """

    def __init__(self, url_or_path: str | None = None) -> None:
        self.url = resolve_url(url_or_path)
        try:
            self.engine: Engine = make_engine(self.url)
            migrate.upgrade(self.engine)
        except SQLAlchemyError as exc:
            raise StoreError(f"{self.display_name}: cannot open the ledger ({_reason(exc)})") from exc
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def display_name(self) -> str:
        """The ledger for messages: the file of a SQLite ledger, else the URL without its password."""
        path = sqlite_path(self.url)
        return str(path) if path is not None else make_url(self.url).render_as_string(hide_password=True)

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        with self._sessions() as session, session.begin():
            yield session

    # -- writing ----------------------------------------------------------------------------------------

    def add_document(self, doc: Document, claims: list[Claim]) -> tuple[int, bool]:
        """Store `doc` and its claims (in output order) in one transaction: (document id, created?)."""
        return self.add_batch([(doc, claims)])[0]

    def add_batch(self, items: list[tuple[Document, list[Claim]]]) -> list[tuple[int, bool]]:
        """Store many documents with their claims in one transaction, with bulk inserts.

        A document whose content hash is stored already is not stored again: (its id, False). A new hash at a
        path whose latest document has another hash becomes that document's new version.
        """
        results: list[tuple[int, bool] | None] = [None] * len(items)
        try:
            with self.session() as session:
                known = self._ids_by_sha256(session, [doc.sha256 for doc, _ in items])
                fresh: list[int] = []  # indices of items to insert
                batch_shas: dict[str, int] = {}  # sha -> index of its first item in this batch
                for i, (doc, _) in enumerate(items):
                    if doc.sha256 in known:
                        results[i] = (known[doc.sha256], False)
                    elif doc.sha256 not in batch_shas:
                        batch_shas[doc.sha256] = i
                        fresh.append(i)
                if fresh:
                    ids = self._insert_documents(session, [items[i][0] for i in fresh])
                    for i, doc_id in zip(fresh, ids, strict=True):
                        results[i] = (doc_id, True)
                    self._insert_claims(session, [(ids[n], items[i][0], items[i][1]) for n, i in enumerate(fresh)])
                for i, (doc, _) in enumerate(items):  # a repeat of a hash earlier in this same batch
                    if results[i] is None:
                        first = results[batch_shas[doc.sha256]]
                        assert first is not None
                        results[i] = (first[0], False)
        except SQLAlchemyError as exc:
            raise StoreError(f"{self.display_name}: cannot store documents ({_reason(exc)})") from exc
        return [r for r in results if r is not None]

    def _insert_documents(self, session: Session, docs: list[Document]) -> list[int]:
        rows = [document_values(doc) for doc in docs]
        paths = sorted({row["resolved_path"] for row in rows})
        previous: dict[str, int] = {}
        for chunk in _chunks(paths):
            query = select(DocumentRow.resolved_path, DocumentRow.id).where(
                DocumentRow.resolved_path.in_(chunk), DocumentRow.is_latest.is_(True))
            previous.update({path: doc_id for path, doc_id in session.execute(query) if path is not None})
        for row in rows:
            row["version_of"] = previous.get(row["resolved_path"])
        if previous:
            session.execute(update(DocumentRow).where(DocumentRow.id.in_(list(previous.values())))
                            .values(is_latest=False))
        statement = insert(DocumentRow).returning(DocumentRow.id, sort_by_parameter_order=True)
        return list(session.scalars(statement, rows))

    def _insert_claims(self, session: Session, docs: list[tuple[int, Document, list[Claim]]]) -> None:
        rows: list[dict[str, Any]] = []
        parents: list[tuple[int, int]] = []  # (row index of a breakdown, row index of its total)
        for doc_id, doc, claims in docs:
            base = len(rows)
            for ordinal, claim in enumerate(claims):
                if claim.parent is not None and 0 <= claim.parent < len(claims):
                    parents.append((base + ordinal, base + claim.parent))
                rows.append(claim_values(doc_id, ordinal, claim, doc.text))
        if not rows:
            return
        table = cast(Table, ClaimRow.__table__)
        # Core executemany: one multi-row INSERT ... RETURNING per few hundred claims, no ORM bookkeeping
        statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        ids = list(session.connection().execute(statement, rows).scalars())
        if parents:  # breakdowns point at their totals by id, known only now
            session.execute(update(ClaimRow), [{"id": ids[child], "parent_id": ids[total]} for child, total in parents])

    def start_run(self, paths: Iterable[str]) -> int:
        with self.session() as session:
            run = IngestRun(paths=list(paths), started_at=utcnow(), status="running", failures=[])
            session.add(run)
            session.flush()
            return run.id

    def finish_run(self, run_id: int, *, status: str, added: int, skipped: int, claims: int,
                   failures: list[dict[str, str]]) -> None:
        with self.session() as session:
            session.execute(update(IngestRun).where(IngestRun.id == run_id).values(
                status=status, finished_at=utcnow(), documents_added=added, documents_skipped=skipped,
                claims_added=claims, failures=failures))

    # -- reading ----------------------------------------------------------------------------------------

    @staticmethod
    def _ids_by_sha256(session: Session, shas: Sequence[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        unique = sorted(set(shas))
        for chunk in _chunks(unique):
            found.update(session.execute(select(DocumentRow.sha256, DocumentRow.id)
                                         .where(DocumentRow.sha256.in_(chunk))).all())
        return found

    def has_sha256(self, sha: str) -> bool:
        return sha in self.document_ids_by_sha256([sha])

    def document_ids_by_sha256(self, shas: Iterable[str]) -> dict[str, int]:
        """{sha256: document id} for those of `shas` already stored."""
        with self.session() as session:
            return self._ids_by_sha256(session, list(shas))

    def _claim_counts(self, session: Session, document_ids: Sequence[int] | None = None) -> dict[int, dict[str, int]]:
        query = select(ClaimRow.document_id, ClaimRow.kind, func.count()).group_by(ClaimRow.document_id, ClaimRow.kind)
        if document_ids is not None:
            query = query.where(ClaimRow.document_id.in_(document_ids))
        counts: dict[int, dict[str, int]] = {}
        for doc_id, kind, n in session.execute(query):
            counts.setdefault(doc_id, {})[kind] = n
        return counts

    @staticmethod
    def _document_dict(row: DocumentRow, counts: dict[str, int]) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": row.id, "path": row.path, "sha256": row.sha256, "format": row.format, "title": row.title,
            "publisher": row.publisher, "author": row.author, "published": row.published, "url": row.url,
            "language": row.language, "chars": row.chars, "warnings": list(row.warnings or []),
            "ingested_at": _iso(row.ingested_at), "version_of": row.version_of, "is_latest": row.is_latest,
        }
        for kind in KINDS:
            out[f"claims_{kind}"] = counts.get(kind, 0)
        return out

    def document_rows(self, latest_only: bool = True) -> list[dict[str, Any]]:
        """Every document's metadata (Document.metadata() keys), id, ingested_at and `claims_<kind>` counts."""
        with self.session() as session:
            query = select(DocumentRow).order_by(DocumentRow.id)
            if latest_only:
                query = query.where(DocumentRow.is_latest.is_(True))
            query = query.options(*_defer_text())
            rows = list(session.scalars(query))
            counts = self._claim_counts(session)
            return [self._document_dict(row, counts.get(row.id, {})) for row in rows]

    def document(self, document_id: int) -> dict[str, Any]:
        """One document's row with its plain `text`; NotFound if there is none with that id."""
        with self.session() as session:
            row = session.get(DocumentRow, document_id)
            if row is None:
                raise NotFound(f"no document with id {document_id}")
            out = self._document_dict(row, self._claim_counts(session, [document_id]).get(document_id, {}))
            out["text"] = row.text
            return out

    def document_texts(self, document_ids: Iterable[int] | None = None, latest_only: bool = True) -> dict[int, str]:
        """{document id: plain text} in one query (for text-reuse checks over many documents)."""
        query = select(DocumentRow.id, DocumentRow.text).order_by(DocumentRow.id)
        if document_ids is not None:
            query = query.where(DocumentRow.id.in_(list(document_ids)))
        elif latest_only:
            query = query.where(DocumentRow.is_latest.is_(True))
        with self.session() as session:
            return {doc_id: text for doc_id, text in session.execute(query).all()}

    def claim_rows(self, kind: str | None = None, event: str | None = None, measure: str | None = None,
                   document_id: int | None = None, latest_only: bool = True) -> list[dict[str, Any]]:
        """Claims as dicts: every key of Claim.to_json() (`doc` = the document's path, `parent` = the parent's
        ordinal) plus id, document_id, parent_id, sentence and doc_* metadata; in document then output order.

        `event` matches case-insensitively. `latest_only` leaves out claims of superseded document versions.
        """
        parent = aliased(ClaimRow)
        claim_columns = [column for column in ClaimRow.__table__.c]
        query = (
            # plain columns, not ORM objects: listing 100,000 claims must not build 100,000 entities
            select(*claim_columns, DocumentRow.path.label("doc"), DocumentRow.title.label("doc_title"),
                   DocumentRow.publisher.label("doc_publisher"), DocumentRow.published.label("doc_published"),
                   DocumentRow.sha256.label("doc_sha256"), DocumentRow.format.label("doc_format"),
                   parent.ordinal.label("parent"))
            .join(DocumentRow, ClaimRow.document_id == DocumentRow.id)
            .outerjoin(parent, ClaimRow.parent_id == parent.id)
            .order_by(ClaimRow.document_id, ClaimRow.ordinal)
        )
        if kind is not None:
            query = query.where(ClaimRow.kind == kind)
        if measure is not None:
            query = query.where(ClaimRow.measure == measure)
        if event is not None:
            query = query.where(func.lower(ClaimRow.event) == event.lower())
        if document_id is not None:
            query = query.where(ClaimRow.document_id == document_id)
        elif latest_only:
            query = query.where(DocumentRow.is_latest.is_(True))
        with self.session() as session:
            result = session.connection().execute(query).mappings().all()  # Core: no ORM row loading
        out: list[dict[str, Any]] = []
        for found in result:
            row = {name: found[name] for name in Claim.FIELD_ORDER}
            for name in ("value", "low", "high"):
                row[name] = _number(row[name])
            row.update(
                id=found["id"], document_id=found["document_id"], ordinal=found["ordinal"],
                parent_id=found["parent_id"], sentence=found["sentence"], extra=dict(found["extra"] or {}),
                doc_title=found["doc_title"], doc_publisher=found["doc_publisher"],
                doc_published=found["doc_published"], doc_sha256=found["doc_sha256"], doc_format=found["doc_format"],
            )
            out.append(row)
        return out

    def stats(self) -> dict[str, Any]:
        """Counts for a status line: latest documents, all versions, claims per kind, the last ingest run."""
        with self.session() as session:
            documents = session.scalar(select(func.count()).select_from(DocumentRow)
                                       .where(DocumentRow.is_latest.is_(True))) or 0
            versions = session.scalar(select(func.count()).select_from(DocumentRow)) or 0
            per_kind = dict(session.execute(
                select(ClaimRow.kind, func.count()).join(DocumentRow, ClaimRow.document_id == DocumentRow.id)
                .where(DocumentRow.is_latest.is_(True)).group_by(ClaimRow.kind)).all())
            run = session.scalars(select(IngestRun).order_by(IngestRun.id.desc()).limit(1)).first()
            last = None if run is None else {
                "id": run.id, "started_at": _iso(run.started_at), "finished_at": _iso(run.finished_at),
                "status": run.status, "documents_added": run.documents_added,
                "documents_skipped": run.documents_skipped, "claims_added": run.claims_added,
                "failures": len(run.failures or []),
            }
        return {
            "documents": documents, "document_versions": versions,
            "claims": {kind: per_kind.get(kind, 0) for kind in KINDS}, "claims_total": sum(per_kind.values()),
            "last_ingest": last,
        }


def _defer_text() -> list[Any]:
    # listings never need the full text; loading it for 10,000 documents would cost more than the query
    from sqlalchemy.orm import defer

    return [defer(DocumentRow.text)]

"""Search on a PostgreSQL ledger uses PostgreSQL's full-text engine (set CLAIMLEDGER_TEST_PG to a server URL;
skipped otherwise): matches by word and prefix, the filters, hostile query syntax, and the GIN indexes."""
from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from claimledger.model import Claim, Document
from claimledger.serve import search
from claimledger.store import Ledger, migrate

pytestmark = pytest.mark.postgres

NUMBER = re.compile(r"\d+")
# Fictional places, bodies and people; the figures are invented.
VALLEY = ("Villagers in Oskarsfeld said 41 people were killed near the old mill. "
          "The regional council of Brannoc later reported 12 wounded.")
CLASHES = "The ministry counted 7 killed in the Drenholt clashes. Medics in Lysamar treated 30 people."
HOSTILE = ["a & b", "a | b", "!killed", "(killed", "killed)", "a:*", "killed:*b", "'", "''", '"', '"killed',
           "\\", "&|!():*", "o'brien", "'; DROP TABLE claims; --", "<->", "!!!", ":", "*", "   ", "",
           "_", "__init__:*", "ünïcode ✓"]


def figures(doc: Document, speaker: str | None = None) -> list[Claim]:
    """Every number in the text as a 'killed' figure, inside its sentence."""
    claims = []
    for match in NUMBER.finditer(doc.text):
        start = doc.text.rfind(". ", 0, match.start())
        start = 0 if start < 0 else start + 2
        end = doc.text.find(".", match.end()) + 1 or len(doc.text)
        claims.append(Claim(doc=doc.path, kind="figure", text=match.group(), start=match.start(),
                            end=match.end(), sentence_start=start, sentence_end=end, measure="killed",
                            value=float(match.group()), qualifier="exact", unit="person", attributed_to=speaker))
    return claims


def document(path: str, body: str, title: str, publisher: str) -> Document:
    return Document(path=path, text=body, sha256=Document.hash_bytes(body.encode()), format="txt", title=title,
                    publisher=publisher)


@pytest.fixture
def ledger(pg_url: str) -> Iterator[Ledger]:
    with Ledger(pg_url) as opened:
        opened.add_document(document("valley.txt", VALLEY, "Notes from the Velmora valley", "Tarnic Monitor"),
                            figures(document("valley.txt", VALLEY, "", ""), speaker="villagers"))
        opened.add_document(document("clashes.txt", CLASHES, "Statement on the Drenholt clashes", "Ministry"),
                            figures(document("clashes.txt", CLASHES, "", ""), speaker="ministry"))
        yield opened


def values(rows: list[dict[str, object]]) -> list[object]:
    return sorted(row["value"] for row in rows)  # type: ignore[type-var]


def test_claims_match_words_and_prefixes_with_filters(ledger: Ledger) -> None:
    none = search.Filters()
    assert values(search.search_claims(ledger, "Oskarsfeld", none)) == [41]
    assert values(search.search_claims(ledger, "oskars", none)) == [41]  # the last word is a prefix
    assert values(search.search_claims(ledger, "killed", none)) == [7, 41]
    assert values(search.search_claims(ledger, "killed Drenholt", none)) == [7]  # every word required
    assert search.search_claims(ledger, "Drenholt Oskarsfeld", none) == []
    assert values(search.search_claims(ledger, "killed", search.Filters(source="tarnic"))) == [41]
    assert values(search.search_claims(ledger, "killed", search.Filters(source="ministry"))) == [7]
    assert search.search_claims(ledger, "killed", search.Filters(kind="label")) == []
    assert values(search.search_claims(ledger, "killed", search.Filters(review="unreviewed"))) == [7, 41]
    row = search.search_claims(ledger, "Lysamar", none)[0]  # same shape as the other databases
    assert row["doc_title"] == "Statement on the Drenholt clashes" and row["review"] is None
    assert set(row) == {name.split(" AS ")[-1].split(".")[-1] for name in search.CLAIM_COLUMNS.split(", ")}
    assert len(search.search_claims(ledger, "killed", none, limit=1)) == 1
    assert search.search_claims(ledger, "killed", none, limit=1, offset=1) != \
        search.search_claims(ledger, "killed", none, limit=1)


def test_only_the_latest_version_is_found(ledger: Ledger) -> None:
    newer = VALLEY.replace("41", "44")
    ledger.add_document(document("valley.txt", newer, "Notes from the Velmora valley", "Tarnic Monitor"),
                        figures(document("valley.txt", newer, "", "")))
    assert values(search.search_claims(ledger, "Oskarsfeld", search.Filters())) == [44]
    assert len(search.search_documents(ledger, "Velmora")) == 1


def test_documents_match_title_and_text_with_marked_snippets(ledger: Ledger) -> None:
    [by_title] = search.search_documents(ledger, "Velmora")
    assert by_title["title"] == "Notes from the Velmora valley" and by_title["path"] == "valley.txt"
    [by_text] = search.search_documents(ledger, "Brannoc")
    assert by_text["path"] == "valley.txt" and "\x02Brannoc\x03" in by_text["snippet"]
    assert [d["path"] for d in search.search_documents(ledger, "drenh")] == ["clashes.txt"]
    assert search.search_documents(ledger, "Nowhereville") == []


@pytest.mark.parametrize("query", HOSTILE)
def test_query_syntax_in_user_input_is_harmless(ledger: Ledger, query: str) -> None:
    assert isinstance(search.search_claims(ledger, query, search.Filters()), list)
    assert isinstance(search.search_documents(ledger, query), list)
    with ledger.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM claims")).scalar_one() == 4


def test_tsvector_columns_are_gin_indexed_and_used(ledger: Ledger) -> None:
    with ledger.engine.connect() as connection:
        indexes: dict[str, str] = dict(connection.execute(text(
            "SELECT indexname, indexdef FROM pg_indexes WHERE indexname LIKE '%search_vector'")).all())
    assert set(indexes) == {"ix_claims_search_vector", "ix_documents_search_vector"}
    assert all("USING gin (search_vector)" in definition for definition in indexes.values())
    # Enough rows that a scan would cost more than the index: 3000 claims, one of them with a rare word.
    body = " ".join(f"Clerks of Velmora counted {n} dead." for n in range(3000)) + " Only Quillbrook saw 5 dead."
    big = document("ledger-book.txt", body, "Ledger book", "Velmora archive")
    ledger.add_document(big, figures(big))
    # VACUUM moves new rows out of GIN's pending list (as autovacuum would), so the planner prices the index
    with ledger.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("VACUUM ANALYZE claims"))
        plan = "\n".join(connection.execute(text(
            "EXPLAIN SELECT id FROM claims WHERE search_vector @@ to_tsquery('simple', :q)"),
            {"q": "'quillbrook':*"}).scalars())
    assert "ix_claims_search_vector" in plan, plan
    assert values(search.search_claims(ledger, "Quillbrook", search.Filters())) == [5]


def test_migration_goes_down_and_up_on_postgres(ledger: Ledger) -> None:
    migrate.downgrade(ledger.engine, "web_0003")
    with ledger.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM pg_indexes WHERE indexname LIKE "
                                       "'%search_vector'")).scalar_one() == 0
    migrate.upgrade(ledger.engine)
    assert values(search.search_claims(ledger, "Oskarsfeld", search.Filters())) == [41]

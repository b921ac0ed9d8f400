"""The JSON API through FastAPI's TestClient: every endpoint, anonymous and wrong-role writes, JSON errors,
paging, exports, and reviews that overlay the machine's claim without overwriting it."""
from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from fastapi.testclient import TestClient
from serve_helpers import bearer
from sqlalchemy import text

from claimledger.store.reviews import row_key


def figure_in_question(client: TestClient) -> dict[str, Any]:
    """A figure claim that answers a stored question with at least two statements."""
    questions = client.get("/api/questions", params={"limit": 500}).json()["items"]
    busy = max(questions, key=lambda q: q["statements"])
    assert busy["statements"] >= 2
    claim_id = busy["verdict"]["figures"][0]["sources"][0]["claim_id"]
    return client.get(f"/api/claims/{claim_id}").json()


def test_stats_and_documents_page(client: TestClient) -> None:
    stats = client.get("/api/stats").json()
    assert stats["documents"] == 13 and stats["claims"]["figure"] > 0 and stats["reviews"] == 0
    first = client.get("/api/documents", params={"limit": 5}).json()
    assert first["total"] == 13 and len(first["items"]) == 5 and first["next"]
    rest = client.get(first["next"]).json()
    assert {d["id"] for d in first["items"]}.isdisjoint({d["id"] for d in rest["items"]})
    last = client.get("/api/documents", params={"limit": 5, "offset": 10}).json()
    assert len(last["items"]) == 3 and last["next"] is None


def test_document_with_text_claims_and_origin(client: TestClient) -> None:
    doc_id = client.get("/api/documents").json()["items"][0]["id"]
    doc = client.get(f"/api/documents/{doc_id}").json()
    claims = client.get(f"/api/documents/{doc_id}/claims").json()
    assert claims and all(doc["text"][c["start"]:c["end"]] == c["text"] for c in claims)
    assert doc["origin"]["id"].startswith("O")
    assert "text" not in client.get(f"/api/documents/{doc_id}", params={"text": False}).json()


@pytest.mark.parametrize("path", ["/api/documents/999999", "/api/documents/999999/claims", "/api/claims/999999",
                                  "/api/questions/999999"])
def test_unknown_ids_are_json_404s(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert response.json()["status"] == 404 and "999999" in response.json()["message"]


def test_invalid_parameters_are_json_422s(client: TestClient) -> None:
    response = client.get("/api/documents", params={"limit": 0})
    assert response.status_code == 422 and response.json()["status"] == 422 and "limit" in response.json()["message"]


def test_claims_filter_and_search(client: TestClient) -> None:
    figures = client.get("/api/claims", params={"kind": "figure", "limit": 500}).json()["items"]
    assert figures and all(c["kind"] == "figure" for c in figures)
    killed = client.get("/api/claims", params={"measure": "killed", "limit": 500}).json()["items"]
    assert killed and all(c["measure"] == "killed" for c in killed)
    found = client.get("/api/claims", params={"q": "Kessaria"}).json()["items"]
    assert found and all("kessaria" in (c["sentence"] + c["text"]).lower() for c in found)
    both = client.get("/api/search", params={"q": "Veldora flood"}).json()
    assert any("Veldora" in (d["title"] or "") for d in both["documents"])
    assert client.get("/api/search", params={"q": '"NEAR( AND'}).status_code == 200  # FTS syntax is quoted away


def test_events_questions_and_origins(client: TestClient) -> None:
    events = client.get("/api/events").json()
    assert events and all(sum(e["claims"].values()) == e["total"] for e in events)
    page = client.get("/api/questions", params={"limit": 3}).json()
    assert page["total"] >= len(page["items"]) > 0
    question = page["items"][0]
    assert client.get(f"/api/questions/{question['id']}").json()["label"] == question["label"]
    same_event = client.get("/api/questions", params={"event": question["event"], "limit": 500}).json()["items"]
    assert all(q["event"] == question["event"] for q in same_event)
    origins = client.get("/api/origins").json()
    assert origins and all(o["id"].startswith("O") and o["documents"] for o in origins)


def test_claim_has_its_question_and_other_sources(client: TestClient) -> None:
    claim = figure_in_question(client)
    assert claim["questions"] and claim["siblings"]
    assert all(s["claim_id"] != claim["id"] for s in claim["siblings"])


@pytest.mark.parametrize(("method", "path"), [("post", "/api/claims/1/review"), ("post", "/api/reindex")])
def test_writes_refuse_anonymous_requests_before_reading_the_body(client: TestClient, method: str, path: str) -> None:
    for body in (b"not json at all", b'{"action": "accept"}', b""):
        response = client.request(method, path, content=body, headers={"content-type": "application/json"})
        assert response.status_code == 401 and response.json()["status"] == 401


def test_writes_refuse_wrong_roles(client: TestClient, tokens: dict[str, str]) -> None:
    response = client.post("/api/claims/1/review", content=b"garbage", headers=bearer(tokens["reader"]))
    assert response.status_code == 403 and "reviewer" in response.json()["message"]
    assert client.post("/api/reindex", headers=bearer(tokens["reviewer"])).status_code == 403
    assert client.post("/api/reindex", headers=bearer(tokens["admin"])).json()["claims"] > 0
    assert client.post("/api/claims/1/review", json={"action": "accept"},
                       headers=bearer("clt_not-a-token")).status_code == 401


def test_review_body_is_validated_after_auth(client: TestClient, tokens: dict[str, str]) -> None:
    headers = bearer(tokens["reviewer"])
    assert client.post("/api/claims/1/review", content=b"{", headers=headers).status_code == 422
    assert client.post("/api/claims/1/review", json={"action": "burn"}, headers=headers).status_code == 422
    bad = client.post("/api/claims/1/review", json={"action": "correct", "corrections": {"text": "x"}},
                      headers=headers)
    assert bad.status_code == 400 and "cannot be corrected" in bad.json()["message"]
    assert client.post("/api/claims/1/review", json={"action": "correct", "corrections": {"value": "many"}},
                       headers=headers).status_code == 400


def test_correction_overlays_the_claim_and_updates_the_comparison(client: TestClient, tokens: dict[str, str],
                                                                  app: Any) -> None:
    claim = figure_in_question(client)
    question = claim["questions"][0]
    new_value = 987654
    entry = client.post(f"/api/claims/{claim['id']}/review", headers=bearer(tokens["reviewer"]),
                        json={"action": "correct", "corrections": {"value": new_value, "qualifier": "exact"},
                              "note": "typo in the machine reading"}).json()
    assert entry["before"]["value"] == claim["value"] and entry["after"]["value"] == new_value
    assert entry["user"] == "rev" and entry["note"] == "typo in the machine reading"
    after = client.get(f"/api/claims/{claim['id']}").json()
    assert after["value"] == new_value and after["machine"]["value"] == claim["value"] and after["review"] == "correct"
    with app.state.ledger.engine.connect() as connection:  # the machine's row is untouched
        stored = connection.execute(text("SELECT value FROM claims WHERE id = :id"), {"id": claim["id"]}).scalar()
    assert stored == claim["value"]
    updated = client.get("/api/questions", params={"event": question["event"], "measure": question["measure"],
                                                   "limit": 500}).json()["items"]
    figures = [f for q in updated for f in q["verdict"]["figures"]]
    assert any(f["value"] == new_value for f in figures)
    reviewed = client.get("/api/questions", params={"scope": "reviewed", "event": question["event"]}).json()["items"]
    assert [f["value"] for q in reviewed for f in q["verdict"]["figures"]] == [new_value]
    assert all(q["reviewed"] == 1 for q in reviewed)
    log = client.get("/api/audit", headers=bearer(tokens["reader"])).json()
    assert log[0]["claim_id"] == claim["id"] and log[0]["action"] == "correct"
    assert client.get("/api/audit").status_code == 401


def test_reject_drops_the_claim_from_comparisons(client: TestClient, tokens: dict[str, str]) -> None:
    claim = figure_in_question(client)
    client.post(f"/api/claims/{claim['id']}/review", json={"action": "reject"}, headers=bearer(tokens["reviewer"]))
    questions = client.get("/api/questions", params={"limit": 500}).json()["items"]
    cited = {s["claim_id"] for q in questions for f in q["verdict"]["figures"] for s in f["sources"]}
    assert claim["id"] not in cited
    rejected = client.get("/api/claims", params={"review": "reject"}).json()["items"]
    assert [c["id"] for c in rejected] == [claim["id"]]


def test_review_survives_re_extraction(client: TestClient, tokens: dict[str, str], app: Any) -> None:
    """Re-extracting replaces the claim rows (new ids); the review follows the stable key."""
    claim = figure_in_question(client)
    client.post(f"/api/claims/{claim['id']}/review", json={"action": "accept"}, headers=bearer(tokens["reviewer"]))
    ledger = app.state.ledger
    with ledger.engine.begin() as connection:  # what a re-extraction does: the same spans under new row ids
        names = [r[1] for r in connection.execute(text("PRAGMA table_info(claims)"))]
        plain = ", ".join(f'"{n}"' for n in names if n not in ("id", "ordinal", "parent_id"))
        connection.execute(text(f"INSERT INTO claims (id, ordinal, parent_id, {plain}) SELECT id + 100000, "
                                f"ordinal + 100000, NULL, {plain} FROM claims WHERE document_id = :d"),
                           {"d": claim["document_id"]})
        connection.execute(text("DELETE FROM claims WHERE document_id = :d AND id < 100000"),
                           {"d": claim["document_id"]})
        connection.execute(text("UPDATE claims SET ordinal = ordinal - 100000 WHERE document_id = :d"),
                           {"d": claim["document_id"]})
    from claimledger.serve import refresh

    refresh(ledger)
    moved = client.get(f"/api/claims/{claim['id'] + 100000}").json()
    assert moved["review"] == "accept" and row_key(moved) == row_key(claim)
    assert client.get(f"/api/claims/{claim['id'] + 100000}/audit", headers=bearer(tokens["reader"])).json()


def test_exports(client: TestClient, tokens: dict[str, str]) -> None:
    claim = figure_in_question(client)
    client.post(f"/api/claims/{claim['id']}/review", json={"action": "accept"}, headers=bearer(tokens["reviewer"]))
    rows = list(csv.DictReader(io.StringIO(client.get("/api/export/claims.csv").text)))
    assert len(rows) == client.get("/api/stats").json()["claims_total"]
    assert not any(r["text"].startswith(("=", "+", "@")) for r in rows)
    lines = client.get("/api/export/claims.jsonl", params={"reviewed_only": True}).text.splitlines()
    assert [json.loads(line)["id"] for line in lines] == [claim["id"]]
    ucdp = list(csv.DictReader(io.StringIO(client.get("/api/export/ucdp.csv").text)))
    expected = {"low", "best", "high", "number_of_sources", "source_original", "reviewed_statements"}
    assert ucdp and expected <= set(ucdp[0])
    collection = client.get("/api/export/annotations.jsonld").json()
    assert collection["type"] == "AnnotationCollection" and collection["total"] == len(rows)
    annotation = collection["first"]["items"][0]
    quote, position = annotation["target"]["selector"]
    doc = client.get(f"/api/documents/{rows[0]['document_id']}").json()
    assert quote["type"] == "TextQuoteSelector" and position["type"] == "TextPositionSelector"
    assert doc["text"][position["start"]:position["end"]] == quote["exact"]
    assert doc["text"][:position["start"]].endswith(quote["prefix"])


def test_openapi_schema_describes_the_api(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    paths = schema["paths"]
    for path in ("/api/documents", "/api/documents/{document_id}", "/api/claims", "/api/claims/{claim_id}",
                 "/api/questions", "/api/origins", "/api/claims/{claim_id}/review", "/api/export/ucdp.csv",
                 "/api/export/annotations.jsonld", "/api/audit"):
        assert path in paths
    review = paths["/api/claims/{claim_id}/review"]["post"]
    assert review["requestBody"]["content"]["application/json"]["schema"]["properties"]["action"]["enum"] == [
        "accept", "reject", "correct"]
    assert {"401", "403"} <= set(review["responses"])
    assert not any(p.startswith(("/documents", "/events", "/login")) for p in paths)  # pages stay out of the API


def test_datasette_views_show_reviews_and_the_comparison(client: TestClient, tokens: dict[str, str],
                                                         app: Any) -> None:
    claim = figure_in_question(client)
    client.post(f"/api/claims/{claim['id']}/review", headers=bearer(tokens["reviewer"]),
                json={"action": "correct", "corrections": {"value": 4321}, "note": "view check"})
    with app.state.ledger.engine.connect() as connection:
        shown = connection.execute(text("SELECT value, review_action, reviewer, review_note FROM claims_reviewed "
                                        "WHERE id = :id"), {"id": claim["id"]}).one()
        untouched = connection.execute(text("SELECT count(*) FROM claims_reviewed WHERE review_action IS NULL"
                                            )).scalar()
        compared = connection.execute(text("SELECT DISTINCT question, status FROM comparison WHERE claim_id = :id "
                                           "AND scope = 'all'"), {"id": claim["id"]}).all()
    assert tuple(shown) == (4321, "correct", "rev", "view check")
    assert untouched == client.get("/api/stats").json()["claims_total"] - 1
    questions = client.get(f"/api/claims/{claim['id']}").json()["questions"]
    assert [q for q, _ in compared] == [q["label"] for q in questions]


def test_large_ledger_review_recomputes_only_its_event(client: TestClient, tokens: dict[str, str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Beyond SYNC_LIMIT claims a review recomputes only the reviewed claim's events; they still show it."""
    monkeypatch.setattr("claimledger.serve.index.SYNC_LIMIT", 0)
    claim = figure_in_question(client)
    question = claim["questions"][0]
    others = [q for q in client.get("/api/questions", params={"limit": 500}).json()["items"]
              if q["event"] != question["event"]]
    client.post(f"/api/claims/{claim['id']}/review", headers=bearer(tokens["reviewer"]),
                json={"action": "correct", "corrections": {"value": 55555}})
    after = client.get("/api/questions", params={"event": question["event"], "limit": 500}).json()["items"]
    assert any(f["value"] == 55555 for q in after for f in q["verdict"]["figures"])
    assert all(q["computed_at"] >= question["computed_at"] for q in after)
    untouched = [q for q in client.get("/api/questions", params={"limit": 500}).json()["items"]
                 if q["event"] != question["event"]]
    assert [q["id"] for q in untouched] == [q["id"] for q in others]  # other events were not recomputed
    reviewed = client.get("/api/questions", params={"scope": "reviewed", "event": question["event"]}).json()["items"]
    assert [f["value"] for q in reviewed for f in q["verdict"]["figures"]] == [55555]
    moved = client.post(f"/api/claims/{claim['id']}/review", headers=bearer(tokens["reviewer"]),
                        json={"action": "correct", "corrections": {"event": "Marnholt storm"}})
    assert moved.status_code == 200
    events = {e["name"]: e for e in client.get("/api/events").json()}
    assert "Marnholt storm" in events and events["Marnholt storm"]["claims"]["figure"] == 1
    assert client.get("/api/claims", params={"event": "Marnholt storm"}).json()["items"][0]["id"] == claim["id"]
    both = client.get(f"/api/claims/{claim['id']}").json()  # corrections build up, one field at a time
    assert (both["value"], both["event"]) == (55555, "Marnholt storm")

"""The server-rendered pages: what they show, and that untrusted document text stays inert (escaping, CSP),
forms need CSRF tokens, cookies are locked down and logins are rate-limited."""
from __future__ import annotations

import re

from fastapi.testclient import TestClient
from serve_helpers import PASSWORD, sign_in

from claimledger.serve.app import STRICT_CSP

HTML = {"accept": "text/html"}


def hostile_document(client: TestClient, name: str) -> int:
    docs = client.get("/api/documents", params={"limit": 500}).json()["items"]
    return next(d["id"] for d in docs if d["path"].endswith(name))


def test_overview_lists_events_documents_and_counts(client: TestClient) -> None:
    page = client.get("/").text
    stats = client.get("/api/stats").json()
    assert f"<b>{stats['documents']}</b> documents" in page
    for event in client.get("/api/events").json()[:3]:
        assert f">{event['name']}</a>" in page.replace("&#39;", "'")
    assert page.count('<a href="/documents/') == stats["documents"]


def test_event_page_shows_the_stored_comparison(client: TestClient) -> None:
    question = max(client.get("/api/questions", params={"limit": 500}).json()["items"],
                   key=lambda q: q["statements"])
    from claimledger.serve.templating import event_url, plot_url

    page = client.get(event_url(question["event"]))
    assert page.status_code == 200
    assert f'id="q-{question["id"]}"' in page.text and question["status"] in page.text
    assert "statements reviewed" in page.text and "Labels applied" in page.text
    plot = client.get(plot_url(question["event"]))
    assert plot.status_code == 200 and plot.headers["content-type"].startswith("image/svg+xml")
    assert 'id="point-0"' in plot.text
    again = client.get(plot_url(question["event"]))
    assert again.headers["etag"] == plot.headers["etag"]
    assert client.get("/events/no-such-event", headers=HTML).status_code == 404


def test_document_page_highlights_every_claim_in_place(client: TestClient) -> None:
    doc_id = client.get("/api/documents").json()["items"][0]["id"]
    claims = client.get(f"/api/documents/{doc_id}/claims").json()
    page = client.get(f"/documents/{doc_id}").text
    for claim in claims:
        assert f'id="claim-{claim["id"]}"' in page
    marks = re.findall(r'<mark class="claim k-(\w+)[^"]*" data-claim="(\d+)"', page)
    assert {kind for kind, _ in marks} == {c["kind"] for c in claims}
    panel = client.get(f"/claims/{claims[0]['id']}/panel").text
    assert "Claimed by" in panel and "review-form" not in panel  # anonymous: read-only


def test_document_text_and_metadata_render_escaped(client: TestClient) -> None:
    for name in ("hostile_note.txt", "hostile_page.html"):
        doc_id = hostile_document(client, name)
        response = client.get(f"/documents/{doc_id}")
        page = response.text
        assert response.headers["content-security-policy"] == STRICT_CSP
        scripts = re.findall(r"<script[^>]*>", page)
        assert scripts == ['<script src="/static/app.js" defer>']
        assert not re.search(r"<img[^>]*onerror", page) and 'href="javascript:' not in page
        assert "&lt;script&gt;" in page or "&lt;img" in page
        claim_id = client.get(f"/api/documents/{doc_id}/claims").json()[0]["id"]
        assert "<script>alert" not in client.get(f"/claims/{claim_id}").text
    search = client.get("/search", params={"q": "alert"}).text
    assert "<script>alert" not in search and "onerror=alert" not in search.replace("onerror=alert(&#39;", "")


def test_search_page_filters(client: TestClient) -> None:
    page = client.get("/search", params={"q": "Kessaria", "kind": "figure"}).text
    assert "Kessaria" in page and 'id="claim-results"' in page
    rows = re.findall(r'<span class="chip k-(\w+)">', page.split('id="claim-results"')[1])
    assert rows and set(rows) == {"figure"}


def test_security_headers_everywhere(client: TestClient) -> None:
    for path in ("/", "/search", "/login", "/api/stats", "/static/style.css"):
        headers = client.get(path).headers
        assert headers["content-security-policy"] == STRICT_CSP
        assert headers["x-content-type-options"] == "nosniff" and headers["x-frame-options"] == "DENY"
    assert "cdn.jsdelivr.net" in client.get("/docs").headers["content-security-policy"]


def test_login_sets_a_locked_down_session_cookie(client: TestClient) -> None:
    client.get("/login")
    csrf_cookie = client.cookies.get("cl_csrf")
    response = client.post("/login", data={"name": "rev", "password": PASSWORD, "csrf_token": csrf_cookie,
                                           "next": "//evil.example/"}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/"
    cookie = response.headers["set-cookie"].lower()
    assert "cl_session=" in cookie and "httponly" in cookie and "secure" in cookie and "samesite=strict" in cookie
    assert "rev (reviewer)" in client.get("/").text


def test_login_needs_the_csrf_token(client: TestClient) -> None:
    client.get("/login")
    response = client.post("/login", data={"name": "rev", "password": PASSWORD, "csrf_token": "forged"})
    assert response.status_code == 403 and "cl_session" not in response.headers.get("set-cookie", "")


def test_login_attempts_are_rate_limited(client: TestClient) -> None:
    client.get("/login")
    token = client.cookies.get("cl_csrf")
    codes = [client.post("/login", data={"name": "rev", "password": "wrong-password", "csrf_token": token}
                         ).status_code for _ in range(6)]
    assert codes == [401] * 5 + [429]
    # the right password is refused too while the limit holds
    assert client.post("/login", data={"name": "rev", "password": PASSWORD, "csrf_token": token}).status_code == 429


def test_review_form_needs_role_and_csrf(client: TestClient) -> None:
    claim_id = client.get("/api/claims", params={"kind": "figure"}).json()["items"][0]["id"]
    form = {"action": "accept"}
    assert client.post(f"/claims/{claim_id}/review", data=form).status_code == 401
    sign_in(client, "rita")
    assert client.post(f"/claims/{claim_id}/review", data=form).status_code == 403
    sign_in(client, "rev")
    refused = client.post(f"/claims/{claim_id}/review", data=form)
    assert refused.status_code == 403 and "CSRF" in refused.text
    saved = client.post(f"/claims/{claim_id}/review", data={**form, "csrf_token": client.cookies.get("cl_csrf")},
                        follow_redirects=False)
    assert saved.status_code == 303 and f"claim={claim_id}" in saved.headers["location"]
    assert client.get(f"/api/claims/{claim_id}").json()["review"] == "accept"
    assert "accept" in client.get("/audit").text


def test_logout_needs_csrf_and_ends_the_session(client: TestClient) -> None:
    sign_in(client, "rev")
    assert client.post("/logout", data={}).status_code == 403
    client.post("/logout", data={"csrf_token": client.cookies.get("cl_csrf")})
    assert "Sign in" in client.get("/").text

"""Real headless Chromium (Debian's /usr/bin/chromium) through Playwright against a live uvicorn server on
loopback: read an event, open a claim on a document page, correct it as a reviewer without leaving the page,
see the correction in the comparison and the audit log; hostile documents run no script. Screenshots of the
main pages go to a temporary folder, or to the folder in CLAIMLEDGER_SCREENSHOTS (docs/screenshots/ refreshes the
README's pictures): a test run leaves the checkout as it was."""
from __future__ import annotations

import os
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from serve_helpers import PASSWORD

from claimledger.serve import create_app
from claimledger.serve.templating import event_url
from claimledger.store.reviews import add_user

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = Path(os.environ.get("CLAIMLEDGER_SCREENSHOTS") or Path(tempfile.gettempdir()) / "claimledger-screenshots")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server(db: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    import uvicorn

    monkeypatch.setenv("CLAIMLEDGER_SECRET", "browser-test-secret-" + "z" * 32)
    app = create_app(db)
    add_user(app.state.ledger, "rev", "reviewer", PASSWORD)
    port = free_port()
    live = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=live.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not live.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    live.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def page(server: str) -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is absent (playwright install cannot download browsers here)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        context = browser.new_context(viewport={"width": 1360, "height": 900})
        opened = context.new_page()
        opened.set_default_timeout(15_000)
        yield opened
        context.close()
        browser.close()


def shot(page: Any, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=False)


def busiest_question(page: Any, server: str) -> dict[str, Any]:
    response = page.request.get(f"{server}/api/questions?limit=500")
    return max(response.json()["items"], key=lambda q: q["statements"])


def test_read_correct_and_see_it_in_the_comparison_and_audit(page: Any, server: str) -> None:
    page.goto(f"{server}/")
    page.wait_for_selector("#events")
    shot(page, "overview")

    question = busiest_question(page, server)
    page.goto(server + event_url(question["event"]))
    section = page.locator(f"#q-{question['id']}")
    section.wait_for()
    assert question["status"] in section.inner_text()
    shot(page, "event")

    page.goto(f"{server}/login")
    page.fill("input[name=name]", "rev")
    page.fill("input[name=password]", PASSWORD)
    page.click("form.login button[type=submit]")
    page.wait_for_selector("text=rev (reviewer)")

    source = question["verdict"]["figures"][0]["sources"][0]
    page.goto(f"{server}/documents/{source['document_id']}")
    mark = page.locator(f'#doc-text mark.claim[data-claim="{source["claim_id"]}"]').first
    mark.scroll_into_view_if_needed()
    mark.click()
    panel = page.locator(f'#panel .panel-body[data-claim="{source["claim_id"]}"]')
    panel.wait_for()
    assert "Claimed by" in panel.inner_text()
    shot(page, "document")

    url_before = page.url
    page.check("#panel input[name=action][value=correct]")
    page.fill("#panel input[name=value]", "123456")
    page.fill("#panel textarea[name=note]", "checked against the printed report")
    page.click("#panel form.review-form button[type=submit]")
    page.locator("#panel .saved").wait_for()
    assert page.url == url_before  # the reviewer stays where they were
    assert "123,456" in page.locator("#panel .f-value").inner_text()
    assert "r-correct" in (mark.get_attribute("class") or "")

    page.goto(server + event_url(question["event"]))
    comparison = page.locator("section.question").all_inner_texts()
    assert any("123,456" in text for text in comparison)
    page.goto(server + event_url(question["event"], "reviewed"))
    assert "1 of 1 statements reviewed" in page.locator("section.question").first.inner_text()

    page.goto(f"{server}/audit")
    row = page.locator("#audit tbody tr").first
    assert "checked against the printed report" in row.inner_text() and "correct" in row.inner_text()
    assert "value=123456" in row.inner_text()
    shot(page, "audit")

    page.goto(f"{server}/search?q=killed&kind=figure")
    page.wait_for_selector("#claim-results")
    shot(page, "search")


def test_hostile_documents_run_no_script(page: Any, server: str) -> None:
    dialogs: list[str] = []
    console: list[str] = []
    def on_dialog(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("console", lambda message: console.append(message.text))
    page.on("pageerror", lambda error: console.append(str(error)))
    documents = page.request.get(f"{server}/api/documents?limit=500").json()["items"]
    hostile = [d for d in documents if "hostile" in d["path"]]
    assert len(hostile) == 2
    for document in hostile:
        page.goto(f"{server}/documents/{document['id']}")
        page.wait_for_selector("#doc-text")
        marks = page.locator("#doc-text mark.claim")
        for i in range(marks.count()):
            marks.nth(i).click()
            page.locator("#panel .panel-body").wait_for()
        for link in page.locator("#doc-text a, #panel a[href^='javascript']").all():
            link.click()
        page.goto(f"{server}/search?q=alert")
        page.wait_for_selector("form.search")
    page.goto(f"{server}/documents/{hostile[0]['id']}")
    shot(page, "hostile-document")
    assert dialogs == []
    assert not any("alert" in line and "Refused" not in line for line in console), console
    assert "<script>alert" in page.locator("#doc-text").inner_text()  # shown as text, not run

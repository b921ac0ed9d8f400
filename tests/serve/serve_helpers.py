"""Helpers the server tests share (a module of its own: `conftest` names clash across test folders)."""
from __future__ import annotations

import shutil
from pathlib import Path

from fastapi.testclient import TestClient

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
PASSWORD = "correct horse battery"
# Documents are untrusted: payloads in the text, the title and the markup must all render inert.
HOSTILE_TXT = (
    "<script>alert('txt-script')</script> Title line\n\n"
    "Officials of the fictional town of Veldora said 42 people were killed in the flood of 2019. "
    "<img src=x onerror=alert('txt-onerror')> A later note by the Kessaria council put the toll at 57. "
    "<a href=\"javascript:alert('txt-link')\">read more</a>\n"
)
HOSTILE_HTML = """<!doctype html><html><head><title>Veldora &lt;script&gt;alert('title')&lt;/script&gt; report</title>
<script>alert('head-script')</script></head><body><article>
<h1>Veldora flood report &lt;img src=x onerror=alert('h1')&gt;</h1>
<p>The regional office of fictional Veldora said at least 30 people were killed in the flood.
<img src="x" onerror="alert('body-onerror')"> Residents of Kessaria said 45 people were killed.</p>
<p><a href="javascript:alert('link')">the javascript: link</a> and &lt;script&gt;alert('escaped')&lt;/script&gt;
in the text itself.</p><script>alert('body-script')</script></article></body></html>
"""


def build_corpus(folder: Path) -> Path:
    """The examples and two hostile documents in `folder`."""
    corpus = folder / "corpus"
    shutil.copytree(EXAMPLES, corpus, ignore=shutil.ignore_patterns("README.md", "src"))
    (corpus / "hostile_note.txt").write_text(HOSTILE_TXT, encoding="utf-8")
    (corpus / "hostile_page.html").write_text(HOSTILE_HTML, encoding="utf-8")
    return corpus


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def sign_in(client: TestClient, name: str, password: str = PASSWORD) -> None:
    client.get("/login")  # sets the CSRF cookie
    response = client.post("/login", data={"name": name, "password": password,
                                           "csrf_token": client.cookies.get("cl_csrf") or "", "next": "/"},
                           follow_redirects=False)
    assert response.status_code == 303, response.text

// claimledger pages: open a claim beside the document text, and save a review without leaving the page.
// Loaded from /static (the Content-Security-Policy allows no inline script). The HTML it inserts comes from
// the server's own templates, which escape every piece of document text.
"use strict";

function csrfToken() {
  const meta = document.querySelector('meta[name="csrf-token"]');
  return meta ? meta.getAttribute("content") : "";
}

async function openClaim(id, push) {
  const panel = document.getElementById("panel");
  if (!panel) { return; }
  const response = await fetch("/claims/" + encodeURIComponent(id) + "/panel", {headers: {"Accept": "text/html"}});
  if (!response.ok) { panel.textContent = "Could not load the claim (" + response.status + ")."; return; }
  panel.innerHTML = await response.text();
  document.querySelectorAll("mark.claim.active").forEach((m) => m.classList.remove("active"));
  document.querySelectorAll('mark.claim[data-claim="' + CSS.escape(String(id)) + '"]')
    .forEach((m) => m.classList.add("active"));
  if (push) {
    const url = new URL(window.location.href);
    url.searchParams.set("claim", id);
    window.history.replaceState(null, "", url.pathname + url.search + "#claim-" + id);
  }
}

function markReviewed(id, action) {
  document.querySelectorAll('mark.claim[data-claim="' + CSS.escape(String(id)) + '"]').forEach((m) => {
    m.classList.remove("r-accept", "r-reject", "r-correct");
    m.classList.add("r-" + action);
  });
}

document.addEventListener("click", (event) => {
  const mark = event.target.closest("#doc-text mark.claim");
  if (mark) { openClaim(mark.dataset.claim, true); }
});

document.addEventListener("keydown", (event) => {
  const mark = event.target.closest ? event.target.closest("#doc-text mark.claim") : null;
  if (mark && (event.key === "Enter" || event.key === " ")) { event.preventDefault(); openClaim(mark.dataset.claim, true); }
});

document.addEventListener("submit", async (event) => {
  const form = event.target.closest("#panel form.review-form");
  if (!form) { return; }
  event.preventDefault();
  const data = new FormData(form);
  const response = await fetch(form.getAttribute("action"), {
    method: "POST", body: data, headers: {"X-CSRF-Token": csrfToken(), "X-Requested-With": "fetch"},
  });
  const panel = document.getElementById("panel");
  if (!response.ok) {
    let message = "Could not save the review (" + response.status + ")";
    try { message += ": " + (await response.json()).message; } catch (e) { /* not JSON */ }
    const note = document.createElement("p");
    note.className = "error";
    note.setAttribute("role", "alert");
    note.textContent = message;
    form.prepend(note);
    return;
  }
  panel.innerHTML = await response.text();
  const body = panel.querySelector(".panel-body");
  if (body) { markReviewed(body.dataset.claim, String(data.get("action"))); }
});

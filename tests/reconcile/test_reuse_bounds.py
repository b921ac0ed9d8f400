"""Text reuse stays linear when a text repeats one sentence thousands of times (hostile or templated input)."""
from __future__ import annotations

from claimledger.reconcile.reuse import find_reuse

SHARED = "The regional council said that the shelling of the market destroyed forty stalls and a school."


def test_a_sentence_repeated_thousands_of_times_in_one_document_is_one_passage() -> None:
    repeated = " ".join([SHARED] * 5000)
    documents = [("flood", repeated), ("a", f"Intro. {SHARED} Outro."), ("b", f"{SHARED} Something else entirely.")]
    found = find_reuse(documents)  # pairing every repeat with every other took minutes and gigabytes
    pairs = {tuple(sorted((p.doc_a, p.doc_b))) for p in found}
    assert pairs == {("a", "b"), ("a", "flood"), ("b", "flood")}
    assert len(found) == 3  # one pair per document pair, not one per repetition


def test_boilerplate_shared_by_more_documents_than_the_cap_is_not_reuse() -> None:
    documents = [(f"d{i}", f"Report {i}. {SHARED}") for i in range(80)]
    assert find_reuse(documents) == []

"""Labels, recognitions and instruments compared across documents, each with who says it; recognition counts
against the bodies the same document names."""
from __future__ import annotations

from typing import Any

from claimledger.reconcile.kinds import group_kinds, recognition_counts


def row(document_id: int, kind: str, **fields: Any) -> dict[str, Any]:
    base = {"id": hash((document_id, kind, tuple(fields.items()))), "document_id": document_id, "kind": kind,
            "event": "Dorvan", "attributed_to": None, "doc_publisher": f"Outlet {document_id}",
            "doc": f"d{document_id}.txt",
            "text": fields.get("label") or fields.get("recognizer") or fields.get("instrument") or "",
            "sentence": "", "start": 0, "end": 0, "sentence_start": 0}
    return {**base, **fields}


def test_labels_group_by_modality_and_keep_every_speaker() -> None:
    rows = [row(1, "characterization", label="genocide", modality="asserts", attributed_to="Veldian ministry"),
            row(2, "characterization", label="genocide", modality="asserts"),
            row(3, "characterization", label="genocide", modality="denies", attributed_to="Kessarian ministry"),
            row(3, "figure", measure="killed")]
    groups = group_kinds(rows, "characterization")
    asserted = next(g for g in groups if g.how == "asserts")
    denied = next(g for g in groups if g.how == "denies")
    assert asserted.speakers == ["Veldian ministry", "Outlet 2 (own voice)"] and len(asserted.documents) == 2
    assert denied.speakers == ["Kessarian ministry"]
    assert groups[0] is asserted  # most documents first


def test_instruments_are_grouped_by_their_normalised_name() -> None:
    rows = [row(1, "legal_reference", instrument="Genocide Convention (1948)", text="the Genocide Convention"),
            row(2, "legal_reference", instrument="Genocide Convention (1948)",
                text="Convention on the Prevention and Punishment of the Crime of Genocide")]
    (group,) = group_kinds(rows, "legal_reference")
    assert group.subject == "Genocide Convention (1948)" and len(group.documents) == 2


def test_a_count_that_does_not_match_the_named_bodies_is_visible() -> None:
    sentence = "The parliaments of 3 countries, Mexico, Peru and Chad, and of 2 US states have recognised it."
    rows = [row(1, "figure", measure="recognitions", text="3", value=3, unit="country", sentence=sentence,
                start=19, end=20),
            row(1, "figure", measure="recognitions", text="2", value=2, unit="state", sentence=sentence,
                start=62, end=63),
            row(1, "recognition", recognizer="Parliament of Mexico", recognizer_code="MX"),
            row(1, "recognition", recognizer="Parliament of Peru", recognizer_code="PE"),
            row(1, "recognition", recognizer="Texas", recognizer_code="US-TX")]
    by_text = {c.count_text: c for c in recognition_counts(rows)}
    assert by_text["3"].level == "country" and by_text["3"].named == ["Parliament of Mexico", "Parliament of Peru"]
    assert not by_text["3"].matches  # three stated, two named: shown, not hidden
    assert by_text["2"].level == "sub-national" and by_text["2"].named == ["Texas"]

"""Provenance under any input: random filler with figures inserted, mixed line endings, unicode. Every figure's
text is the plain text at its offsets and lies inside its sentence; nothing crashes."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimledger.extract.context import DocContext
from claimledger.extract.figures import extract_figures
from claimledger.model import Document

FIGURES = ["613", "1,275", "1 275", "at least 161", "some 2.5 million", "dozens", "hundreds of thousands",
           "500-1,000", "500–1,000", "between 200 and 300", "9,100+", "4,250[12]", "Thirty-four", "a dozen",
           "about three quarters of", "$2 billion", "26 February 1992", "No. 366", "21st", "aged 70"]
WORDS = ["people", "were", "killed", "wounded", "including", "children", "women", "the", "town", "of", "whom",
         "Khojaly", "Xocalı", "said", "(", ")", ",", ".", ";", ":", "—", "«", "»", "Ходжалы", "“", "”",
         "bodies", "taken", "hostage", "families", "destroyed", "Deaths", "approx.", "Dr.", "U.S.", "\t"]
BREAKS = ["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", " ", "  ", "\u00a0", "\u2028"]

pieces = st.one_of(st.sampled_from(FIGURES), st.sampled_from(WORDS), st.sampled_from(BREAKS),
                   st.text(max_size=6))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(pieces, max_size=80).map(" ".join))
def test_claims_point_at_their_text_and_sentence(text: str) -> None:
    doc = Document(path="t.txt", text=text, sha256="", format="txt")
    for claim in extract_figures(DocContext.of(doc)):
        assert text[claim.start:claim.end] == claim.text
        assert claim.sentence_start <= claim.start <= claim.end <= claim.sentence_end
        assert claim.kind == "figure" and claim.text.strip() == claim.text
        if claim.parent_claim is not None:
            assert claim.parent_claim.kind == "figure"

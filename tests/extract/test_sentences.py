"""Sentence spans: exact offsets, genre rules (abbreviations, initials, hard-wrapped lines, decimals)."""
from __future__ import annotations

from claimledger.extract.sentences import split


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split(text)]


def test_full_stops_end_sentences_but_not_abbreviations_or_initials() -> None:
    text = "Dr. Ivo Rask arrived on Feb. 26. A. Mutalibov denied it. The U.S. envoy left."
    assert sentences(text) == ["Dr. Ivo Rask arrived on Feb. 26.", "A. Mutalibov denied it.", "The U.S. envoy left."]


def test_decimals_and_dotted_dates_do_not_split() -> None:
    assert sentences("Some 2.5 million fled. It was 26.02.1992 then.") == [
        "Some 2.5 million fled.", "It was 26.02.1992 then."]


def test_lines_blank_lines_and_hard_wrapped_text() -> None:
    text = "Deaths 613\nInjured 487\n\nThe town was\nshelled overnight. Then it fell."
    assert sentences(text) == ["Deaths 613", "Injured 487", "The town was\nshelled overnight.", "Then it fell."]


def test_spans_are_exact_with_crlf_and_leading_space() -> None:
    text = "  First one.\r\n\r\nSecond one!  Third?\r\n"
    spans = list(split(text))
    assert [text[s:e] for s, e in spans] == ["First one.", "Second one!", "Third?"]
    assert all(text[s:e] == text[s:e].strip() for s, e in spans)


def test_start_and_end_bound_the_split() -> None:
    text = "Ignore this. Keep this one. And this."
    start = text.index("Keep")
    assert [text[s:e] for s, e in split(text, start, len(text))] == ["Keep this one.", "And this."]

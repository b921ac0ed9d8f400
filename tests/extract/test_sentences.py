"""Sentence spans: exact offsets, genre rules (abbreviations, initials, hard-wrapped lines, decimals)."""
from __future__ import annotations

from claimledger.extract.sentences import split, wrap_width


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


WRAPPED = (
    "HARBOUR WIRE\n"
    "By Ana Petrel\n"
    "VESK, Nov. 3 (HW) - The port authority said on Friday that more than\n"
    "1,100 people had been evacuated from the old quarter overnight, and that the\n"
    "Coast Guard had recovered 14 bodies from the water near the breakwater.\n"
    "Hospitals in Vesk were treating 60 people, a spokeswoman for the regional\n"
    "Health Department said. The count was expected to rise.\n"
    "UPDATE 1 - Rescue teams reached the island.\n"
)


def test_a_text_wrapped_at_a_fixed_width_runs_on_across_full_lines() -> None:
    assert wrap_width(WRAPPED) is not None
    assert sentences(WRAPPED) == [
        "HARBOUR WIRE",
        "By Ana Petrel",
        "VESK, Nov. 3 (HW) - The port authority said on Friday that more than\n1,100 people had been evacuated from "
        "the old quarter overnight, and that the\nCoast Guard had recovered 14 bodies from the water near the "
        "breakwater.",
        "Hospitals in Vesk were treating 60 people, a spokeswoman for the regional\nHealth Department said.",
        "The count was expected to rise.",
        "UPDATE 1 - Rescue teams reached the island.",
    ]


def test_lines_of_one_paragraph_each_are_not_a_wrapped_text() -> None:
    text = ("Location\tVesk harbour\nDate\t3 November 1994\nDeaths\t14 (Coast Guard)\n"
            "The storm surge reached the old quarter before dawn and the port authority ordered an evacuation of "
            "every street below the sea wall.\nIn the morning the Coast Guard began searching the breakwater.\n")
    assert wrap_width(text) is None
    assert sentences(text)[:3] == ["Location\tVesk harbour", "Date\t3 November 1994", "Deaths\t14 (Coast Guard)"]


def test_short_table_lines_do_not_hide_that_the_prose_is_wrapped() -> None:
    prose = ("The district office, in a letter sent to the regional council in early December\n"
             "1994, put the number of dead at 63 and described the events as a clash between\n"
             "armed groups that had been fighting over the pass for several weeks before\n"
             "the winter came.\n")
    cells = "".join(f"Row {n}\n{n * 3}\n{n * 2}\n" for n in range(1, 8))
    text = prose + cells
    assert wrap_width(text) is not None
    assert sentences(text)[0].startswith("The district office") and "1994, put" in sentences(text)[0]

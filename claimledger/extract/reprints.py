"""Reprints: where a site reprints a newspaper report, the report's own voice is the newspaper's, not the site's.

A site's head says what it reprints - a masthead line ('The World Weekly, March 16, 1992', 'REPRINT: "Title"
(The Northern Chronicle, March 3, 1992)') or a sentence ("we reprint a report of the Moscow paper X, 4 March
1992, by its correspondent Y"). From there to the end of the reprint, figures and labels that no one else in
the text speaks for are the paper's (or the named correspondent's). Paragraphs the site adds ("Editor's note:",
"Recognition: ...") and everything after an end line ("[END OF ARTICLE]") stay in the site's voice.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from claimledger.extract.wordscan import word_alternation
from claimledger.lexicons import load

_HEAD_LINES = 25  # a reprint names its paper near the top of the page
_HEADING = 80  # a site's note shorter than this is a heading over what follows
_NAME = r"(?:The |THE )?[A-Z][\w'’.&-]*(?: (?:of |de |and )?[A-Z][\w'’.&-]*){0,4}"
_DATE = r"(?:\d{1,2}\s+[A-Z][A-Za-z]+\.?,?\s+\d{4}|[A-Z][A-Za-z]+\.?\s+\d{1,2},?\s+\d{4})"
_WEEKDAY = r"(?:(?i:mon|tues|wednes|thurs|fri|satur|sun)(?i:day),?\s+)?"
# "JUTARNJI GLAS (Belgrade), English service,", "Vestnik, Moscow,": where and which edition
_PLACE = r"(?:\s*\([A-Z][\w-]+\))?(?:,\s*[A-Z][\w-]+(?: [a-z]+)?(?=,))?"
_PAGE = r"(?:\s+(?i:page|p\.)\s*\d+)?"
_PAPER_WORDS = r"(?:newsmagazine|news magazine|newspaper|paper|daily|weekly|magazine|news agency|agency|journal)"


@dataclass(frozen=True)
class ReprintVoice:
    """Who speaks in a reprinted text, where that is written, and the spans of the text it covers."""

    name: str
    start: int  # offsets of the name as written
    end: int
    spans: tuple[tuple[int, int], ...]

    def covers(self, offset: int) -> bool:
        return any(start <= offset < end for start, end in self.spans)


@dataclass(frozen=True)
class _Patterns:
    signal: re.Pattern[str]
    boxed: re.Pattern[str]  # the paper in brackets after a title
    masthead: re.Pattern[str]  # a line that is the paper and its date
    sentence: re.Pattern[str]  # a sentence naming what is reprinted
    end_lines: frozenset[str]
    site_openers: tuple[str, ...]


@cache
def _patterns() -> _Patterns:
    lex = load("reprints")
    label = r"(?:" + _alternation(lex["masthead_labels"]) + r")\s*:?\s*"
    report = _alternation(lex["report_nouns"])
    role = _alternation(lex["author_roles"])
    paper = rf"(?:the\s+)?(?:[A-Z][\w-]+\s+)?{_PAPER_WORDS}\s+"
    return _Patterns(
        signal=re.compile(r"\b(?:" + _alternation(lex["signals"]) + r")\b", re.IGNORECASE),
        boxed=re.compile(rf"\((?P<name>{_NAME}){_PLACE},\s*{_WEEKDAY}{_DATE}\)"),
        masthead=re.compile(rf"^[ \t]*(?:(?i:{label}))?[\"“«]?(?P<name>{_NAME})[\"”»]?{_PLACE},\s*{_WEEKDAY}{_DATE}"
                            rf"{_PAGE}(?:[ \t]*\([^)\n]*\))?[ \t.]*$", re.MULTILINE),
        sentence=re.compile(rf"\b(?i:{report})\s+(?:from|of|in|by)\s+(?:{paper}|the\s+)?(?P<name>{_NAME})"
                            rf"(?:,\s*|\s+of\s+){_DATE}(?:,\s*by\s+(?:(?:its|our|their)\s+)?(?:(?i:{role})\s+)?"
                            rf"(?P<author>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){{1,2}}))?"),
        end_lines=frozenset(lex["end_lines"]),
        site_openers=tuple(lex["site_openers"]),
    )


def _alternation(words: list[str]) -> str:
    found = word_alternation(words)
    if found is None:
        raise ValueError(f"reprints lexicon: every word must start with a letter: {words}")
    return found


def find(text: str) -> ReprintVoice | None:
    """The voice of the reprinted report in `text`, or None when the text reprints nothing."""
    patterns = _patterns()
    lines = _lines(text)[:_HEAD_LINES]
    head = [(s, e) for s, e in lines if "claimledger" not in text[s:e].lower()]  # not our test-material note
    if not any(patterns.signal.search(text, s, e) for s, e in head):
        return None
    for start, end in head:
        found = _named(text, start, end, patterns)
        if found is not None:
            name_start, name_end = found
            spans = _spans(text, end, patterns)
            if spans:
                return ReprintVoice(text[name_start:name_end], name_start, name_end, spans)
    return None


def _named(text: str, start: int, end: int, patterns: _Patterns) -> tuple[int, int] | None:
    line = text[start:end]
    sentence = patterns.sentence.search(line)
    if sentence is not None and patterns.signal.search(line):
        group = "author" if sentence.group("author") else "name"
        return start + sentence.start(group), start + sentence.end(group)
    for pattern in (patterns.masthead, patterns.boxed):
        match = pattern.search(line)
        if match is not None and not _calendar_word(match.group("name")) and not _named_again(
                text, match.group("name"), end):
            return start + match.start("name"), start + match.end("name")
    return None


def _named_again(text: str, name: str, after: int) -> bool:
    """"Deir Yassin, 9 April 1948" heads a page about a place: the place comes up again in the text, while a
    paper's masthead is not repeated in its own report (other than as another masthead line)."""
    for match in re.finditer(re.escape(name), text[after:]):
        line_start = text.rfind("\n", 0, after + match.start()) + 1
        line_end = text.find("\n", after + match.end())
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if len(line.strip()) > len(name) + 40:  # a sentence, not another masthead
            return True
    return False


def _calendar_word(name: str) -> bool:
    return name.split()[-1].lower() in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _spans(text: str, after: int, patterns: _Patterns) -> tuple[tuple[int, int], ...]:
    """The lines after the paper's name that the reprint covers: up to an end line, without the site's notes."""
    spans: list[tuple[int, int]] = []
    in_note = False  # inside a bracketed note of the site that runs over several lines
    for start, end in _lines(text, after):
        line = text[start:end].strip()
        if in_note:
            in_note = "]" not in line
            continue
        if line.lower() in patterns.end_lines:
            break
        if line.lstrip("-–—[(* ").lower().startswith(patterns.site_openers):
            if line.startswith("["):
                in_note = "]" not in line  # "[Editor of X: Azerbaijan today gives ...\n... parliaments.]"
            elif len(line) < _HEADING:
                break  # "--- Editor's note (X) ---": the site speaks from here on
            continue  # "Editor's introduction: ...": one paragraph of the site's
        spans.append((start, end))
    return tuple(spans)


def _lines(text: str, start: int = 0) -> list[tuple[int, int]]:
    found = []
    for match in re.finditer(r"[^\n]+", text[start:]):
        found.append((start + match.start(), start + match.end()))
    return found

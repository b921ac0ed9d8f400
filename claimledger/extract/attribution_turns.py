"""Turns of a transcript or an interview: a line opening with a speaker's label ("MAREK:", "Q:", "QUESTION (Anna
Lisk, Kaldor Radio):", "Ms Dorn:") gives every sentence up to the next label that speaker's voice, where no cue of
its own names another.

A label counts only in a document that reads as a transcript: at least two turns, one label used twice. That keeps
a lone "NOTE:" or "Location:" line from taking over the text after it.

A speech is one long turn: a header line "Remarks by Amra Selimović, president of the Society" near the top gives
the whole text its speaker's voice.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from claimledger.extract.attribution_entities import SpeakerTable
from claimledger.extract.attribution_words import Lexicon, tokenize
from claimledger.extract.context import Attribution

# a label at the head of a line: capitalised words (or "Q"/"A"), an optional "(who, outlet)", then a colon
_LABEL = re.compile(
    r"^[ \t]*(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]+)?"  # a timestamp first: "[00:01:08] ILSE VARGA:"
    r"(?P<label>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})"
    r"(?P<role>(?:,[ \t]+[A-Z][A-Z.'’-]*(?:[ \t]+[A-Z][A-Z.'’-]*){0,4}){1,3})?"  # ", SURGEON, AGDAM HOSPITAL"
    r"[ \t]*(?:\((?P<aside>[^()\n]{2,80})\))?[ \t]*:(?:[ \t]+|[ \t]*\n[ \t]*)(?=\S)",  # text on, or under, its line
    re.MULTILINE,
)
_MIN_TURNS = 2
# a comment's head line: who, a separator, and when ("Ion_from_Chisinau · 19 June 2024 at 21:14")
_COMMENT_HEAD = re.compile(
    r"^[ \t]*(?P<name>[^\W\d][^\n·•|]{0,38}?)[ \t]+[·•|][ \t]+(?:\d{1,2}[ \t]+[A-Za-z]{3,9}\.?,?[ \t]+\d{4}|"
    r"[A-Za-z]{3,9}\.?[ \t]+\d{1,2},?[ \t]+\d{4}|\d{4}-\d{2}-\d{2})"
    r"(?:,?[ \t]+(?:at[ \t]+)?\d{1,2}[:.]\d{2}\b)?[^\n]{0,20}$",
    re.MULTILINE,
)
# a channel's name on the line above its count of subscribers; a post forwarded from another channel
_CHANNEL_HEAD = re.compile(r"^[ \t]*(?P<name>[^\n]{2,60}?)[ \t]*\n[ \t]*[\d.,]+[KkMm]?[ \t]+(?:subscribers|members|"
                           r"followers)[ \t]*$", re.MULTILINE)
_FORWARDED = re.compile(r"^[ \t]*Forwarded from[ \t]+(?P<name>[^\n]{2,60}?)[ \t]*$", re.MULTILINE)
_BYLINE_WORDS = frozenset({"by", "posted", "updated", "published", "written", "from", "last", "edited", "created"})
_AUTHOR_MARK = re.compile(r"\((?:author|admin|moderator|op)\)", re.IGNORECASE)
_HEADER_LINES = 8
_NAME = r"[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|de|van|von|al|el|bin|ibn)){1,4}"


@cache
def _header_pattern(openers: frozenset[str]) -> re.Pattern[str]:
    """A speech header's line: the opener in any case ("REMARKS BY"), the name capitalised ("Address of the
    Conference" names no one)."""
    words = "|".join(re.escape(w) for w in sorted(openers, key=len, reverse=True))
    return re.compile(rf"^[ \t]*(?i:{words})[ \t]+(?i:by|of)[ \t]+(?P<name>{_NAME})[ \t]*(?:,|$)", re.MULTILINE)


def _plain_name(name: str) -> str:
    """A channel's name without its emoji and marks: "Vinnytsia Live 🇺🇦" -> "Vinnytsia Live"."""
    return " ".join(re.sub(r"[^\w\s'’.&-]", " ", name).split())


@dataclass(frozen=True)
class Turn:
    start: int  # offset of the label
    label: str  # as written: "MAREK", "QUESTION (Anna Lisk)"
    speaker: str | None  # None: a turn whose speaker is not named ("Q:"), the document's own voice
    label_at: int = -1  # where the label stands, when the turn resumes an earlier one's voice (else `start`)


class TurnIndex:
    def __init__(self, text: str, lex: Lexicon, speakers: SpeakerTable) -> None:
        self.text = text
        self.lex = lex
        self.speakers = speakers
        spoken = self._find()
        self.dialogue = bool(spoken)  # turns of speech, as against a question's parts or a thread's comments
        self.turns = spoken or self._bylines() or self._comments() or self._channels()
        self.starts = [t.start for t in self.turns]
        self.header = self._header_speaker() if not self.turns else None

    def _find(self) -> list[Turn]:
        found = [(m, m.group("label")) for m in _LABEL.finditer(self.text) if self._is_label(m.group("label"))]
        labels = [label.lower() for _, label in found]
        if len(found) < _MIN_TURNS or len(set(labels)) == len(labels):
            return []  # not a transcript: no speaker takes a second turn
        return [Turn(m.start("label"), self.text[m.start("label"):m.end() - 1].rstrip(": \t"), self._speaker(m))
                for m, _ in found]

    def _bylines(self) -> list[Turn]:
        """"Asked by Teodor Vasko (Northern Plains)" ... "Answered by Lidia Morant, Minister of State": each part of
        a written question and answer in the voice of the one its line names."""
        words = "|".join(re.escape(w) for w in sorted(self.lex.section_bylines, key=len, reverse=True))
        pattern = re.compile(rf"^[ \t]*(?i:{words})[ \t]+(?i:by)[ \t]+(?P<name>{_NAME})[ \t]*(?:[,(]|$)",
                             re.MULTILINE)
        return [Turn(m.start(), self.text[m.start():m.end("name")].strip(), m.group("name"))
                for m in pattern.finditer(self.text)]

    def _comments(self) -> list[Turn]:
        """"Anna T. · 20 June 2024 at 08:02": the head of a reader's comment or a forum post, its text the
        commenter's own, up to the next head. Two heads at least, as in any thread."""
        found = [m for m in _COMMENT_HEAD.finditer(self.text)
                 if m.group("name").split()[0].lower() not in _BYLINE_WORDS]  # not "By X | 27 May 2023"
        if len(found) < _MIN_TURNS:
            return []
        return [Turn(m.start(), self.text[m.start():m.end("name")], _AUTHOR_MARK.sub("", m.group("name")).strip())
                for m in found]

    def _channels(self) -> list[Turn]:
        """A messaging channel's posts ("Vinnytsia Live\n48.2K subscribers") are the channel's; a post "Forwarded
        from X" is X's up to its end (a blank line), after which the channel speaks again."""
        heads = [Turn(m.start("name"), m.group("name"), _plain_name(m.group("name")))
                 for m in _CHANNEL_HEAD.finditer(self.text)]
        forwards = [(m, self.text.find("\n\n", m.end())) for m in _FORWARDED.finditer(self.text)]
        if not heads and not forwards:
            return []
        turns = list(heads)
        for m, end in forwards:
            turns.append(Turn(m.start(), m.group(0).strip(), _plain_name(m.group("name"))))
            channel = next((h for h in reversed(heads) if h.start < m.start()), None)
            if end >= 0:  # the post ends at a blank line: its channel speaks again
                turns.append(Turn(end + 2, channel.label if channel else "", channel.speaker if channel else None,
                                  channel.start if channel else -1))
        return sorted(turns, key=lambda t: t.start)

    def _is_label(self, label: str) -> bool:
        words = label.split()
        low = label.lower()
        if low in self.lex.turn_questions or low in self.lex.turn_answers:
            return True
        if low in self.lex.not_line_sources or low in self.lex.row_labels or low in self.lex.not_names:
            return False
        if words[0].lower() in self.lex.not_turn_openers:
            return False  # "DEAR ABBY:", "EDITOR'S NOTE:"
        return all(w[:1].isupper() for w in words) and (label.isupper() or len(words) >= 2)

    def _speaker(self, m: re.Match[str]) -> str | None:
        label, aside = m.group("label"), m.group("aside")
        low = label.lower()
        if low in self.lex.turn_questions:
            # "QUESTION (Anna Lisk, Kaldor Radio):" -- the journalist asking
            return aside.split(",")[0].strip() or None if aside else None
        if low in self.lex.turn_answers:
            return None
        name = label.title() if label.isupper() else label  # "MAREK" -> "Marek", found in the document
        tokens = tokenize(name, 0, len(name))
        resolved = self.speakers.resolve([t._replace(start=t.start + m.start("label"), end=t.end + m.start("label"))
                                          for t in tokens], m.start("label")) if tokens else None
        full = self._full_name(resolved or name)
        described = bool(m.group("aside") or m.group("role"))  # "ALAN (resident, 61)": a person, not an acronym
        return full.title() if full.isupper() and (" " in full or described) else full  # "RASIM GULIYEV"

    def _full_name(self, name: str) -> str:
        """"Marek" -> "Teodor Marek" when the document names him in full anywhere (a transcript's header)."""
        low = name.lower()
        longer = [m.text for m in self.speakers.mentions if low in m.text.lower().split() and m.text != name]
        people = [text for text in longer if len(text.split()) <= 4]
        if not people:
            return name
        best = min(people, key=len)
        words = best.split()
        # "Ministry spokesperson Teodor Marek": the name from its first name on
        at = next((i for i, w in enumerate(words) if w.lower() == low), len(words) - 1)
        first = at
        while first > 0 and words[first - 1][:1].isupper() and words[first - 1].lower() not in self.lex.role_words:
            first -= 1
        return " ".join(words[first:at + 1])

    def _header_speaker(self) -> Attribution | None:
        """"Remarks by Amra Selimović, president of ...": a speech's speaker, named in the header."""
        pattern = _header_pattern(self.lex.speech_headers)
        lines_end = 0
        for _ in range(_HEADER_LINES):
            nxt = self.text.find("\n", lines_end + 1)
            lines_end = len(self.text) if nxt < 0 else nxt
        m = pattern.search(self.text, 0, lines_end)
        if m is None or any(w.lower() in self.lex.role_words for w in m.group("name").split()):
            return None  # "Statement by the Ministry ...": a body's statement is its publisher's voice
        return Attribution(m.group("name"), self.text[m.start("name"):m.end("name")], m.start("name"))

    def speaker_at(self, offset: int) -> Attribution | None:
        """The speaker of the turn holding `offset`, if the document is a transcript and the turn names one, or the
        speaker a speech's header names."""
        i = bisect_right(self.starts, offset) - 1
        if i < 0:
            header = self.header
            return header if header is not None and offset > (header.attribution_start or 0) else None
        turn = self.turns[i]
        if turn.speaker is None:
            return None
        return Attribution(turn.speaker, turn.label, turn.label_at if turn.label_at >= 0 else turn.start)

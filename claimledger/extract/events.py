"""Which event a span belongs to.

The document's main event is the place it most often names with an event noun ("Khojaly massacre", "the siege
of Sarajevo", "Srebrenica genocide"; the title counts double), spelled as `lexicons/events.toml` joins it, or as
the document writes it when the table does not know the place. A sentence moves to another event when it names
one (another place's massacre, a war by name or year: "During the 2020 war", "the Second Karabakh War") or a
wider frame ("throughout the conflict", "since 1988"); the move lasts to the end of its paragraph, or until the
main event is named again.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache, cached_property
from typing import TYPE_CHECKING

from claimledger.lexicons import load

if TYPE_CHECKING:
    from claimledger.extract.context import DocContext

_PLACE = r"[A-Z\u00C0-\u024F\u0400-\u04FF][\w'’\u0300-\u036f-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,2}"
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _fold(s: str) -> str:
    """Case- and accent-free key: Xocalı and Xocali, Hocalı and Hocali meet."""
    s = s.replace("ı", "i").replace("İ", "I")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()


@dataclass(frozen=True)
class _Lexicon:
    place_first: re.Pattern[str]
    noun_first: re.Pattern[str]
    war_name: re.Pattern[str]
    wider: re.Pattern[str]
    alias: dict[str, str]
    not_places: frozenset[str]


@cache
def _lexicon() -> _Lexicon:
    lex = load("events")
    nouns = "|".join(sorted(lex["event_nouns"], key=len, reverse=True))
    wars = "|".join(sorted(lex["war_nouns"], key=len, reverse=True))
    alias = {}
    for name, spellings in lex["aliases"].items():
        for spelling in [name, *spellings]:
            alias[_fold(spelling)] = name.replace("_", " ")
    return _Lexicon(
        place_first=re.compile(rf"(?P<place>{_PLACE})\s+(?P<noun>{nouns})\b"),
        noun_first=re.compile(rf"\b(?P<noun>{nouns})\s+(?:of\s+(?:[\w-]+\s+){{1,3}}?(?:in|at)\s+|(?:of|in|at|on)\s+)(?:the\s+)?(?:(?:town|city|village|"
                              rf"settlement|district|region)\s+of\s+)?(?P<place>{_PLACE})"),
        war_name=re.compile(rf"\b(?P<name>(?:(?i:the\s+)?(?:19|20)\d\d\s+|\d+-day\s+|(?i:first|second|third)\s+)?"
                            rf"(?:[A-Z][\w'’-]+\s+){{0,3}}(?i:{wars}))\b"),
        wider=re.compile("|".join(f"(?:{w})" for w in lex["wider_frame"]), re.IGNORECASE),
        alias=alias,
        not_places=frozenset(_fold(w) for w in lex["not_places"]),
    )


@dataclass(frozen=True)
class EventMention:
    start: int
    end: int
    key: str  # folded place, the identity
    name: str  # what to report


class EventResolver:
    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx

    @cached_property
    def mentions(self) -> list[EventMention]:
        lex = _lexicon()
        text = self.ctx.text
        found: dict[tuple[int, int], EventMention] = {}
        for pattern in (lex.place_first, lex.noun_first):
            for m in pattern.finditer(text):
                place = self._place(m.group("place"))
                if place is None:
                    continue
                key, name = place
                found[(m.start(), m.end())] = EventMention(m.start(), m.end(), key, name)
        return sorted(found.values(), key=lambda e: e.start)

    def _place(self, raw: str) -> tuple[str, str] | None:
        lex = _lexicon()
        words = raw.split()
        while words and _fold(words[0]) in lex.not_places:
            words = words[1:]
        while words and _fold(words[-1]) in lex.not_places:
            words = words[:-1]
        if not words:
            return None
        place = " ".join(words).rstrip("'’s").rstrip("'’")
        key = _fold(place)
        if key in lex.alias:
            return _fold(lex.alias[key]), lex.alias[key]
        for word in words:  # "Khojaly town" / "Khojali tragedy"
            if _fold(word) in lex.alias:
                return _fold(lex.alias[_fold(word)]), lex.alias[_fold(word)]
        return key, place

    @cached_property
    def main(self) -> str | None:
        counts: Counter[str] = Counter()
        names: dict[str, str] = {}
        title_end = self.ctx.sentence_spans[0][1] if self.ctx.sentence_spans else 0
        for e in self.mentions:
            counts[e.key] += 2 if e.start < title_end else 1
            names.setdefault(e.key, e.name)
        if counts:
            key, _ = counts.most_common(1)[0]
            return names[key]
        wars = Counter(m.group("name").strip() for m in _lexicon().war_name.finditer(self.ctx.text)
                       if m.group("name")[:1].isupper() or m.group("name")[:1].isdigit())
        return wars.most_common(1)[0][0] if wars else None

    @cached_property
    def _main_key(self) -> str | None:
        return _fold(self.main) if self.main else None

    @cached_property
    def war(self) -> str | None:
        """The war or conflict the document names most: the wider frame figures belong to."""
        names: Counter[str] = Counter()
        for m in _lexicon().war_name.finditer(self.ctx.text):
            name = re.sub(r"^the\s+", "", m.group("name").strip(), flags=re.IGNORECASE)
            if len(name.split()) >= 2 and name[:1].isupper() and not _YEAR.match(name):
                names[name] += 1
        return names.most_common(1)[0][0] if names else None

    @cached_property
    def _main_years(self) -> set[str]:
        years: Counter[str] = Counter()
        key = self._main_key
        for e in self.mentions:
            if e.key == key:
                lo, hi = self.ctx.sentence_spans[self.ctx.sentence_index(e.start)]
                years.update(_YEAR.findall(self.ctx.text, lo, hi))
        return {y for y, _ in years.most_common(2)}

    @cached_property
    def _main_place(self) -> re.Pattern[str] | None:
        """The main place by any of its spellings, bare ("in Khojaly", "Xocalı residents")."""
        if self._main_key is None:
            return None
        spellings = [k for k, v in _lexicon().alias.items() if _fold(v) == self._main_key] or [self._main_key]
        return re.compile(r"\b(?:" + "|".join(re.escape(s) for s in spellings) + r")\b")

    def _names_main_place(self, lo: int, hi: int) -> bool:
        pattern = self._main_place
        return bool(pattern and pattern.search(_fold(self.ctx.text[lo:hi])))

    def _sentence_event(self, index: int) -> str | None | bool:
        """The event a sentence names by itself: a name, None for the main event, False when it names none."""
        lo, hi = self.ctx.sentence_spans[index]
        text = self.ctx.text
        named = [e for e in self.mentions if lo <= e.start < hi]
        if any(e.key == self._main_key for e in named) or self._names_main_place(lo, hi):
            return None
        if named:
            return named[0].name
        for m in _lexicon().war_name.finditer(text, lo, hi):
            name = m.group("name").strip()
            year = _YEAR.search(name)
            ordinal = re.match(r"(?:the\s+)?(?:Second|Third)\b", name, re.IGNORECASE)
            if (year and year.group(0) not in self._main_years) or ordinal or re.search(r"\d+-day", name):
                return re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
        if _lexicon().wider.search(text, lo, hi):
            return self.war or "the conflict"
        return False

    @cached_property
    def _by_sentence(self) -> list[str | None]:
        out: list[str | None] = []
        current: str | None = self.main
        text = self.ctx.text
        prev_end = 0
        for i, (lo, hi) in enumerate(self.ctx.sentence_spans):
            if "\n\n" in text[prev_end:lo].replace("\r", "") or re.search(r"\n\s*\n", text[prev_end:lo]):
                current = self.main  # a new paragraph starts on the main event again
            named = self._sentence_event(i)
            if named is None:
                current = self.main
            elif named is not False:
                current = str(named)
            out.append(current)
            prev_end = hi
        return out

    def event_for(self, start: int, end: int) -> str | None:
        if not self.ctx.sentence_spans:
            return self.main
        index = self.ctx.sentence_index(start)
        lo, _ = self.ctx.sentence_spans[index]
        named = [e for e in self.mentions if lo <= e.start < start]
        others = [e for e in named if e.key != self._main_key]
        if others:  # the sentence names two events: the figure goes with the one named last before it
            last = named[-1]
            main_after = self._main_place is not None and self._main_place.search(
                _fold(self.ctx.text[last.end:start]))
            if last.key != self._main_key and not main_after:
                return last.name
        return self._by_sentence[index]

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
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from typing import TYPE_CHECKING

from claimledger.extract.wordscan import by_first_letter, word_alternation
from claimledger.lexicons import load

if TYPE_CHECKING:
    from claimledger.extract.context import DocContext

_PLACE = r"[A-Z\u00C0-\u024F\u0400-\u04FF][\w'’\u0300-\u036f-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w'’-]*){0,2}"
_WAR_PLACE_AFTER = re.compile(r"[ \t]+(?:over|in|of|on|for)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?")
_ADJECTIVE = re.compile(r"(?:ian|ish|ese|ic|ean|an)$")  # "Belarusian", "Genocidal"-like words are not places
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_ORDINAL_WAR = re.compile(r"(?:the\s+)?(?:Second|Third)\b", re.IGNORECASE)
_DAYS_WAR = re.compile(r"\d+-day")
_THE = re.compile(r"^the\s+", re.IGNORECASE)
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


@lru_cache(maxsize=8192)
def _fold(s: str) -> str:
    """Case- and accent-free key: Xocalı and Xocali, Hocalı and Hocali meet."""
    s = s.replace("ı", "i").replace("İ", "I")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()


@dataclass(frozen=True)
class _Lexicon:
    noun: re.Pattern[str]  # an event noun ("massacre"); places are looked for around it
    place_before: re.Pattern[str]
    place_after: re.Pattern[str]
    war_noun: re.Pattern[str]
    war_before: re.Pattern[str]
    wider: re.Pattern[str]
    alias: dict[str, str]
    not_places: frozenset[str]


def _words(items: list[str]) -> str:
    return "|".join(sorted(items, key=len, reverse=True))


def _nouns(items: list[str]) -> re.Pattern[str]:
    """Whole words of the list; for plain words, one branch per first letter (`wordscan`): the same matches."""
    fast = word_alternation(items) if all(re.fullmatch(r"\w+", w) for w in items) else None
    return re.compile(rf"{fast}\b" if fast is not None else rf"\b(?:{_words(items)})\b")


@cache
def _lexicon() -> _Lexicon:
    lex = load("events")
    alias = {}
    for name, spellings in lex["aliases"].items():
        for spelling in [name, *spellings]:
            alias[_fold(spelling)] = name.replace("_", " ")
    return _Lexicon(
        noun=_nouns([w.lower() for w in lex["event_nouns"]]),
        place_before=re.compile(rf"(?P<place>{_PLACE})\s+$"),
        place_after=re.compile(rf"\s+(?:of\s+(?:[\w-]+\s+){{1,3}}?(?:in|at)\s+|(?:of|in|at|on)\s+)(?:the\s+)?"
                               rf"(?:(?:town|city|village|settlement|district|region)\s+of\s+)?(?P<place>{_PLACE})"),
        war_noun=_nouns([w.lower() for w in lex["war_nouns"]]),
        # on one line: a heading above names no war
        war_before=re.compile(r"(?P<pre>(?:(?i:the[ \t]+)?(?:19|20)\d\d[ \t]+|\d+-day[ \t]+"
                              r"|(?i:first|second|third)[ \t]+)?(?:[A-Z][\w'’-]+[ \t]+){0,3})$"),
        # run on lower-cased text; grouped by first letter for speed (`wordscan`), the same matches
        wider=re.compile(by_first_letter([w.lower() for w in lex["wider_frame"]])),
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
        self._states: dict[int, str | None] = {}

    @cached_property
    def _lowered(self) -> str:
        """The text in lower case for the noun scans (case-sensitive patterns on it are much faster); the text
        itself when lower case would change its length."""
        lowered = self.ctx.text.lower()
        return lowered if len(lowered) == len(self.ctx.text) else self.ctx.text

    @cached_property
    def mentions(self) -> list[EventMention]:
        lex = _lexicon()
        text = self.ctx.text
        found: list[EventMention] = []
        for noun in lex.noun.finditer(self._lowered):
            before = lex.place_before.search(text, max(0, noun.start() - 50), noun.start())
            after = lex.place_after.match(text, noun.end())
            for m, start, end in ((before, before.start() if before else 0, noun.end()),
                                  (after, noun.start(), after.end() if after else 0)):
                place = self._place(m.group("place")) if m else None
                if place is not None:
                    found.append(EventMention(start, end, *place))
        return sorted(found, key=lambda e: e.start)

    @cached_property
    def war_names(self) -> list[tuple[int, str]]:
        """(start, name) of every war or conflict the document names: "the First Karabakh War", "the 2020 war"."""
        lex = _lexicon()
        text = self.ctx.text
        out = []
        for noun in lex.war_noun.finditer(self._lowered):
            pre = lex.war_before.search(text, max(0, noun.start() - 60), noun.start())
            start = pre.start() if pre else noun.start()
            post = _WAR_PLACE_AFTER.match(text, noun.end())
            out.append((start, text[start:post.end() if post else noun.end()]))
        return out

    def _place(self, raw: str) -> tuple[str, str] | None:
        lex = _lexicon()
        words = raw.split()
        for size in range(len(words), 0, -1):  # a known spelling inside: "Бабин Яр Babi Yar", "Khojaly town"
            for i in range(len(words) - size + 1):
                key = _fold(" ".join(words[i:i + size]).rstrip("'’s").rstrip("'’"))
                if key in lex.alias:
                    return _fold(lex.alias[key]), lex.alias[key]
        while words and (_fold(words[0]) in lex.not_places or words[0].isupper() and len(words) > 1):
            words = words[1:]  # "TBILISI Sukhumi": a dateline in capitals
        while words and (_fold(words[-1]) in lex.not_places or words[-1].isupper() and len(words) > 1):
            words = words[:-1]
        if not words or _fold(words[0]) in lex.not_places or (len(words) == 1 and _ADJECTIVE.search(words[0])):
            return None
        place = " ".join(words).rstrip("'’s").rstrip("'’")
        return _fold(place), place

    @cached_property
    def main(self) -> str | None:
        counts: Counter[str] = Counter()
        names: dict[str, str] = {}
        spans = self.ctx.sentence_spans
        title_end = spans[min(2, len(spans) - 1)][1] if spans else 0  # the title, or a title under a menu line
        for e in self.mentions:
            counts[e.key] += 3 if e.start < title_end else 1
            names.setdefault(e.key, e.name)
        if counts:
            key, _ = counts.most_common(1)[0]
            return names[key]
        wars = Counter(name.strip() for _, name in self.war_names
                       if (name[:1].isupper() or name[:1].isdigit()) and len(_THE.sub("", name.strip()).split()) > 1
                       and not name.isupper())  # "HELSINKI WATCH CONFLICT ...": a heading in capitals
        return wars.most_common(1)[0][0] if wars else None

    @cached_property
    def _main_key(self) -> str | None:
        return _fold(self.main) if self.main else None

    @cached_property
    def war(self) -> str | None:
        """The war or conflict the document names most: the wider frame figures belong to."""
        names: Counter[str] = Counter()
        for _, raw in self.war_names:
            name = _THE.sub("", raw.strip())
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
        if self._main_key is None or self.main is None:
            return None
        lex = load("events")["aliases"]
        spellings = [self.main]
        for name, forms in lex.items():
            if _fold(name.replace("_", " ")) == self._main_key:
                spellings += forms
        alternation = "|".join(re.escape(s) for s in sorted(set(spellings), key=len, reverse=True))
        return re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE)

    @cached_property
    def _main_hits(self) -> list[int]:
        pattern = self._main_place
        return [m.start() for m in pattern.finditer(self.ctx.text)] if pattern else []

    def _names_main_place(self, lo: int, hi: int) -> bool:
        hits = self._main_hits
        i = bisect_left(hits, lo)
        return i < len(hits) and hits[i] < hi

    @cached_property
    def _other_wars(self) -> tuple[list[int], list[str]]:
        """Wars named by another year or an ordinal ("the 2020 war", "Second Karabakh War", "44-day war")."""
        starts: list[int] = []
        names: list[str] = []
        for start, raw in self.war_names:
            name = raw.strip()
            year = _YEAR.search(name)
            ordinal = _ORDINAL_WAR.match(name)
            named = any(w[:1].isupper() for w in _THE.sub("", name).split()[:-1]) or " " in _THE.sub("", name)
            is_main = self._main_key is not None and self._main_key in _fold(name)
            if not is_main and ((year and year.group(0) not in self._main_years) or ordinal
                                or _DAYS_WAR.search(name) or named):
                starts.append(start)
                names.append(_THE.sub("", name))
        return starts, names

    def _sentence_event(self, index: int) -> str | None | bool:
        """The event a sentence names by itself: a name, None for the main event, False when it names none."""
        lo, hi = self.ctx.sentence_spans[index]
        named = self._mentions_between(lo, hi)
        if any(e.key == self._main_key for e in named) or self._names_main_place(lo, hi):
            return None
        if named:
            return named[0].name
        starts, names = self._other_wars
        i = bisect_left(starts, lo)
        if i < len(starts) and starts[i] < hi:
            return names[i]
        if _lexicon().wider.search(self._lowered, lo, hi):
            return self.war or "the conflict"
        return False

    def _state(self, index: int) -> str | None:
        """The event sentence `index` speaks of: its own, or the one its paragraph moved to before it."""
        chain: list[int] = []
        state: str | None = self.main
        text = self.ctx.text
        i = index
        while True:
            if i in self._states:
                state = self._states[i]
                break
            chain.append(i)
            named = self._sentence_event(i)
            if named is not False:
                state = self.main if named is None else str(named)
                break
            lo = self.ctx.sentence_spans[i][0]
            prev_end = self.ctx.sentence_spans[i - 1][1] if i else 0
            if i == 0 or _BLANK_LINE.search(text, prev_end, lo):
                state = self.main  # a new paragraph starts on the main event again
                break
            i -= 1
        for j in chain:
            self._states[j] = state
        return state

    @cached_property
    def _mention_starts(self) -> list[int]:
        return [e.start for e in self.mentions]

    def _mentions_between(self, lo: int, hi: int) -> list[EventMention]:
        return self.mentions[bisect_left(self._mention_starts, lo):bisect_left(self._mention_starts, hi)]

    def event_for(self, start: int, end: int) -> str | None:
        if not self.ctx.sentence_spans:
            return self.main
        index = self.ctx.sentence_index(start)
        lo, _ = self.ctx.sentence_spans[index]
        named = self._mentions_between(lo, start)
        others = [e for e in named if e.key != self._main_key]
        if others:  # the sentence names two events: the figure goes with the one named last before it
            last = named[-1]
            main_after = self._names_main_place(last.end, start)
            if last.key != self._main_key and not main_after:
                return last.name
        return self._state(index)

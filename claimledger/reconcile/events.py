"""Event names folded into events: aliases, label stripping, fuzzy matching, and the user's merges and splits.

"Khojaly massacre", "the Khojali genocide" and "Xocalı tragedy (1992)" are one event: the label is a claim of
its speaker, never part of the event's identity.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from rapidfuzz import fuzz

from claimledger import lexicons

NO_EVENT = "(no event)"
# "(1992)": a year in brackets only dates the name; a year in the name ("2020 Karabakh war") tells events apart
_YEAR = re.compile(r"\(\s*(?:1[5-9]\d\d|20\d\d)(?:\s*[-–]\s*\d{2,4})?\s*\)")
_PUNCT = re.compile(r"[^\w\s-]|_")


@dataclass(frozen=True)
class EventEdits:
    """The user's corrections: `merges` maps a name (any spelling) onto an event; `splits` are names, as
    written, that stay events of their own, never joined by label stripping, alias or fuzzy matching."""

    merges: Mapping[str, str] = field(default_factory=dict)
    splits: frozenset[str] = frozenset()


@cache
def _labels_pattern() -> re.Pattern[str]:
    labels, _, _, _, _, _ = _lexicon()
    return re.compile(r"\b(?:" + "|".join(re.escape(label) for label in labels) + r")\b")


@cache
def _lexicon() -> tuple[list[str], frozenset[str], dict[str, str], dict[str, str], int, int]:
    data = lexicons.load("event_aliases")
    labels = sorted((lbl.lower() for lbl in data.get("labels", [])), key=len, reverse=True)
    fold = dict(data.get("fold", {}))
    aliases: dict[str, str] = {}
    for canonical, spellings in data.get("aliases", {}).items():
        for name in [canonical, *spellings]:
            aliases[_fold(name, fold).lower()] = canonical
    return (labels, frozenset(data.get("stopwords", [])), aliases, fold,
            int(data.get("fuzzy_threshold", 85)), int(data.get("min_length", 5)))


@cache
def _context_pattern() -> re.Pattern[str]:
    words = lexicons.load("event_aliases").get("context_words", [])
    return re.compile(r"\s+(?:" + "|".join(re.escape(w) for w in words) + r")\s+" if words else r"(?!)")


def _fold(text: str, fold: Mapping[str, str]) -> str:
    text = "".join(fold.get(ch, ch) for ch in text)
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def event_key(name: str) -> str:
    """The comparable form of an event name: ASCII, lower case, without labels, bracketed years, framing words."""
    _, stopwords, _, fold, _, _ = _lexicon()
    text = _fold(name, fold).lower()
    text = _YEAR.sub(" ", text.replace("’s", "").replace("'s", ""))
    text = " ".join(_PUNCT.sub(" ", text).split())
    text = _context_pattern().split(text, maxsplit=1)[0]
    text = _labels_pattern().sub(" ", text)
    words = [w for w in text.split() if w not in stopwords and w.strip("-")]
    return " ".join(words)


class EventNormalizer:
    """Maps every raw event name to one event name. Build it over all names of a comparison, most frequent
    first, so the common spelling becomes the event's display name."""

    def __init__(self, names: Iterable[str | None] = (), edits: EventEdits | None = None) -> None:
        self.edits = edits or EventEdits()
        self._merges = {event_key(k) or k.lower(): v for k, v in self.edits.merges.items()}
        # a split names an event exactly as written, labels included ("Tessin killings" apart from "Tessin")
        self._splits = {_plain(s): s.strip() for s in self.edits.splits}
        self._by_key: dict[str, str] = {}  # key -> event display name
        self._events: list[tuple[str, str]] = []  # (key, display) of each event, for fuzzy matching
        counts = Counter(n for n in names if n and n.strip())
        for name, _ in counts.most_common():
            self.normalize(name)

    def normalize(self, name: str | None) -> str:
        if not name or not name.strip():
            return NO_EVENT
        if _plain(name) in self._splits:
            return self._splits[_plain(name)]
        key = event_key(name)
        if not key:  # only a label ("the genocide"): nothing names the event
            return NO_EVENT
        if key in self._by_key:
            return self._by_key[key]
        event = self._resolve(key, name)
        self._by_key[key] = event
        return event

    def _resolve(self, key: str, name: str) -> str:
        _, _, aliases, _, threshold, min_length = _lexicon()
        if key in self._merges:
            return self._merges[key]
        canonical = aliases.get(key) or self._alias_within(key, aliases)
        if canonical:
            return self._new(key, canonical) if canonical not in {d for _, d in self._events} else canonical
        if len(key) >= min_length:
            for known_key, display in self._events:
                if len(known_key) < min_length:
                    continue
                if fuzz.ratio(key, known_key) >= threshold:
                    return display
        return self._new(key, _display(name))

    @staticmethod
    def _alias_within(key: str, aliases: Mapping[str, str]) -> str | None:
        """"khojaly town" or "khojali village" name the aliased place with a framing noun."""
        words = key.split()
        for size in range(len(words), 0, -1):
            for i in range(len(words) - size + 1):
                hit = aliases.get(" ".join(words[i:i + size]))
                if hit and size >= len(words) - 1:
                    return hit
        return None

    def _new(self, key: str, display: str) -> str:
        self._events.append((key, display))
        return display

    def mentions(self) -> list[tuple[re.Pattern[str], str]]:
        """Patterns that find a known event named in a sentence, longest names first."""
        _, _, aliases, _, _, _ = _lexicon()
        known = {d for _, d in self._events}
        names: dict[str, str] = {}
        for key, display in self._events:
            names[key] = display
        for alias_key, canonical in aliases.items():
            if canonical in known:
                names[alias_key] = canonical
        return [(re.compile(rf"\b{re.escape(k)}\b"), d) for k, d in sorted(names.items(), key=lambda kv: -len(kv[0]))]


def _plain(name: str) -> str:
    return " ".join(name.lower().split())


def _display(name: str) -> str:
    """The raw name without labels and bracketed years, in its own capitals ("Khojaly massacre (1992)" -> "Khojaly")."""
    labels, stopwords, _, _, _, _ = _lexicon()
    text = _YEAR.sub(" ", name)
    text = re.sub(r"[()\[\]\"“”‘’«»]", " ", text)
    for label in labels:
        text = re.sub(rf"\b{re.escape(label)}\b", " ", text, flags=re.IGNORECASE)
    words = text.split()
    while words and words[0].lower() in stopwords:
        words.pop(0)
    while words and words[-1].lower() in stopwords:
        words.pop()
    return " ".join(words) or name.strip()


def assign_events(rows: list[dict[str, Any]], edits: EventEdits | None = None) -> list[str]:
    """The event of each claim row: its own event name; else a known event its sentence names; else the
    event most of its document's claims are about; else NO_EVENT."""
    normalizer = EventNormalizer((r.get("event") for r in rows), edits)
    events = [normalizer.normalize(r.get("event")) for r in rows]
    patterns = normalizer.mentions()
    majority: dict[Any, Counter[str]] = {}
    for row, event in zip(rows, events, strict=True):
        if event != NO_EVENT:
            majority.setdefault(_doc_of(row), Counter())[event] += 1
    for i, row in enumerate(rows):
        if events[i] != NO_EVENT:
            continue
        sentence = event_key(row.get("sentence") or "")
        found = next((d for p, d in patterns if sentence and p.search(sentence)), None)
        if found is None and majority.get(_doc_of(row)):
            found = majority[_doc_of(row)].most_common(1)[0][0]
        events[i] = found or NO_EVENT
    return events


def _doc_of(row: dict[str, Any]) -> Any:
    return row.get("document_id", row.get("doc"))

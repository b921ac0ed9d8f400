"""The attribution lexicon compiled once, and the tokens attribution rules walk over.

Tokens keep their offsets in the document, so every phrase found maps back to exact text. A possessive stays
on its word ("town's", "Armenia’s") because "the town's mayor" is one speaker phrase.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from claimledger.extract.wordscan import word_alternation
from claimledger.lexicons import load

_TOKEN = re.compile(r"[^\W\d_][\w\-]*(?:['’][sS]\b|(?<=[sS])['’](?!\w))?|\d[\d,.]*\d|\d|[^\w\s]", re.UNICODE)
# what lies between tokens is white space and "_" (every other character starts a token), so a token is found
# at the same place after its gap as by a scan for the token alone
_GAPPED_TOKEN = re.compile(r"([\s_]*)(" + _TOKEN.pattern + ")", re.UNICODE)
# a word broken at a line end by a hyphen ("spokes-\nmen" in scanned or wrapped text) is one token
_BROKEN_TAIL = re.compile(r"\n[a-z][\w\-]*(?:['’][sS]\b|(?<=[sS])['’](?!\w))?")
QUOTE_CHARS = "\"“”«»„‘’"
YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b")  # a year in a token or a text: "1988", "2017"


class Token(NamedTuple):
    """One word or mark with its offsets (a named tuple: tokens are made by the hundred thousand)."""

    text: str
    start: int
    end: int
    low: str  # lower case, computed once: rules compare it many times

    @property
    def is_cap(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalpha()

    @property
    def base(self) -> str:
        """The word without its possessive: "ministry's" -> "ministry" (and without a line-end hyphen)."""
        text = self.text.replace("-\n", "") if "\n" in self.text else self.text
        if len(text) > 2 and text[-2] in "'’" and text[-1] in "sS":
            return text[:-2]
        if len(text) > 2 and text[-1] in "'’":
            return text[:-1]  # "survivors'"
        return text

    @property
    def is_possessive(self) -> bool:
        text = self.text
        if "\n" not in text:  # the usual case: `base` differs from the text only by a cut-off possessive
            return len(text) > 2 and (text[-1] in "'’" or (text[-2] in "'’" and text[-1] in "sS"))
        return self.base != text.replace("-\n", "")


def tokenize(text: str, start: int, end: int) -> list[Token]:
    new = tuple.__new__  # skips the named tuple's argument handling: tokenising is attribution's main cost
    if text.find("-\n", start, end + 1) < 0:  # no word broken at a line end (the usual case)
        # `findall` with the gap before each token gives the offsets without a match object per token; the
        # comprehension walks `at` past each gap, then past the word (a tuple's items are evaluated in order)
        at = start
        return [new(Token, (word, (at := at + len(gap)), (at := at + len(word)), word.lower()))
                for gap, word in _GAPPED_TOKEN.findall(text, start, end)]
    out: list[Token] = []
    skip_to = -1
    for m in _TOKEN.finditer(text, start, end):
        a, b = m.span()
        if a < skip_to:
            continue  # the second half of a broken word, already joined
        word = m.group()
        if word[-1] == "-" and text[b:b + 1] == "\n":
            tail = _BROKEN_TAIL.match(text, b, end)
            if tail is not None:
                b = skip_to = tail.end()
                word = text[a:b]
                out.append(new(Token, (word, a, b, word.lower().replace("-\n", ""))))
                continue
        out.append(new(Token, (word, a, b, word.lower())))
    return out


def _phrases(words: list[str]) -> tuple[tuple[str, ...], ...]:
    """Multi-word entries as token tuples, longest first so the longest match wins."""
    return tuple(sorted({tuple(w.split()) for w in words}, key=len, reverse=True))


def by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases indexed by their first word, so a token is tried only against the phrases it can open."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        index.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(found) for word, found in index.items()}


@dataclass(frozen=True)
class Lexicon:
    speech_verbs: frozenset[str]
    speech_phrases: tuple[tuple[str, ...], ...]  # "pointed out"
    weak_verbs: frozenset[str]
    plural_only: frozenset[str]
    weak_followers: tuple[tuple[str, ...], ...]
    auxiliaries: frozenset[str]
    citing: frozenset[str]
    label_verbs: frozenset[str]
    titles: frozenset[str]
    own_voice: frozenset[str]
    own_voice_roles: frozenset[str]
    one_sentence_verbs: frozenset[str]
    evidence_nouns: frozenset[str]
    recovery_verbs: frozenset[str]
    recovery_deeds: frozenset[str]
    relay_verbs: frozenset[str]
    member_nouns: frozenset[str]
    invertible_verbs: frozenset[str]
    not_reports: tuple[tuple[str, ...], ...]
    person_roles: frozenset[str]
    clause_participles: frozenset[str]
    prepositions: tuple[tuple[str, ...], ...]
    source_nouns: frozenset[str]
    number_nouns: frozenset[str]
    document_nouns: frozenset[str]
    issuing_verbs: frozenset[str]
    role_words: frozenset[str]
    modifier_words: frozenset[str]
    not_names: frozenset[str]
    connectors: frozenset[str]
    determiners: frozenset[str]
    person_pronouns: frozenset[str]
    organisation_pronouns: frozenset[str]
    any_pronouns: frozenset[str]
    organisation_heads: frozenset[str]
    generic_organisation_nouns: frozenset[str]
    background_openers: tuple[str, ...]
    continuation_openers: tuple[str, ...]
    row_labels: frozenset[str]
    generic_tails: frozenset[str]
    not_parenthesised: frozenset[str]
    preposition_index: dict[str, tuple[tuple[str, ...], ...]]
    speech_phrase_index: dict[str, tuple[tuple[str, ...], ...]]
    follower_index: dict[str, tuple[tuple[str, ...], ...]]
    not_report_index: dict[str, tuple[tuple[str, ...], ...]]
    trigger: re.Pattern[str]  # any word that can start a cue: sentences without one are skipped
    trigger_words: frozenset[str]
    date: re.Pattern[str]  # a day and month: "26 February", "Feb. 26"
    month_words: frozenset[str] = frozenset()
    frame_prepositions: frozenset[str] = frozenset()
    frame_openers: tuple[str, ...] = ()
    not_line_sources: frozenset[str] = frozenset()
    by_manner_verbs: frozenset[str] = frozenset()
    trailing_junk: frozenset[str] = frozenset()  # words a speaker name never ends with
    calendar_words: frozenset[str] = frozenset()  # weekdays and months
    place_nouns: frozenset[str] = frozenset()  # "village" in "the village of X"
    frame_starts: frozenset[str] = frozenset()  # first words of a sentence that may open a time frame
    single_triggers: frozenset[str] = frozenset()  # words that open a cue by themselves
    phrase_triggers: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)  # the others' phrases
    amount_verbs: frozenset[str] = frozenset()  # weak verbs that report with an amount after them
    authoring_participles: frozenset[str] = frozenset()  # "lists kept by X", "figures compiled by X"
    amount_openers: frozenset[str] = frozenset()  # first words of qualifiers: "of up to 1,000", "of some 200"
    person_suffixes: tuple[str, ...] = ()  # endings of person nouns: "negotiator", "defenders"
    not_person_nouns: frozenset[str] = frozenset()  # words with those endings that name no person
    telling_verbs: frozenset[str] = frozenset()  # plain verbs of saying that take a common-noun subject
    naming_words: frozenset[str] = frozenset()  # "who gave his name as X", "who asked to be called X"
    authoring_adverbs: frozenset[str] = frozenset()  # "compiled later by X"
    delayed_of_verbs: frozenset[str] = frozenset()  # "spoke (at first) of": the particle may come later
    amount_words: frozenset[str] = frozenset()  # number words that open an amount: "hundreds", "dozens"
    object_followers: tuple[tuple[str, ...], ...] = ()  # right after a weak verb: "found the bodies of"
    hearing_verbs: frozenset[str] = frozenset()  # "were told (by X) that": the teller, else the hearer, relays
    naming_participles: frozenset[str] = frozenset()  # "identified only as X": a name given, not a report
    turn_questions: frozenset[str] = frozenset()  # transcript labels of a question: "Q:", "QUESTION (X):"
    turn_answers: frozenset[str] = frozenset()  # transcript labels of an unnamed answer: "A:"
    not_turn_openers: frozenset[str] = frozenset()  # "DEAR ABBY:", "NOTE:": line labels that name no speaker
    described_places: frozenset[str] = frozenset()  # "doctors in the regional capital"
    figure_modifiers: frozenset[str] = frozenset()  # "the civilian toll": what is counted, not who counts
    speech_headers: frozenset[str] = frozenset()  # "Remarks by X": a speech's header naming its speaker
    source_column_heads: frozenset[str] = frozenset()  # "Source  Killed  Deported": a table of sources' rows
    section_bylines: frozenset[str] = frozenset()  # "Answered by X": a line giving the text after it X's voice
    day_parts: frozenset[str] = frozenset()  # "evening", "morning": words of a time phrase opening a sentence
    agentless_report: re.Pattern[str] | None = None  # "were also reported killed": hearsay the writer relays
    plural_nouns: frozenset[str] = frozenset()  # plurals without an s: "police", "people"
    progressive_verbs: frozenset[str] = frozenset()  # "the sources are saying that": a verb after "is"/"are"
    estimate_marks: frozenset[str] = frozenset()  # "(Kovalev est.)": the word after a source marking an estimate
    victim_groups: frozenset[str] = frozenset()  # "Civilians: 25,000": a row's group, not its source
    saying_participles: frozenset[str] = frozenset()  # "X questioned the count, saying that": X speaks
    # the start of every trigger in lower-cased text, for one scan per document; None: some trigger is not plain
    # ASCII letters, and CueFinder loops over every word instead
    trigger_scan: re.Pattern[str] | None = None

    @property
    def pronouns(self) -> frozenset[str]:
        return self.person_pronouns | self.organisation_pronouns | self.any_pronouns

    def is_describer(self, token: Token) -> bool:
        """A lower-case word that may stand in a speaker phrase: a role, a modifier or a source noun."""
        low = token.base.lower()
        return (low in self.role_words or low in self.modifier_words or low in self.source_nouns
                or low in self.person_roles)

    def is_name_word(self, token: Token) -> bool:
        """A capitalised word that may be (part of) a name, not a sentence opener such as "In" or "However"."""
        if not token.text[:1].isupper():  # an upper-case first character is a capitalised letter
            return False
        # an acronym in capitals is a name ("IT", "AS"), but not the pronoun "I"
        return token.base.lower() not in self.not_names or (token.text.isupper() and token.text != "I")


def _agentless_report(phrases: list[str]) -> re.Pattern[str] | None:
    """A passive report with no one named after it: "were reported killed", "was said to have fled"."""
    if not phrases:
        return None
    words = "|".join(re.escape(w.lower()) for w in sorted(phrases, key=len, reverse=True))
    return re.compile(r"\b(?:is|are|was|were|has been|have been|had been)\s+(?:also\s+|later\s+|widely\s+)?"
                      r"(?:" + words + r")\b(?![^.;]{0,40}?\bby\b)", re.IGNORECASE)


def _amount_words() -> frozenset[str]:
    """Words that open a spelled amount ("hundreds", "dozens", "two"), from the numbers lexicon."""
    numbers = load("numbers")
    words = set(numbers.get("cardinals", {})) | set(numbers.get("scales", {}))
    for phrase in list(numbers.get("vague", {})):
        words.add(phrase.lower().split()[0])
    return frozenset(w.lower() for w in words)


def _amount_openers() -> frozenset[str]:
    """The first word of every qualifier before a figure ("up to", "some", "between"), from the qualifiers lexicon."""
    qualifiers = load("qualifiers")
    phrases = list(qualifiers.get("before", {})) + list(qualifiers.get("range", {}).get("between", []))
    return frozenset(p.split()[0].lower() for p in phrases if p.strip())


def _trigger_scan(single: set[str], opening: dict[str, list[tuple[str, ...]]]) -> re.Pattern[str] | None:
    """Where a cue can start, as one regex over the lower-cased text: a single trigger as a whole word, or the
    first word of a trigger phrase whose other words follow (looked at ahead, so the next word is scanned too).
    Words are runs of letters, as `CueFinder` reads them; None when a word is not plain ASCII letters."""
    words = set(single) | {w for phrase in (p for found in opening.values() for p in found) for w in phrase}
    if not all(w.isascii() and w.isalpha() for w in words):
        return None  # lower-casing the whole text equals lower-casing each word only for such words
    gap, end = r"[\W\d_]+", r"(?![^\W\d_])"
    phrases = {}
    for first, found in opening.items():
        tails = [gap.join(map(re.escape, phrase[1:])) for phrase in found]
        phrases[first] = end if "" in tails else "(?=" + gap + "(?:" + "|".join(tails) + ")" + end + ")"
    pattern = word_alternation(single, r"[^\W\d_]", end, phrases)
    return re.compile(pattern) if pattern is not None else None


@cache
def lexicon() -> Lexicon:
    data = load("attribution")
    low = lambda key: frozenset(w.lower() for w in data.get(key, []))  # noqa: E731
    verbs = [v.lower() for v in data["speech_verbs"]]
    pronouns = data.get("pronouns", {})
    prepositions = _phrases([w.lower() for w in data.get("source_prepositions", [])])
    speech_phrases = _phrases([v for v in verbs if " " in v])
    followers = _phrases([w.lower() for w in data.get("weak_followers", [])])
    not_reports = _phrases([w.lower() for w in data.get("not_reports", [])])
    # words that open a cue by themselves, besides the verbs and prepositions
    lone = (low("number_nouns") | low("issuing_verbs") | low("delayed_of_verbs") | low("saying_participles")
            | low("progressive_verbs"))
    triggers = {v.split()[0] for v in verbs} | {p[0] for p in prepositions} | lone
    single = {v for v in verbs if " " not in v} | {p[0] for p in prepositions if len(p) == 1} | lone
    # letters-only words of each phrase, as the trigger scan sees them ("come from" -> ("come", "from"))
    phrases = [tuple(re.findall(r"[^\W\d_]+", " ".join(p))) for p in prepositions if len(p) > 1]
    phrases += [tuple(re.findall(r"[^\W\d_]+", v)) for v in verbs if " " in v]
    opening: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        if phrase and phrase[0] not in single:
            opening.setdefault(phrase[0], []).append(phrase)
    trigger = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, triggers), key=len, reverse=True)) + r")\b",
                         re.IGNORECASE)
    months = "|".join(sorted((re.escape(m) for m in data.get("months", [])), key=len, reverse=True)) or "(?!)"
    return Lexicon(
        preposition_index=by_first_word(prepositions),
        speech_phrase_index=by_first_word(speech_phrases),
        follower_index=by_first_word(followers),
        not_report_index=by_first_word(not_reports),
        trigger=trigger,
        trigger_words=frozenset(triggers),
        date=re.compile(r"\b(?:\d{1,2}\s+(?:" + months + r")\b|(?:" + months + r")\.?\s+\d{1,2}\b)", re.IGNORECASE),
        speech_verbs=frozenset(v for v in verbs if " " not in v),
        speech_phrases=_phrases([v for v in verbs if " " in v]),
        weak_verbs=low("weak_verbs"),
        plural_only=low("plural_only"),
        weak_followers=_phrases([w.lower() for w in data.get("weak_followers", [])]),
        auxiliaries=low("auxiliaries"),
        citing=low("citing_prepositions"),
        label_verbs=frozenset(w.split()[0] for w in low("label_verbs")),
        titles=low("titles"),
        own_voice=low("own_voice"),
        own_voice_roles=low("own_voice_roles"),
        one_sentence_verbs=low("one_sentence_verbs"),
        evidence_nouns=low("evidence_nouns"),
        recovery_verbs=low("recovery_verbs"),
        recovery_deeds=low("recovery_deeds"),
        relay_verbs=low("relay_verbs"),
        member_nouns=low("member_nouns"),
        invertible_verbs=low("invertible_verbs"),
        not_reports=_phrases([w.lower() for w in data.get("not_reports", [])]),
        person_roles=low("person_roles"),
        clause_participles=low("clause_participles"),
        prepositions=_phrases([w.lower() for w in data.get("source_prepositions", [])]),
        source_nouns=low("source_nouns"),
        number_nouns=low("number_nouns"),
        document_nouns=low("document_nouns"),
        issuing_verbs=low("issuing_verbs"),
        role_words=low("role_words"),
        modifier_words=low("modifier_words"),
        not_names=low("not_names"),
        connectors=low("name_connectors"),
        determiners=low("determiners"),
        person_pronouns=frozenset(w.lower() for w in pronouns.get("person", [])),
        organisation_pronouns=frozenset(w.lower() for w in pronouns.get("organisation", [])),
        any_pronouns=frozenset(w.lower() for w in pronouns.get("any", [])),
        organisation_heads=low("organisation_heads"),
        generic_organisation_nouns=low("generic_organisation_nouns"),
        background_openers=tuple(w.lower() for w in data.get("background_openers", [])),
        continuation_openers=tuple(w.lower() for w in data.get("continuation_openers", [])),
        row_labels=low("row_labels"),
        generic_tails=low("generic_source_tails"),
        not_parenthesised=low("not_parenthesised_sources"),
        month_words=low("months"),
        frame_prepositions=low("frame_prepositions"),
        frame_openers=tuple(w.lower() for w in data.get("frame_openers", [])),
        not_line_sources=low("not_line_sources"),
        by_manner_verbs=low("by_manner_verbs"),
        single_triggers=frozenset(single),
        trailing_junk=low("trailing_junk"),
        calendar_words=low("months") | low("weekdays"),
        place_nouns=low("place_nouns"),
        frame_starts=low("own_voice") | low("frame_prepositions") | low("months")
        | frozenset(w.split()[0] for w in low("frame_openers")),
        phrase_triggers={w: tuple(found) for w, found in opening.items()},
        amount_verbs=low("amount_verbs"),
        authoring_participles=low("authoring_participles"),
        hearing_verbs=low("hearing_verbs"),
        naming_participles=low("naming_participles"),
        turn_questions=low("turn_questions"),
        turn_answers=low("turn_answers"),
        not_turn_openers=low("not_turn_openers"),
        figure_modifiers=low("figure_modifiers"),
        described_places=low("described_places"),
        speech_headers=low("speech_headers"),
        section_bylines=low("section_bylines"),
        progressive_verbs=low("progressive_verbs"),
        plural_nouns=low("plural_nouns"),
        day_parts=low("day_parts"),
        source_column_heads=low("source_column_heads"),
        estimate_marks=low("estimate_marks"),
        victim_groups=low("victim_groups"),
        saying_participles=low("saying_participles"),
        object_followers=_phrases([w.lower() for w in data.get("object_followers", [])]),
        delayed_of_verbs=low("delayed_of_verbs"),
        amount_openers=_amount_openers() - low("determiners") - low("auxiliaries"),  # not "of a massacre"
        person_suffixes=tuple(w.lower() for w in data.get("person_suffixes", [])),
        not_person_nouns=low("not_person_nouns"),
        telling_verbs=low("telling_verbs"),
        naming_words=low("naming_words"),
        authoring_adverbs=low("authoring_adverbs"),
        amount_words=_amount_words(),
        trigger_scan=_trigger_scan(single, opening),
        agentless_report=_agentless_report(data.get("agentless_reports", [])),
    )

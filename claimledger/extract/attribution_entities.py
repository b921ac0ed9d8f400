"""The speakers a document names, and the resolution of short references to the fullest name it uses.

"the ministry" after "the Azerbaijani Foreign Ministry" -> that name; "Aliyeva" -> "Commissioner ... Sabina
Aliyeva"; "she" -> the last person who spoke; "the statement" -> whoever issued it; "HRW" -> "Human Rights Watch"
when the document spells it out. Names as the document writes them, never normalised across documents.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from claimledger.extract.attribution_phrases import TIME_NOUNS, content_word
from claimledger.extract.attribution_words import YEAR, Lexicon, Token, tokenize

_ACRONYM_DEF = re.compile(r"\(([A-Z][A-Za-z]*[A-Z])\)")
# inside a name written in the text; "on", "in", "at" would glue "Khojaly on Feb" together
_NAME_CONNECTORS = frozenset({"of", "for", "on", "the", "de", "du", "des", "la", "le", "von", "van", "der", "al",
                              "el", "y", "da", "di", "bin", "ibn", "&"})
_CAP = r"[A-Z\u00C0-\u00DE\u0400-\u042F][\w’'\-]*"
# "and" joins a run too, but a name crosses it only after its remit: "Commission on Hostages and Missing Persons"
_JOINERS = "|".join(sorted(_NAME_CONNECTORS - {"&"})) + "|and|&"
_REMIT_WORDS = frozenset({"of", "on", "for"})
_CAPITALISED_RUN = re.compile(_CAP + r"(?:(?:[ \t]+|[ \t]*\.[ \t]*)(?:(?:" + _JOINERS + r")[ \t]+)*" + _CAP + r")*")
_PERSON_AFTER = re.compile(r",\s*(?:\d{1,3}\s*,|who\b|aged\b)|\s*\(\d{1,3}\)")
_TRAILING_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z]*[A-Z]\)$")
_CLAUSE_VERBS = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "did", "does"})
_ROLE_AFTER = re.compile(r"[ \t]+([a-z]+)\b")
_LOOK_BACK = 400  # characters read back for the sentence a pronoun stands in
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+|\n\s*\n")
# words of a sentence, never of a name: a run in capitals holding one is a heading ("EACH PAPER ITS OWN COUNT")
_HEADING_WORDS = frozenset({"each", "every", "its", "their", "our", "own", "what", "how", "why", "who", "is", "are",
                            "was", "were", "says", "say", "this", "these", "it", "they", "we", "not", "no"})
# no one, or some unnamed part of those just mentioned: "Nobody in my party denies", "Some said"
_LATER = frozenset({"later", "subsequent", "further", "second", "final", "first", "new"})
_ANAPHORIC = frozenset({"same", "latter", "former", "earlier", "previous", "above"})
_NO_ONE = frozenset({"nobody", "none", "no-one", "noone", "neither"})
_SOME = frozenset({"some", "many", "most", "several", "few", "others", "all", "both"})
_POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her"})


@dataclass(frozen=True)
class Mention:
    text: str
    start: int
    words: frozenset[str]  # lower-case bases of its name words


@dataclass(frozen=True)
class Speaker:
    name: str
    offset: int
    is_organisation: bool
    is_person: bool


_POSSESSOR = re.compile(r"[\w\-]+['’]s\b")


@dataclass
class SpeakerTable:
    """Names in the document (built once) and the speakers met so far (grown in reading order)."""

    lex: Lexicon
    text: str
    mentions: list[Mention] = field(default_factory=list)
    by_word: dict[str, list[Mention]] = field(default_factory=dict)
    acronyms: dict[str, str] = field(default_factory=dict)
    history: list[Speaker] = field(default_factory=list)
    issuers: list[tuple[int, str, str]] = field(default_factory=list)  # (offset, document noun, issuer)
    starts: list[int] = field(default_factory=list)  # of the mentions, for bisection
    mid_sentence: set[str] = field(default_factory=set)  # words written capitalised inside a sentence: names

    def __post_init__(self) -> None:
        not_names = self.lex.not_names
        for match in _CAPITALISED_RUN.finditer(self.text):
            if match.group().lower() in not_names:
                continue  # a lone sentence opener ("The", "In"): most runs are one, and they name no one
            if match.group().isupper() and any(w in _HEADING_WORDS for w in match.group().lower().split()):
                continue  # a heading in capitals ("EACH PAPER ITS OWN COUNT"), not a name
            word = match.group()
            if word.isascii() and word.isalpha():  # one plain word (most runs): the one token tokenize would make
                self._scan([Token(word, match.start(), match.end(), word.lower())])
            else:
                self._scan(tokenize(self.text, match.start(), match.end()))
        self.starts = [m.start for m in self.mentions]
        for match in _ACRONYM_DEF.finditer(self.text):
            acronym = match.group(1)
            full = self._before(match.start(), acronym)
            if full:
                self.acronyms.setdefault(acronym, full)

    def _scan(self, tokens: list[Token]) -> None:
        """The names in one run of capitalised words (the runs are found by one regex, for speed)."""
        k = 0
        while k < len(tokens):
            if not self._name_start(tokens[k]):
                k += 1
                continue
            m = k
            while m + 1 < len(tokens):
                nxt = tokens[m + 1]
                if "\n" in self.text[tokens[m].end:nxt.start]:
                    break
                if nxt.low in self.lex.speech_verbs and (nxt.low not in self.lex.plural_only or nxt.low == "say"):
                    break  # "Ruritania Says Hundreds Died": a title-case headline's verb ends the name (a bare
                    # "State" or "Report" is a noun of the name: "Extraordinary State Commission")
                if self.lex.is_name_word(nxt) or (nxt.text == "." and len(tokens[m].text) == 1):
                    m += 1
                elif nxt.low == "and" and m + 2 < len(tokens) and any(
                        t.low in _REMIT_WORDS for t in tokens[k:m + 1]) and (
                        self.lex.is_name_word(tokens[m + 2]) or self._title_word(tokens, m + 2)) and (
                        "\n" not in self.text[tokens[m].end:tokens[m + 2].start]):
                    m += 2  # "Ministry of Labour and Social Affairs"
                elif nxt.low in _NAME_CONNECTORS and m + 2 < len(tokens) and (
                    self.lex.is_name_word(tokens[m + 2])
                    or (tokens[m + 2].low == "the" and m + 3 < len(tokens) and self.lex.is_name_word(tokens[m + 3]))
                    or self._title_word(tokens, m + 2)
                ) and "\n" not in self.text[tokens[m].end:tokens[m + 2].start]:
                    m += 2 if self.lex.is_name_word(tokens[m + 2]) or self._title_word(tokens, m + 2) else 3
                else:
                    break
                if tokens[m].is_possessive:
                    break
            self._add(tokens[k:m + 1])
            k = m + 1

    def _title_word(self, tokens: list[Token], k: int) -> bool:
        """"Commission on Hostages and Missing Persons": a capitalised word no name opens with, inside a title-case
        name that goes on to a name word."""
        if not (tokens[k].is_cap and tokens[k].is_word):
            return False
        for j in range(k + 1, min(len(tokens), k + 4)):
            if self.lex.is_name_word(tokens[j]):
                return True
            if not (tokens[j].is_cap or tokens[j].low in _NAME_CONNECTORS):
                return False
        return False

    def _name_start(self, tok: Token) -> bool:
        return self.lex.is_name_word(tok) and tok.low not in _NAME_CONNECTORS

    def _add(self, tokens: list[Token]) -> None:
        while len(tokens) > 2 and tokens[0].base.lower() in self.lex.member_nouns and tokens[1].low in ("of", "for"):
            # "Representatives of the Memorial centre" opening a sentence: the body is the name, not its members
            tokens = tokens[2:]
            while tokens and tokens[0].low in _NAME_CONNECTORS:
                tokens = tokens[1:]
        if not tokens:
            return
        start, end = tokens[0].start, tokens[-1].end
        text = self.text[start:end]
        if tokens[-1].is_possessive:
            text = tokens[-1].base.join(text.rsplit(tokens[-1].text, 1))
        # the bases of its name words (Lexicon.is_name_word inlined: each base is lower-cased once, not twice)
        not_names = self.lex.not_names
        bases = set()
        for t in tokens:
            if t.text[:1].isupper():
                low = t.base.lower()
                if low not in not_names or (t.text.isupper() and t.text != "I"):
                    bases.add(low)
        if not bases:
            return
        words = frozenset(bases)
        mention = Mention(text, start, words)
        self.mentions.append(mention)
        before = self.text[max(0, start - 3):start].rstrip(" \t")
        if before and before[-1] not in ".!?\n\"“”‘’:;]":
            self.mid_sentence.add(tokens[0].base.lower())
        for word in words:
            self.by_word.setdefault(word, []).append(mention)

    def _before(self, offset: int, acronym: str) -> str | None:
        """The name written just before "(ABC)" whose capitals spell the acronym: "Human Rights Watch (HRW)"."""
        i = bisect_right(self.starts, offset) - 1
        while i >= 0 and offset - self.mentions[i].start < 120:
            mention = self.mentions[i]
            gap = self.text[mention.start + len(mention.text):offset]
            if len(gap) <= 3 and not gap.strip():
                initials = iter(w[0] for w in mention.text.split() if w[:1].isupper())
                if all(letter in initials for letter in acronym if letter.isupper()):
                    return mention.text
                return None
            i -= 1
        return None

    # -- classification ------------------------------------------------------------------------------------
    def is_organisation(self, name: str) -> bool:
        """An organisation when a head word stands before its first "of"/"for" or at its end: "European Court
        of Human Rights", "Azerbaijani Foreign Ministry"; a person otherwise ("Commissioner ... Sabina Aliyeva")."""
        words = re.findall(r"[\w\-]+", name)
        if len(words) == 1 and words[0].isupper() and len(words[0]) > 1:
            return True
        heads = self.lex.organisation_heads
        if len(words) > 1 and words[-1].lower() in self.lex.person_roles:
            return False  # "Reuters photographer", "ministry spokesman": a person of the body
        cut = next((i for i, w in enumerate(words) if w.lower() in ("of", "for")), len(words))
        if 0 < cut < len(words) and all(w.lower() in self.lex.person_roles or w.lower() in self.lex.modifier_words
                                        for w in words[:cut]) and words[cut - 1].lower() in self.lex.person_roles:
            return False  # "spokesman for the Karabakh government", "head of the commission": its person
        return any(w.lower() in heads for w in words[:cut]) or bool(words and words[-1].lower() in heads)

    def is_person(self, name: str) -> bool:
        """A named person, or one described by a personal role ("an Armenian spokesman")."""
        if self.is_organisation(name):
            return False
        words = [w.lower() for w in re.findall(r"[\w\-]+", name)]
        return self.is_proper(name) or any(w in self.lex.person_roles for w in words)

    def is_proper(self, name: str) -> bool:
        """Names someone ("Sabina Aliyeva", "Reuters"), not a description ("Azerbaijani official")."""
        capitals = [w for w in re.findall(r"[\w\-]+", name) if w[:1].isupper()]
        return len(capitals) >= 2 or any(
            w.lower() not in self.lex.modifier_words and w.lower() not in self.lex.role_words for w in capitals
        )

    def first_proper(self) -> str | None:
        """The first speaker the document names properly: the voice a quoted headline usually belongs to."""
        return next((s.name for s in self.history if self.is_proper(s.name)), None)

    def remember(self, name: str, offset: int, person: bool = False) -> None:
        """`person`: the phrase named a person of the body ("A spokesman for the ministry"), whom "he" can mean."""
        self.history.append(Speaker(name, offset, self.is_organisation(name), person or self.is_person(name)))

    def remember_issuer(self, offset: int, noun: str, issuer: str) -> None:
        self.issuers.append((offset, noun, issuer))

    # -- resolution ----------------------------------------------------------------------------------------
    def last_speaker(self, offset: int, kind: str) -> str | None:
        for speaker in reversed(self.history):
            if speaker.offset > offset:
                continue
            if kind == "person" and not speaker.is_person:
                continue
            if kind == "organisation" and not speaker.is_organisation:
                continue
            return speaker.name
        return None

    def _last_person_speaker(self, offset: int) -> Speaker | None:
        return next((sp for sp in reversed(self.history) if sp.offset <= offset and sp.is_person), None)

    def _introduced_person(self, offset: int) -> tuple[int, str] | None:
        """The nearest earlier full name written as a person is introduced: with an age ("Olena H., 61,"), a
        relative clause ("Umm Khaled, who was twelve") or a role before it ("the survivor Anna Berg")."""
        i = bisect_right(self.starts, offset) - 1
        while i >= 0 and offset - self.mentions[i].start < 600:
            mention = self.mentions[i]
            end = mention.start + len(mention.text)
            if mention.start < offset and len(mention.words) >= 2 and self.is_person(mention.text) and (
                _PERSON_AFTER.match(self.text, end) or self._role_before(mention.start)
            ):
                return mention.start, mention.text
            i -= 1
        return None

    def _topic_person(self, offset: int) -> tuple[int, str] | None:
        """The person whose name opens the sentence before a pronoun that opens its own: the subject a reader
        takes "she" or "he" to continue ("Lederer's achievement is to set them side by side. She accepts")."""
        base = max(0, offset - _LOOK_BACK)
        before = self.text[base:offset].rstrip()
        if not before or before[-1] not in ".!?\"”":
            return None  # the pronoun does not open its sentence
        start = self._sentence_start(base, base + len(before) - 1)
        start = base if start is None else start
        i = bisect_right(self.starts, start + 2) - 1
        if i < 0 or not start <= self.mentions[i].start <= start + 2:
            return None
        mention = self.mentions[i]
        name = self.fullest(mention.words, offset) or mention.text
        surname = len(mention.words) == 1 and name.split()[-1].lower() in mention.words and len(name.split()) > 1
        # a person named by surname alone after the full name; a place keeps its whole name ("Orvel Valley")
        if not surname or not self.is_person(name):
            return None
        return mention.start, name

    def _sentence_start(self, base: int, end: int) -> int | None:
        """Where the last sentence that opens in [base, end) opens; None when no sentence ends there."""
        ends = list(_SENTENCE_END.finditer(self.text, base, end))
        return ends[-1].end() if ends else None

    def _role_before(self, start: int) -> bool:
        words = self.text[max(0, start - 30):start].split()
        return bool(words) and words[-1].lower().strip(",") in self.lex.person_roles

    def _last_named(self, offset: int, kind: str) -> str | None:
        """No one has spoken yet: the nearest earlier full name of the pronoun's kind ("Lena Marsh visited ...
        She said")."""
        i = bisect_right(self.starts, offset) - 1
        while i >= 0 and offset - self.mentions[i].start < 600:
            mention = self.mentions[i]
            if len(mention.words) >= 2 and mention.start < offset:
                if kind == "person" and self.is_person(mention.text):
                    return mention.text
                if kind == "organisation" and self.is_organisation(mention.text):
                    return mention.text
            i -= 1
        return None

    def issuer(self, noun: str, offset: int) -> str | None:
        before = [(o, n, who) for o, n, who in self.issuers if o <= offset]
        for _, n, who in reversed(before):
            if n == noun:
                return who
        if before:
            return before[-1][2]
        return None

    def fullest(self, words: frozenset[str], offset: int) -> str | None:
        """The longest mention holding every one of `words`, preferring those before `offset`."""
        if not words:
            return None
        pools = [self.by_word.get(w, []) for w in words]
        if not all(pools):
            return None
        candidates = [m for m in min(pools, key=len) if words <= m.words]
        if not candidates:
            return None
        before = [m for m in candidates if m.start <= offset] or candidates
        # the fullest, then one not shouted in capitals (a masthead), then the nearest
        return max(before, key=lambda m: (len(m.words), not m.text.isupper(), -abs(offset - m.start))).text

    def by_head(self, head: str, offset: int, length: int = 1) -> str | None:
        """The nearest earlier fuller name holding the role word: "the ministry" after "the Azerbaijani Foreign
        Ministry", "the authorities" after "Azerbaijani authorities", "the council" after "Mariupol city council"."""
        for speaker in reversed(self.history):
            # "the mission's head, Marta Lindqvist" is a person of the mission, not the mission
            words = [w.lower() for w in re.findall(r"[\w\-]+", _POSSESSOR.sub(" ", speaker.name))]
            named = any(w[:1].isupper() for w in speaker.name.split())
            if speaker.offset <= offset and head in words and len(words) > length and named:
                return speaker.name
        pool = [m for m in self.by_word.get(head, []) if m.start <= offset and len(m.words) > 1]
        if pool:
            return pool[-1].text
        pattern = re.compile(r"\b((?:[A-Z][\w’'\-]*[ \t]+)+(?:[a-z][\w\-]*[ \t]+){0,2}(?i:" + re.escape(head) + r"))\b")
        found = None
        for match in pattern.finditer(self.text, max(0, offset - 3000), offset):
            if match.group(1).split()[0].lower() not in self.lex.not_names:
                found = match.group(1)
        return re.sub(r"\s+", " ", found) if found else None

    def _owner(self, pronoun: str, offset: int) -> str | None:
        """Whose members speak in "its observers": the name opening the sentence ("THE TIMES carries a dispatch
        from Agdam: its reporter says"), else the nearest earlier proper name, else the last body."""
        head = self._sentence_start(max(0, offset - _LOOK_BACK), offset)
        first = bisect_left(self.starts, head) if head is not None else len(self.mentions)
        opener = self.mentions[first] if first < len(self.mentions) else None
        if opener is not None and opener.start < offset and self.text[head:opener.start].strip().lower() in (
                "", "the") and self.is_proper(opener.text) and not (pronoun == "its" and self.is_person(opener.text)):
            return opener.text
        spoke = next((sp for sp in reversed(self.history) if sp.offset <= offset), None)
        if pronoun == "its" and spoke is not None and spoke.is_organisation and offset - spoke.offset < 250 and \
                self.is_proper(spoke.name):
            return spoke.name  # "Memorial reported that 200 bodies reached Agdam. Its observers ...": Memorial's
        i = bisect_right(self.starts, offset) - 1
        while i >= 0 and offset - self.mentions[i].start < 400:
            mention = self.mentions[i]
            if mention.start < offset and self.is_proper(mention.text) and (
                pronoun != "its" or not self.is_person(mention.text) or len(mention.words) == 1
            ):
                return self._with_role(mention.text, mention.start + len(mention.text))
            i -= 1
        return self.last_speaker(offset, "organisation" if pronoun == "its" else "")

    def _with_role(self, name: str, end: int) -> str:
        """"The Alsenian army denied ... Its spokesman": the name with the body noun right after it."""
        after = _ROLE_AFTER.match(self.text, end)
        if after is not None and after.group(1) in self.lex.role_words and not after.group(1).endswith("s"):
            return f"{name} {after.group(1)}"
        return name

    def resolve(self, tokens: list[Token], offset: int) -> str | None:
        """The full name for a speaker phrase (its tokens as written) at `offset`."""
        lex = self.lex
        tokens = self._without_date(tokens)
        if tokens and tokens[0].low in lex.own_voice and not (tokens[0].text.isupper() and len(tokens[0].text) > 1):
            return ""  # "Our correspondent counted", "We documented": the publisher itself (but "US" is a country)
        if len(tokens) == 2 and tokens[0].low == "this" and tokens[1].low in lex.own_voice_roles:
            return ""  # "this correspondent counted 31 corpses": the writer in the third person
        if tokens and tokens[0].low in _NO_ONE:
            return None  # "Nobody in my party denies that": no one speaks
        if len(tokens) == 1 and tokens[0].low in _SOME:
            return None  # "Some said they felt dejected": unnamed people, no source
        original_first = tokens[0] if tokens else None
        if len(tokens) == 1 and tokens[0].low in _POSSESSIVE_PRONOUNS:
            return self._owner(tokens[0].low, offset)  # "its list", "their figures": whose, from before
        comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
        if tokens and tokens[0].low in _POSSESSIVE_PRONOUNS and comma is not None and any(
                lex.is_name_word(t) for t in tokens[comma + 1:]):
            tokens = tokens[comma + 1:]  # "Its spokesman, Colonel Dan Rusev,": the person the apposition names
        elif len(tokens) > 1 and tokens[0].low in _POSSESSIVE_PRONOUNS and tokens[1].base.lower() in lex.member_nouns:
            owner = self._owner(tokens[0].low, offset)  # "Its observers in Agdam" speak for their body
            if owner:
                return owner
        if len(tokens) > 1 and tokens[0].low in _POSSESSIVE_PRONOUNS and (
            tokens[-1].low in lex.source_nouns or tokens[-1].low in lex.document_nouns
        ) and not any(lex.is_name_word(t) and t.low not in lex.calendar_words for t in tokens[1:-1]):
            owner = self._owner(tokens[0].low, offset)  # "Their June 2003 report": the report of whom came before
            if owner:
                return owner
        while tokens and (tokens[0].low in lex.determiners or tokens[0].low in lex.connectors and not tokens[0].is_cap):
            tokens = tokens[1:]
        same = len(tokens) == 2 and tokens[0].low == "same" and (
            tokens[1].low in lex.generic_organisation_nouns or tokens[1].low in lex.role_words)
        if same:  # "the same group", "the same office": the body named before (but "the same sources" as written)
            found = self.by_head(tokens[1].base.lower(), offset, 1)
            earlier = self.last_speaker(offset, "")
            return found or (earlier if earlier and self.is_proper(earlier) else self._plain(tokens))
        tokens = self._trimmed(tokens)
        if not tokens:
            return None
        if len(tokens) == 1 and tokens[0].low in lex.pronouns:
            low = tokens[0].low
            kind = "person" if low in lex.person_pronouns else ""
            kind = "organisation" if low in lex.organisation_pronouns else kind
            if kind == "person":
                introduced = self._introduced_person(offset)
                topic = self._topic_person(offset)
                if topic and (introduced is None or topic[0] > introduced[0]):
                    introduced = topic  # "Lederer's achievement is to ... She accepts": the last subject
                speaker = self._last_person_speaker(offset)
                if introduced and (speaker is None or introduced[0] > speaker.offset):
                    return introduced[1]  # "Hajra Mujic, 68, buried her brother. "...," she said."
            return self.last_speaker(offset, kind) or self._last_named(offset, kind)
        lead = 1 if len(tokens) > 1 and tokens[0].text.isdigit() else 0  # "the 2004 findings of ..."
        while lead + 1 < len(tokens) and tokens[lead].low in _ANAPHORIC | _LATER:
            lead += 1  # "a later report of the same group"
        if len(tokens) > lead + 2 and (tokens[lead].low in lex.source_nouns or tokens[lead].low in lex.document_nouns
                                       ) and tokens[lead + 1].low in ("of", "from", "by") and (any(
            lex.is_name_word(t) for t in tokens[lead + 2:]) or any(t.low == "same" for t in tokens[lead + 2:])
        ):
            return self.resolve(tokens[lead + 2:], offset)  # "the data of the State Commission"
        numbered = self._numbered_document_by(tokens)
        if numbered is not None:
            return self.resolve(tokens[numbered + 1:], offset)  # "Situation Report USSR No. 101 of Einsatzgruppe C"
        possessor = next((i for i, t in enumerate(tokens) if t.is_possessive and i + 1 < len(tokens)), None)
        if possessor is not None and tokens[possessor + 1].base.lower() in lex.member_nouns:
            return self.resolve(tokens[:possessor + 1], offset)  # "Memorial's observers in Agdam"
        head = tokens[-1]
        if (head.low in lex.source_nouns or head.low in lex.document_nouns) and head.is_cap and len(tokens) > 1 and all(
                lex.is_name_word(t) for t in tokens):
            return self._plain(tokens)  # "the Orvenian Archive": a proper name whose last word is a source noun
        if head.low in lex.source_nouns or head.low in lex.document_nouns:
            proper = len(tokens) == 1 and lex.is_name_word(head) and head.low not in lex.number_nouns  # not "Estimates"
            fuller = self.fullest(frozenset({head.base.lower()}), offset) if proper else None
            if fuller and len(fuller) > len(head.text):
                return fuller  # "Memorial has estimated" after "Memorial Human Rights Centre": the full name
            if possessor is not None:
                return self.resolve(tokens[:possessor + 1], offset)
            by = next((i for i, t in enumerate(tokens) if t.low in ("by", "of", "from") and i > 0), None)
            if by is not None and by + 1 < len(tokens) and tokens[by].low == "of" and all(
                    t.low in lex.source_nouns for t in tokens[by + 1:]) and (
                    tokens[by - 1].base.lower() in lex.role_words):
                return self.resolve(tokens[:by], offset)  # "the commission of inquiry": the commission
            if by is not None and by + 1 < len(tokens):
                return self.resolve(tokens[by + 1:], offset)
            names = [t for t in tokens if lex.is_name_word(t) and t.low not in lex.source_nouns]
            if names:
                kept = tokens[:-1]
                while kept and (kept[-1].low in lex.source_nouns or kept[-1].low in lex.document_nouns):
                    kept = kept[:-1]
                described = tokens.index(names[-1]) + 1 < len(tokens) - 1  # "Veldian parliamentary inquiry"
                if head.low not in lex.number_nouns and (described or not self.is_proper(self._plain(names))):
                    return self._plain(tokens)  # "the Veldian parliamentary inquiry" names no one more exactly
                if head.low in lex.number_nouns and not self.is_proper(self._plain(names)):
                    return self._plain(names)  # "the official Azerbaijani figures" -> Azerbaijani
                return self.resolve(kept, offset) if kept else None
            definite = original_first is not None and original_first.low not in ("a", "an")
            if head.low in lex.document_nouns and definite and all(not lex.is_name_word(t) for t in tokens):
                # "the statement added" is its issuer; "a 1995 report said" names no one before it
                # not a category ("reports"), nor a report its words describe ("the official army report")
                anaphoric = all(t.low in _ANAPHORIC for t in tokens[:-1])  # "the report", "the same report"
                earlier = self.last_speaker(offset, "") if anaphoric else None
                named = earlier if earlier and self.is_proper(earlier) else None
                return self.issuer(head.low, offset) or named or self._plain(tokens)
            return self._plain(tokens)  # a category: "official figures", "witness accounts"
        if len(tokens) > 2 and tokens[0].base.lower() in lex.member_nouns and tokens[1].low in ("for", "of", "from"):
            body = self.resolve(tokens[2:], offset)  # "a spokesman for the committee" speaks for the committee
            if body:
                return body
        names = [t for t in tokens if lex.is_name_word(t)]
        if tokens[-1].is_possessive:
            last = tokens[-1]
            tokens = tokens[:-1] + [Token(last.base, last.start, last.start + len(last.base), last.base.lower())]
        if names:
            words = frozenset(t.base.lower() for t in names)
            if len(names) == 1 and names[0].text in self.acronyms:
                return self.acronyms[names[0].text]
            acronym = len(tokens) == 1 and tokens[0].text.isupper() and len(tokens[0].text) > 1
            if all(lex.is_name_word(t) or t.text == "." for t in tokens) and self.is_proper(self._plain(tokens)):
                fuller = self.fullest(words, offset)
                if fuller and len(fuller) > len(self._plain(tokens)) and not (
                        acronym and fuller.split()[0] == tokens[0].text):
                    return fuller  # (not "UN" -> "UN Commission of Inquiry": the acronym names a body of its own)
            if self._bare_role(tokens):
                # "The Ministry recalls" after the letterhead "Ministry of Croatian Veterans": the full name
                found = self.by_head(tokens[-1].base.lower(), offset, len(tokens))
                if found:
                    return found
            return self._plain(tokens)
        definite = original_first is not None and original_first.low == "the"
        indefinite = original_first is not None and original_first.low in ("a", "an")  # "a regional official": new
        if len(tokens) <= 3 and (definite or not head.low.endswith("s")) and not indefinite and all(
                content_word(lex, t) for t in tokens):
            found = self.by_head(head.base.lower(), offset, len(tokens))
            if found:
                return found
            if definite and " ".join(t.low for t in tokens) in lex.generic_organisation_nouns:
                # "the organisation wrote" after "Human Rights Watch reported": the last organisation named
                found = self.last_speaker(offset, "organisation") or self._last_named(offset, "organisation")
                if found:
                    return found
        return self._plain(tokens)

    def _numbered_document_by(self, tokens: list[Token]) -> int | None:
        """The index of "of" after a numbered document ("Report No. 101 of X"), when a name follows it."""
        lex = self.lex
        number = next((k for k, t in enumerate(tokens) if t.low in ("no", "nr") and k + 2 < len(tokens)
                       and tokens[k + 1].text == "." and tokens[k + 2].text[:1].isdigit()), None)
        if number is None or not any(t.low in lex.source_nouns or t.low in lex.document_nouns for t in tokens[:number]):
            return None
        of = number + 3
        if of + 1 < len(tokens) and tokens[of].low in ("of", "by") and any(
                lex.is_name_word(t) for t in tokens[of + 1:]):
            return of
        return None

    def _without_date(self, tokens: list[Token]) -> list[Token]:
        """"the ministry's report of 1993", "reports of the time": the report, whenever it was (but "a pamphlet of
        1954" keeps its year: it names no one else)."""
        of = next((k for k in range(len(tokens) - 2, 0, -1) if tokens[k].low == "of"), None)
        owned = any(t.is_possessive or t.low in _POSSESSIVE_PRONOUNS for t in tokens[:of])
        if of is not None and tokens[of - 1].low in self.lex.source_nouns and (
                (owned and YEAR.fullmatch(tokens[-1].text)) or tokens[-1].low in TIME_NOUNS) and all(
                t.low in ("the", "that") for t in tokens[of + 1:-1]):
            return tokens[:of]
        return tokens

    def _trimmed(self, tokens: list[Token]) -> list[Token]:
        """The proper-name core and role of a speaker phrase: no trailing punctuation, adverb ("categorically")
        or conjunction; nothing at all when it is only a weekday or month, or a place ("the village of X")."""
        lex = self.lex
        verb = next((k for k, t in enumerate(tokens) if k > 0 and not t.is_cap and not lex.is_describer(t) and (
            t.low in lex.label_verbs or t.low in lex.speech_verbs or t.low in _CLAUSE_VERBS)), None)
        if verb is not None:
            tokens = tokens[:verb]  # "Ukrainian officials reject that claim and": the subject, not its clause
        if len(tokens) > 3 and tokens[-1].text == ")" and YEAR.fullmatch(tokens[-2].text):
            opening = next((k for k in range(len(tokens) - 2, 0, -1) if tokens[k].text == "("), None)
            if opening is not None and not any(t.text == "," for t in tokens[:opening]):
                tokens = tokens[:opening]  # "The Final Report ... (Bucharest, 2004)": where and when, not who
        while tokens and (tokens[-1].text in ",.;:" or tokens[-1].low in lex.trailing_junk or (
                tokens[-1].low.endswith("ly") and not tokens[-1].is_cap and not lex.is_describer(tokens[-1]))):
            tokens = tokens[:-1]
        if len(tokens) == 1 and tokens[0].low in lex.calendar_words:
            return []  # "Monday said": a date left in front of the verb, not a speaker
        if len(tokens) > 2 and tokens[0].low in lex.place_nouns and tokens[1].low == "of":
            return []  # "the village of Ostrowo": a place, not a speaker
        return tokens

    def _bare_role(self, tokens: list[Token]) -> bool:
        """One body named by its role word alone, capitalised: "the Ministry", "the Tribunal" (not "Officials")."""
        head = tokens[-1]
        return len(tokens) == 1 and head.base.lower() in self.lex.role_words and not head.base.lower().endswith(
            "s") and head.base.lower() in self.lex.organisation_heads

    def _plain(self, tokens: list[Token]) -> str:
        """The phrase as written, on one line, without a trailing acronym: "... Red Cross (ICRC)"."""
        written = self.text[tokens[0].start:tokens[-1].end].replace("-\n", "")  # "spokes-\nmen": one word
        text = re.sub(r"\s+", " ", written).strip(" ,")
        return _TRAILING_ACRONYM.sub("", text) or text

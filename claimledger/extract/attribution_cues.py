"""Attribution cues of one sentence: the words that say someone else speaks, with the speaker phrase as written.

Four shapes: a reporting verb with its subject ("the ministry said", "Aliyeva highlighted that", inverted
"said the statement"); a source preposition ("According to Le Monde", "figures from the UN", "cited by
Reuters"); a source's numbers ("official figures", "the ministry's estimate"); and an issuing verb that only
names who issued a document ("X released a joint statement"), kept to resolve "the statement" later.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from claimledger.extract import predicates
from claimledger.extract.attribution_phrases import (
    BOUNDARY_PUNCT,
    FOOTNOTE_MARKS,
    Phrase,
    after_markers,
    content_word,
    is_initial_dot,
    scan_left,
    scan_right,
)
from claimledger.extract.attribution_words import QUOTE_CHARS, YEAR, Lexicon, Token, tokenize

BE_FORMS = frozenset({"was", "were", "is", "are", "be", "been", "being"})
NOT_AFTER = frozenset({"to", "will", "would", "could", "can", "may", "might", "did", "does", "do", "not", "should",
                       "must", "shall", "cannot"})
# words that open an aside between commas after a subject: "X, in a 1993 report, ..."
_ASIDE_OPENERS = frozenset({"in", "on", "at", "after", "before", "during", "within", "following", "since", "by",
                            "through", "from", "with", "citing", "speaking", "writing"})
# participles that hand a figure to the agent after "by": "a figure used by the committee"
_GIVING_PARTICIPLES = frozenset({"cited", "used", "given", "quoted", "released", "published", "compiled", "issued",
                                 "reported", "collected", "provided", "presented", "kept", "advanced", "accepted"})
_DEGREE_WORDS = frozenset({"most", "often", "also", "still", "now", "first", "later", "commonly", "widely"})
_NEGATIONS = frozenset({"not", "never"})
_WHEN_WORDS = frozenset({"in", "on", "at", "last", "this", "early", "late", "later", "earlier", "after", "before",
                         "during", "year", "week", "month", "the"})
_NAME_JOINERS = frozenset({"the", "of", "for", "and", "on", "in"})
_WORD = re.compile(r"[^\W\d_]+")
LOOKAHEAD = 9  # tokens after a weak verb in which "that", a colon or a toll phrase must appear
_CLAUSE_WORDS = frozenset({"that", "which", "who", "whom", "whose", "where", "when", "was", "were", "is", "are",
                           "had", "has", "have", "died", "killed"})
_CONJUNCTIONS = frozenset({"and", "but", "while", "that", "as", "whereas", "although"})
_BASIS_WORDS = frozenset({"from", "on", "in", "with", "of", "under", "into", "through", "against"})
_PASSIVE_ESTIMATES = frozenset({"put", "estimated", "placed", "set", "given", "counted", "reported"})
_OFFICIAL = frozenset({"official", "government", "state", "unofficial"})  # "the official version"
_CATEGORY_GAP = re.compile(r"\s*(?:that\s+)?(?:[a-z]+\s+){0,3}")  # "said that current estimates put"
_EMBEDDED_GAP = re.compile(r"\s*(?:(?:us|me|him|her|them|reporters|journalists)\s+)?(?:that\s+)?")
_CLAUSE_BOUNDARY_WORDS = frozenset({"and", "but", "that", "while", "whereas", "as"})
_AMOUNT_WORDS = frozenset({"more", "than", "over", "some", "about", "nearly", "at", "least", "up", "to", "hundreds",
                           "thousands", "dozens", "of", "almost", "around", "the", "many", "several"})


@dataclass(frozen=True)
class Cue:
    start: int  # offset of the attribution text in the document
    end: int
    speaker_start: int  # offsets of the speaker phrase as written
    speaker_end: int
    kind: str  # verb | inverted | pronoun | preposition | numbers | issue
    leading: bool  # the cue stands before what it attributes
    via: tuple[int, int] | None = None  # offsets of who relays the speaker ("quoted by the AP")
    document_noun: str | None = None  # a document the speaker issues in this sentence ("In a statement, X said")
    verb: str | None = None  # the reporting verb, lower case


def _span(tokens: list[Token], phrase: Phrase) -> tuple[int, int]:
    return tokens[phrase.first].start, tokens[phrase.last].end


def _via(tokens: list[Token], phrase: Phrase) -> tuple[int, int] | None:
    if phrase.via is None:
        return None
    return tokens[phrase.via[0]].start, tokens[phrase.via[1]].end


def _leading(start: int, end: int, s: int, e: int) -> bool:
    return (e - end) > (start - s)


_ACCORDING = frozenset({"according", "acording", "accordig", "accoding"})  # and the typos of retyped pages
_ACCUSING = frozenset({"accused", "charged", "convicted", "sentenced"})
_QUOTE_MARKS = frozenset("\"“”«»‘’'")
_HARM_PARTICIPLES = frozenset({"shot", "executed", "murdered", "massacred", "slain", "hanged", "burned"})


def _names_harm(lex: Lexicon, token: Token) -> bool:
    return not token.is_cap and (token.low,) in lex.follower_index.get(token.low, ())


def _followed_by_report(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """A weak verb reports only with "that", a colon, a quotation or a toll phrase soon after it."""
    if tokens[k].low in ("quoted", "cited") and any(
        _match(tokens, m, ("as", "saying")) for m in range(k + 1, len(tokens))
    ):
        return True  # "was quoted by <a long citation> as saying"
    if tokens[k].low in _ACCUSING and k + 1 < len(tokens) and tokens[k + 1].low in ("of", "with"):
        return False  # "Militia accused of killing dozens": the subject is the accused, not the accuser
    hi = min(len(tokens), k + 1 + LOOKAHEAD)
    if any(_match(tokens, k + 1, phrase) for phrase in lex.object_followers):
        return True  # "International monitors found the bodies of dozens"
    if tokens[k].low in lex.amount_verbs:
        m = k + 1
        while m < hi and tokens[m].low in _AMOUNT_WORDS:
            m += 1
        if m < hi and m - k <= 4 and tokens[m].text[:1].isdigit():
            n = m + 1
            while n < len(tokens) and (tokens[n].text[:1].isdigit() or tokens[n].low in ("to", "-", "–", "and")):
                n += 1
            # the amount stands alone or names the dead: "some sources give up to 150,000" (not "30 blankets")
            if n == len(tokens) or tokens[n].text in ",.;:)" or _names_harm(lex, tokens[n]) or tokens[n].low == "names":
                return True
            # or a noun names who were harmed: 'gave 74 "bandits" shot', 'lists 490 names' is a plain list
            while n < len(tokens) and tokens[n].text in _QUOTE_MARKS:
                n += 1
            if n + 1 < len(tokens) and tokens[n].is_word and not tokens[n].is_cap:
                n += 1
                while n < len(tokens) and tokens[n].text in _QUOTE_MARKS:
                    n += 1
                if n < len(tokens) and (_names_harm(lex, tokens[n]) or tokens[n].low in _HARM_PARTICIPLES):
                    return True
    for m in range(k + 1, hi):
        tok = tokens[m]
        if tok.text == ":" or tok.text in "\"“«‘" or (m == k + 1 and tok.low == "that"):
            return True
        if tok.low == "that" and m - k <= 5 and all(  # "found in April that", "concluded last week that"
                t.low in _WHEN_WORDS or t.low in lex.calendar_words or t.text.isdigit() for t in tokens[k + 1:m]):
            return True
        if any(_match(tokens, m, phrase) for phrase in lex.follower_index.get(tok.low, ()) if phrase[0] != "that"):
            return True
        if tok.text in ".;":
            break
    return False


def _up_to_comma(tokens: list[Token], start: int, found: Phrase | None) -> Phrase | None:
    """"According to the memorial complex, 149 died": after "according to" the source runs to the comma even
    when its words are not in the lexicon (up to six words, no clause)."""
    if found is not None and (found.last + 1 >= len(tokens) or tokens[found.last + 1].text in ",.;"):
        return found
    m = start
    while m < len(tokens) and (tokens[m].is_word or YEAR.fullmatch(tokens[m].text)) and (
        tokens[m].low not in _CLAUSE_WORDS) and (
        m - start < 7 or (m - start < 14 and _name_like(tokens[start:m + 1]))
    ):
        m += 1  # a long proper name may run on: "the Missing Persons Institute of Bosnia and Herzegovina"
    if m > start and (m == len(tokens) or tokens[m].text in ",.;:"):
        return Phrase(start, m - 1)
    return found


_OWNER_PRONOUNS = frozenset({"its"})
_MARKS_AND_BULLETS = (*FOOTNOTE_MARKS, "•", "-")  # "• X questioned the count, saying that"
_SPREAD_VERBS = frozenset({"range", "ranges", "ranged", "vary", "varies", "varied", "differ", "differs", "differed"})
_PARTICIPLE_LINKS = frozenset({"in", "on", "at", "by", "for", "last", "earlier", "this"})
_AS_SAYING = frozenset({"saying", "stating", "telling", "writing", "claiming", "reporting", "estimating"})
# prepositions whose object is never the subject of the verb after it: "who flew with officials counted"
_OBJECT_PREPOSITIONS = frozenset({"with", "over", "after", "before", "at", "on", "into", "to", "near", "among",
                                  "alongside", "against", "beside", "from", "in", "for", "under", "across"})


def _named_in_relative(lex: Lexicon, tokens: list[Token], j: int) -> Phrase | None:
    """"A woman, who asked us to call her only Gulnara, said": the name a relative clause gives is the speaker."""
    if j < 2 or tokens[j].text != "," or not lex.is_name_word(tokens[j - 1]):
        return None
    first = j - 1
    while first - 1 >= 0 and lex.is_name_word(tokens[first - 1]):
        first -= 1
    m = first - 1
    while m > 0 and first - m <= 14 and tokens[m].text not in ",;:":
        m -= 1
    clause = tokens[m + 1:first]
    if m < 0 or tokens[m].text != "," or not clause or clause[0].low not in ("who", "whom"):
        return None
    return Phrase(first, j - 1) if any(t.low in lex.naming_words for t in clause) else None


def _by_estimates(tokens: list[Token], k: int) -> int | None:
    """Index of "by" in "by the most widely cited estimates", "by official figures" (lower-case words only)."""
    m = k - 1
    while m >= 0 and k - m <= 6 and tokens[m].is_word and not tokens[m].is_cap and tokens[m].low != "by":
        m -= 1
    if m < 0 or tokens[m].low != "by":
        return None
    return m if m == 0 or tokens[m - 1].text in ",;(:" else None


def _delayed_of(lex: Lexicon, tokens: list[Token], k: int) -> int | None:
    """"Officials spoke at first of up to 1,000 dead": the "of" of "spoke of" after a short adverbial, when an
    amount follows it. Returns the index of "of"."""
    if tokens[k].low not in lex.delayed_of_verbs:
        return None
    for m in range(k + 2, min(len(tokens) - 1, k + 10)):
        if tokens[m].text in BOUNDARY_PUNCT or tokens[m].text in ".;":
            return None
        if tokens[m].low == "of":
            nxt = tokens[m + 1]
            if nxt.text[:1].isdigit() or nxt.low in lex.amount_openers or (
                    nxt.low in lex.amount_words and nxt.low not in lex.determiners):
                return m
    return None


def _common_noun_subject(lex: Lexicon, tokens: list[Token], j: int) -> Phrase | None:
    """"one senior negotiator said", "Local human rights defenders told us": a person noun the lexicon does not
    list, with at most three lower-case words before it, opening its clause."""
    head = tokens[j].low if j >= 0 else ""
    if not head.endswith(lex.person_suffixes) or not head.isalpha() or len(head) < 5 or head in lex.not_person_nouns:
        return None
    first = j
    while first > 0 and j - first < 3 and tokens[first - 1].low.isalpha() and (
            tokens[first - 1].low not in lex.determiners) and tokens[first - 1].low not in _CLAUSE_BOUNDARY_WORDS:
        first -= 1
    if first > 0 and tokens[first - 1].low in lex.determiners:
        first -= 1
    at_boundary = first == 0 or tokens[first - 1].text in ",;:" or tokens[first - 1].low in _CLAUSE_BOUNDARY_WORDS
    if not at_boundary or (first == j and tokens[j].low in lex.determiners):
        return None
    return Phrase(first, j)


def _name_like(tokens: list[Token]) -> bool:
    return all(t.is_cap or t.low in _NAME_JOINERS for t in tokens)


def _title_case(tokens: list[Token]) -> bool:
    """A headline in title case ("Azerbaijan Says Hundreds Died"), where verbs are capitalised too."""
    words = [t for t in tokens if t.is_word and len(t.text) > 3]
    return 2 <= len(words) <= 16 and sum(t.is_cap for t in words) >= 0.75 * len(words)


def _match(tokens: list[Token], k: int, phrase: tuple[str, ...]) -> bool:
    if k + len(phrase) > len(tokens):
        return False
    for n, w in enumerate(phrase):  # noqa: SIM110 -- a loop is 3x faster than all(), and this runs per phrase
        if tokens[k + n].low != w:
            return False
    return True


def _document_noun(lex: Lexicon, tokens: list[Token], lo: int, hi: int, framed: bool = False) -> str | None:
    """The first document noun in tokens[lo:hi]; with `framed`, only one introduced by "in" ("In a statement
    published on Monday, X said"), so that "The statement recalled that Y was quoted" does not make Y its issuer."""
    for m in range(lo, hi):
        if tokens[m].low in lex.document_nouns and (
            not framed or any(t.low == "in" for t in tokens[max(lo, m - 3):m])
        ):
            return tokens[m].low
    return None


def _category(lex: Lexicon, cue: Cue, text: str) -> bool:
    """A cue whose speaker is a bare category of numbers ("current estimates put", "official figures")."""
    words = text[cue.speaker_start:cue.speaker_end].split()
    return bool(words) and not any(w[:1].isupper() for w in words) and words[-1].lower() in lex.number_nouns


def _prune(lex: Lexicon, cues: list[Cue], text: str) -> list[Cue]:
    """Drop cues inside another cue ("cited by Baku" within "Human Rights Watch, so often cited by Baku, counted")
    and a source's numbers named in the object of a reporting verb ("Officials repeated the government's count":
    the officials speak)."""
    # "The council said, citing eyewitnesses, that ...": the council speaks; the cited source stays inside
    # "Bosnian police, according to the prosecutor, recovered 29 bodies": a deed does not swallow its source
    inside = lambda c, o: o is not c and o.start <= c.start and c.end <= o.end and (  # noqa: E731
        (o.start, o.end) != (c.start, c.end)) and not (o.verb in lex.recovery_verbs and c.kind == "preposition")
    kept = [c for c in cues if not any(inside(c, o) for o in cues)]
    out = []
    for cue in kept:
        gap = _EMBEDDED_GAP if cue.kind == "pronoun" else _CATEGORY_GAP if _category(lex, cue, text) else None
        if gap is not None and any(
            o.kind in ("verb", "inverted", "pronoun") and o.end <= cue.start and gap.fullmatch(text, o.end, cue.start)
            for o in kept
        ):
            continue  # "X says it has registered 62", "X said that current estimates put": X still speaks
        if cue.kind == "preposition" and cue.verb in lex.citing and any(
            o.kind in ("verb", "pronoun", "inverted") and 0 <= cue.start - o.end <= 3 for o in kept
        ):
            continue  # "the council said, citing eyewitnesses, that ...": part of the council's report
        if cue.kind == "numbers" and any(
            o.kind in ("verb", "pronoun", "inverted") and o.end <= cue.start and cue.start - o.end <= 12
            and o.verb not in lex.relay_verbs
            for o in kept
        ):
            continue  # the object of the verb: "repeated the government's count"
        out.append(cue)
    return out


def _opening_phrase(tokens: list[Token], j: int) -> bool:
    """"In a video address he said": the words before the pronoun are a phrase of place or time that opens the
    sentence, not a noun the pronoun's clause describes ("the figure he gave")."""
    return j <= 8 and tokens[0].low in _ASIDE_OPENERS and not any(t.text in ",;:" for t in tokens[:j])


def _plural(lex: Lexicon, tok: Token) -> bool:
    """A plural noun: "officials", and the plurals without an s ("police", "people")."""
    return (tok.low.endswith("s") and not tok.text.isupper()) or tok.low in lex.plural_nouns  # not "US"


def _head_of(tokens: list[Token], first: int, last: int) -> int:
    """The head noun of a speaker phrase: "the Muslim authorities in Sarajevo" -> authorities, not the place."""
    for k in range(first + 1, last):
        if tokens[k].low in _LOCATIVES and not tokens[k].is_cap:
            return k - 1
    return last


_LOCATIVES = frozenset({"in", "at", "from"})


class CueFinder:
    def __init__(self, lex: Lexicon, text: str) -> None:
        self.lex = lex
        self.text = text
        # where a cue can start, found once per document: one pass over its words beats a regex per sentence.
        # "the", "in", "a" open phrases ("the report by", "in the words of"): only the whole phrase counts.
        single, opening = lex.single_triggers, lex.phrase_triggers
        self.triggers: list[int] = []
        lowered = text.lower()
        if lex.trigger_scan is not None and len(lowered) == len(text):
            # the loop below as one regex scan: lower-casing keeps every letter a letter and, with the lengths
            # equal, every offset, so the scan meets the same words
            self.triggers = [m.start() for m in lex.trigger_scan.finditer(lowered)]
            return
        words = [(m.start(), m.group().lower()) for m in _WORD.finditer(text)]
        for n, (at, low) in enumerate(words):
            if low in single or (low in opening and any(
                all(n + i < len(words) and words[n + i][1] == w for i, w in enumerate(phrase))
                for phrase in opening[low]
            )):
                self.triggers.append(at)

    def find(self, s: int, e: int) -> list[Cue]:
        at = bisect_left(self.triggers, s)
        if at >= len(self.triggers) or self.triggers[at] >= e:
            return []
        tokens = tokenize(self.text, s, e)
        cues: list[Cue] = []
        triggers = self.lex.trigger_words
        for k in [k for k, tok in enumerate(tokens) if tok.low in triggers]:
            found = self._preposition(tokens, k, s, e) or self._verb(tokens, k, s, e) or self._numbers(tokens, k)
            found = found or self._issue(tokens, k)
            if found is not None and not self._not_a_recovery(found):
                cues.append(found)
        cues.extend(self._passive_estimates(tokens, s, e))
        return _prune(self.lex, cues, self.text)

    def _passive_estimates(self, tokens: list[Token], s: int, e: int) -> list[Cue]:
        """"The toll was put at 41 by Jewish leaders", "estimated at 300 by local officials": the agent of a
        passive estimate is its source."""
        out = []
        for k, tok in enumerate(tokens):
            if tok.low not in _PASSIVE_ESTIMATES or k == 0 or k + 3 >= len(tokens) or tokens[k + 1].low != "at":
                continue
            if tokens[k - 1].low not in BE_FORMS and not (tok.is_cap and tokens[k - 1].is_cap):
                continue  # "was put at", or a headline's "Toll Put at"
            m = k + 2
            while m < len(tokens) and m - k <= 8 and tokens[m].low != "by" and tokens[m].text not in ",;:()":
                m += 1
            if m >= len(tokens) or tokens[m].low != "by" or not any(t.text[:1].isdigit() or t.low in _AMOUNT_WORDS
                                                                       for t in tokens[k + 2:m]):
                continue
            agent = scan_right(self.lex, tokens, m + 1, len(tokens))
            if agent is not None:
                a, b = _span(tokens, agent)
                out.append(Cue(tokens[m].start, b, a, b, "preposition", False, verb="by"))
        return out

    def _not_a_recovery(self, cue: Cue) -> bool:
        """"181 bodies examined in Agdam" (a participle after what it counts) and "interviewed 73 survivors,
        examined hospital registers" (a second verb of the same subject) name no one who recovered a count."""
        if cue.verb not in self.lex.recovery_verbs:
            return False
        gap = self.text[cue.speaker_end:cue.end - len(cue.verb or "")].strip()
        if gap.startswith(","):
            return gap == ","  # ", set up in 1946," is an aside; a lone comma joins a second verb
        return any(c.isdigit() for c in gap)  # "Memorial recorded 181 bodies examined": no subject of its own

    def _preposition(self, tokens: list[Token], k: int, s: int, e: int) -> Cue | None:
        lex = self.lex
        for phrase in lex.preposition_index.get(tokens[k].low, ()):
            if not _match(tokens, k, phrase):
                continue
            after = k + len(phrase)
            if phrase[0] in ("quoted", "cited") and k > 0 and tokens[k - 1].low in BE_FORMS:
                return None  # "X was quoted by Y": X speaks, the verb rule takes it
            if phrase[0] == "reported" and k > 0 and tokens[k - 1].low in BE_FORMS and self._to_have_said(
                    tokens, k):
                return None  # "X was reported by Interfax to have said": X speaks, Interfax relays
            if phrase == ("per",) and (
                after >= len(tokens) or not (lex.is_name_word(tokens[after]) or tokens[after].low == "the")
            ):
                return None
            found = scan_right(lex, tokens, after, len(tokens))
            found = self._of_source(tokens, found)
            if phrase[0] in _ACCORDING and phrase[1:] == ("to",):
                found = _up_to_comma(tokens, after, found)
            if found is None:
                return None
            if phrase[0] in lex.number_nouns and phrase[-1] == "of" and found.last + 1 < len(tokens) and tokens[
                    found.last + 1].is_word and not tokens[found.last + 1].is_cap and not any(
                    lex.is_name_word(t) for t in tokens[found.first:found.last + 1]):
                return None  # "Estimates of civilian deaths": what is counted, not who counts
            a, b = _span(tokens, found)
            # "150 died, according to X, and ...": a source after a comma speaks for what precedes it
            trailing = k > 0 and tokens[k - 1].text == "," and (k < 2 or tokens[k - 2].low not in _CONJUNCTIONS)
            trailing = trailing and " ".join(phrase) not in lex.citing  # "X reports, citing Y, that ..."
            return Cue(tokens[k].start, b, a, b, "preposition", not trailing,
                       document_noun=phrase[-2] if len(phrase) > 2 and phrase[-2] in lex.document_nouns else None,
                       verb=" ".join(phrase))
        return None

    def _of_source(self, tokens: list[Token], found: Phrase | None) -> Phrase | None:
        """"according to a study by Birzeit University": a document noun hands the phrase on to its author."""
        lex = self.lex
        if found is None or found.last + 2 >= len(tokens):
            return found
        for i in range(found.first, found.last + 1):
            if tokens[i].low in lex.number_nouns or tokens[i].low in lex.source_nouns:
                agent = self._given_by(tokens, i)
                if agent is not None:  # "according to figures most often cited by Lebanese researchers"
                    return agent
        head = tokens[found.last]
        if not (head.low in lex.document_nouns or head.low in lex.source_nouns):
            return found
        after = self._authored_by(tokens, found.last + 1)
        if after is None:
            return found
        author = scan_right(lex, tokens, after, len(tokens))
        if author is None or not any(lex.is_name_word(t) for t in tokens[author.first:author.last + 1]):
            return found
        if after - found.last > 2:  # "the lists kept by the Memory Foundation": the author alone is the source
            return author
        return Phrase(found.first, author.last, found.via)

    def _authored_by(self, tokens: list[Token], m: int) -> int | None:
        """Index after "by"/"of"/"from" that names who made a document: "study by X", "lists kept by X",
        "figures, compiled later by X"; None when no author follows."""
        if m < len(tokens) and tokens[m].low in ("by", "of", "from"):
            return m + 1
        if m < len(tokens) and tokens[m].text == ",":
            m += 1
        if m >= len(tokens) or tokens[m].low not in self.lex.authoring_participles:
            return None
        m += 1
        if m < len(tokens) and tokens[m].low in self.lex.authoring_adverbs:
            m += 1
        return m + 1 if m < len(tokens) and tokens[m].low == "by" else None

    def _saying(self, tokens: list[Token], k: int, s: int, e: int) -> Cue | None:
        """"Human rights defenders questioned the official count, saying that ...": the sentence's subject."""
        if k < 2 or tokens[k - 1].text != ",":
            return None
        found = scan_right(self.lex, tokens, after_markers(tokens, k, _MARKS_AND_BULLETS), k)
        if found is None or found.last + 1 >= k or not any(
                self.lex.is_name_word(t) or t.base.lower() in self.lex.role_words
                for t in tokens[found.first:found.last + 1]):
            return None
        nxt = tokens[found.last + 1]
        if not nxt.is_word or nxt.is_cap:
            return None  # the phrase must be the subject of a verb
        end = k + 1 if k + 1 < len(tokens) and tokens[k + 1].low == "that" else k
        a, b = _span(tokens, found)
        return Cue(tokens[k].start, tokens[end].end, a, b, "verb", _leading(tokens[k].start, tokens[end].end, s, e),
                   verb=tokens[k].low)

    def _progressive(self, tokens: list[Token], k: int, s: int, e: int) -> Cue | None:
        """"The Bosnian sources are speaking about 78 killed": the subject before "is"/"are" speaks."""
        end = k
        if end + 2 < len(tokens) and (tokens[end + 1].low == "that" or tokens[end + 1].low in ("of", "about") and not (
                tokens[end + 2].text[:1].isdigit())):
            end += 1  # not "speaking about 78": "about" is then the figure's own
        subject = scan_left(self.lex, tokens, k - 1, 0)
        if subject is None or tokens[subject.last].low in self.lex.pronouns:
            return None
        a, b = _span(tokens, subject)
        return Cue(a, tokens[end].end, a, b, "verb", _leading(a, tokens[end].end, s, e), verb=tokens[k].low)

    def _verb(self, tokens: list[Token], k: int, s: int, e: int) -> Cue | None:
        lex = self.lex
        tok = tokens[k]
        verb_end = k
        if k > 1 and tok.low in lex.progressive_verbs and tokens[k - 1].low in BE_FORMS:
            return self._progressive(tokens, k, s, e)
        if tok.low in lex.saying_participles:
            return self._saying(tokens, k, s, e)
        if tok.low not in lex.speech_verbs:
            phrase = next((p for p in lex.speech_phrase_index.get(tok.low, ()) if _match(tokens, k, p)), None)
            if phrase is not None:
                verb_end = k + len(phrase) - 1
            else:
                particle = _delayed_of(lex, tokens, k)
                if particle is None:
                    return None
                verb_end = particle
        verb = " ".join(t.low for t in tokens[k:verb_end + 1])  # "spoke of"
        nxt = tokens[verb_end + 1] if verb_end + 1 < len(tokens) else None
        if tok.low in ("added", "adds") and nxt is not None and nxt.text[:1].isdigit():
            return None  # "the index added 20.72 points": a sum, not a speaker's addition
        if tok.is_cap and not _title_case(tokens):
            return None  # "the United States", "Reports of shelling": a name or a heading, not a verb
        prev = tokens[k - 1].low if k > 0 else ""
        if prev in lex.determiners or prev in ("to", "own") or (prev in NOT_AFTER and tok.low in lex.plural_only):
            return None  # "the said acts", "to report", "its own lists"
        if k > 0 and tokens[k - 1].is_possessive and tokens[k - 1].is_word:
            return None  # "Veldora's talk of genocide", "the mission's reports": a noun after its owner
        noun_like = tok.low in lex.source_nouns or tok.low in lex.role_words or (
            tok.low.endswith("s") and (tok.low in lex.weak_verbs or tok.low[:-1] in lex.source_nouns)
        )
        clause_follows = nxt is not None and (nxt.low == "that" or nxt.text in ":" or nxt.text in QUOTE_CHARS or (
            # "X, in a 2016 study, estimates them at 2,000": a pronoun object and "at" make it a verb
            nxt.low in ("them", "it") and verb_end + 2 < len(tokens) and tokens[verb_end + 2].low == "at"))
        plural_subject = tok.low in lex.plural_only and k > 0 and _plural(lex, tokens[k - 1])
        # "the Council reports dozens of fighters wounded": a name, the word, then an amount is a verb
        before = k - 2 if k > 1 and tokens[k - 1].text == "," else k - 1  # "X, Memorial Book (2004), lists 1,203"
        named_count = before >= 0 and (lex.is_name_word(tokens[before]) or tokens[before].text == ")") and not \
            tokens[before].is_possessive and nxt is not None and (nxt.text[:1].isdigit() or nxt.low in lex.amount_words)
        # "the Azerbaijani government, which counts 106 women among the dead": a relative pronoun's verb
        relative_verb = k > 1 and tokens[k - 1].low in ("which", "who") and tokens[k - 2].text == "," and (
            nxt is not None and (nxt.text[:1].isdigit() or nxt.low in lex.amount_words))
        if noun_like and not clause_follows and not plural_subject and not named_count and not relative_verb and not (
            tok.low in lex.weak_verbs and _followed_by_report(lex, tokens, verb_end)
        ):
            return None  # "reports of shelling", "official estimates"
        if tok.low in lex.weak_verbs and not named_count and not relative_verb and not _followed_by_report(
                lex, tokens, verb_end):
            return None
        if self._deed(tokens, verb_end):
            return None
        noun = next((n for n in range(min(k, 3)) if tokens[n].low in lex.number_nouns), None)
        if tok.low in _SPREAD_VERBS and noun is not None:
            # "Estimates of civilian deaths in the war range from ...": the estimates vary, not the war
            counted = tokens[noun]
            return Cue(tokens[0].start, tokens[verb_end].end, counted.start, counted.end, "verb",
                       _leading(tokens[0].start, tokens[verb_end].end, s, e), verb=verb)
        if tok.low in lex.naming_participles and nxt is not None and (nxt.low in ("as", "only", "by") or (
                verb_end + 2 < len(tokens) and tokens[verb_end + 2].low == "as")):
            return None  # "one resident, identified (here) as Ali, said": who is named, not who speaks
        if nxt is not None and nxt.low == "by" and tok.low not in lex.by_manner_verbs and (
            k == 0 or tokens[k - 1].low not in lex.auxiliaries
        ):
            return None  # "a figure repeated by the press": a participle, the agent follows "by"
        j = k - 1
        passive = False
        negated = False
        while j >= 0 and tokens[j].low in lex.auxiliaries and tokens[j].low not in lex.pronouns:
            passive = passive or tokens[j].low in BE_FORMS
            negated = negated or tokens[j].low in _NEGATIONS
            j -= 1
        if negated:
            return None  # "Velmora never mentions that hundreds were expelled": the writer says it, not Velmora
        end_tok = verb_end + 1 if nxt is not None and nxt.low == "that" else verb_end
        if j >= 0 and tokens[j].low in lex.pronouns and (j == 0 or not content_word(lex, tokens[j - 1])
                                                         or _opening_phrase(tokens, j)):
            if passive and tok.low not in ("quoted", "cited"):
                return None  # "it was said", "it is estimated": no one speaks
            via = self._by(tokens, verb_end) if passive else None
            return Cue(tokens[j].start, tokens[end_tok].end, tokens[j].start, tokens[j].end, "pronoun",
                       _leading(tokens[j].start, tokens[end_tok].end, s, e), via,
                       _document_noun(lex, tokens, 0, j, framed=True), verb)
        if passive and tok.low in lex.hearing_verbs:
            if nxt is not None and nxt.low == "to":
                return None  # "hospitals were told to prepare for dozens": an order, not a report
            teller = self._by(tokens, verb_end)  # "were told by the authorities in Agdam that": they speak
            if teller is not None:
                return Cue(tok.start, teller[1], teller[0], teller[1], "inverted", _leading(tok.start, teller[1], s, e),
                           verb=verb)
        subject = _named_in_relative(lex, tokens, j) or scan_left(lex, tokens, j + 1, 0)
        if subject is None and j >= 1 and tokens[j].low in ("who", "that") and tokens[j - 1].is_word and not (
                passive):
            subject = scan_left(lex, tokens, j, 0)  # "quotes officials in Agdam who put the dead at 1,000"
            if subject is not None and not any(lex.is_name_word(t) or lex.is_describer(t)
                                               for t in tokens[subject.first:subject.last + 1]):
                subject = None
        if subject is not None and tokens[j].text != ",":
            subject = self._relative_head(tokens, subject)
        if subject is None:
            subject = self._antecedent(tokens, j + 1)  # from the first auxiliary: "X, who ..., were told"
        if subject is None:
            subject = self._participle_subject(tokens, j)
        if subject is not None:
            if passive and tok.low not in ("quoted", "cited") and tok.low not in lex.hearing_verbs and not (
                    tok.low == "reported" and self._to_have_said(tokens, verb_end)):
                return None  # "it is estimated"; but "Memorial's workers were told that ..." relay what they heard
            if tok.low in lex.plural_only and not _plural(lex, tokens[_head_of(tokens, subject.first, subject.last)]):
                return None
            a, b = _span(tokens, subject)
            quoted = self._quoted_as_saying(tokens, verb_end) if not passive and tok.low in lex.relay_verbs else None
            if quoted is not None:  # "the paper quoted the ministry as saying that": the ministry speaks
                (qa, qb), cue_end = quoted
                return Cue(a, cue_end, qa, qb, "verb", _leading(a, cue_end, s, e), (a, b), verb=verb)
            via = _via(tokens, subject) or (self._by(tokens, verb_end) if passive else None)
            return Cue(a, tokens[end_tok].end, a, b, "verb", _leading(a, tokens[end_tok].end, s, e), via,
                       _document_noun(lex, tokens, 0, subject.first, framed=True), verb)
        inverts = tok.low in lex.invertible_verbs
        if inverts and (k == 0 or tokens[k - 1].text in "," or tokens[k - 1].text in QUOTE_CHARS):
            inverted = scan_right(lex, tokens, verb_end + 1, len(tokens))
            if inverted is not None:
                inverted = self._named_after(tokens, inverted)
                a, b = _span(tokens, inverted)
                return Cue(tok.start, b, a, b, "inverted", _leading(tok.start, b, s, e), verb=verb)
        opener = self._sentence_subject(tokens, k)
        if opener is None and not passive and j >= 1 and tokens[j].low in ("and", "but") and tokens[j - 1].text != ",":
            shared = self._coordinated_subject(tokens, j)
            if shared is not None:  # the cue is the joined verb alone; its speaker opens the sentence
                a, b = _span(tokens, shared)
                at = tokens[j + 1].start
                return Cue(at, tokens[end_tok].end, a, b, "verb", _leading(at, tokens[end_tok].end, s, e), verb=verb)
        if opener is None and not passive and (tok.low in lex.invertible_verbs or tok.low in lex.telling_verbs):
            opener = _common_noun_subject(lex, tokens, j)  # plain verbs of saying only: not "the killers recorded"
        if opener is not None and not passive:
            a, b = _span(tokens, opener)
            return Cue(a, tokens[end_tok].end, a, b, "verb", _leading(a, tokens[end_tok].end, s, e), verb=verb)
        return None

    def _named_after(self, tokens: list[Token], found: Phrase) -> Phrase:
        """'..., says the complex's senior guide, Tamara Lobach.': a role and the name after it, to the end."""
        comma = found.last + 1
        if comma + 1 >= len(tokens) or tokens[comma].text != ",":
            return found
        m = comma + 1
        while m < len(tokens) and (self.lex.is_name_word(tokens[m]) or is_initial_dot(tokens, m)):
            m += 1
        if m == comma + 1 or m - comma > 6 or (m < len(tokens) and tokens[m].text not in ".,;"):
            return found
        return Phrase(found.first, m - 1, found.via)

    def _coordinated_subject(self, tokens: list[Token], j: int) -> Phrase | None:
        """"U.S. diplomat William Walker visited the gully and afterwards told reporters that ...": a verb joined by
        "and" to the sentence's first verb shares its subject, the phrase that opens the sentence."""
        lex = self.lex
        start = after_markers(tokens, j)
        if start < j and tokens[start].low in _ASIDE_OPENERS:  # "In Baku, officials called ... and said"
            comma = next((m for m in range(start + 1, min(j, start + 8)) if tokens[m].text == ","), None)
            start = comma + 1 if comma is not None else start
        found = scan_right(lex, tokens, start, j)
        if found is None or found.last + 1 >= j:
            return None
        while found.last > found.first and tokens[found.last].low in lex.auxiliaries:
            found = Phrase(found.first, found.last - 1, found.via)  # "Human Rights Watch first counted"
        found, after = self._with_apposition(tokens, found, j)
        verb = tokens[after]
        if not verb.is_word or verb.is_cap or not (verb.low.endswith(("ed", "s")) or verb.low in lex.auxiliaries
                                                   or verb.low in lex.speech_verbs):
            return None  # "The EU's foreign policy chief": the phrase stopped inside its noun, not at a verb
        if all(t.low in lex.pronouns or t.low in lex.own_voice or t.text == "I"
               for t in tokens[found.first:found.last + 1]):
            return None
        if any(t.text in ";:" for t in tokens[after:j]) or any(
                t.low in ("who", "which", "that") for t in tokens[after:j]):
            return None  # another clause between: its own subject may be the one joined
        if not any(lex.is_name_word(t) or t.base.lower() in lex.role_words for t in
                   tokens[found.first:found.last + 1]):
            return None
        return found

    def _with_apposition(self, tokens: list[Token], found: Phrase, j: int) -> tuple[Phrase, int]:
        """"The head of the mission, U.S. diplomat William Walker, visited ...": the subject runs on through a
        named apposition between commas. Returns the subject and the index of the token after it."""
        comma = found.last + 1
        if comma >= j or tokens[comma].text != ",":
            return found, comma
        close = next((m for m in range(comma + 1, min(j, comma + 16)) if tokens[m].text == ","), None)
        if close is None or close + 1 >= j:
            return found, comma
        named = _named_in_relative(self.lex, tokens, close)
        if named is not None:  # "An Armenian fighter, who gave his name as Samvel, ... and said": Samvel
            return named, close + 1
        inner = tokens[comma + 1:close]
        if len(inner) <= 12 and not inner[0].is_cap and (
                inner[0].low in _ASIDE_OPENERS or inner[0].low.endswith("ing")):
            return found, close + 1  # "Human Rights Watch, in a report published in 1993, described": an aside
        if len(inner) > 8 or not any(self.lex.is_name_word(t) for t in inner) or not all(
                content_word(self.lex, t) or t.text == "." or t.low in self.lex.connectors for t in inner):
            return found, comma
        return Phrase(found.first, close - 1, found.via), close + 1

    def _participle_subject(self, tokens: list[Token], j: int) -> Phrase | None:
        """"A household survey published in 2017 estimated": the noun a short participle phrase describes."""
        for p in range(min(j, len(tokens) - 2), max(0, j - 6), -1):
            tok = tokens[p]
            if tok.text in ",;:()":
                return None
            # "A government release from June 1995 also gave 72": the noun a date describes
            dated = tok.low in ("from", "of", "dated") and all(
                t.low in self.lex.month_words or t.text.isdigit() for t in tokens[p + 1:j + 1])
            after = tokens[p + 1]  # "published in 2017", "released nine days later"
            participle = tok.is_word and not tok.is_cap and tok.low.endswith("ed") and (
                after.low in _PARTICIPLE_LINKS or after.text[:1].isdigit() or after.low in self.lex.amount_words
                or after.low in self.lex.calendar_words)
            if dated or participle:
                found = scan_left(self.lex, tokens, p, 0)
                if found is None or found.last != p - 1:
                    return None
                head = tokens[found.last]
                named = head.low in self.lex.source_nouns or head.base.lower() in self.lex.role_words
                if not (named or self.lex.is_name_word(head)):
                    return None
                first = found.first
                while first > 0 and tokens[first - 1].is_word and not tokens[first - 1].is_cap and tokens[
                        first - 1].low not in self.lex.determiners and first - 1 >= found.first - 3:
                    first -= 1  # "A household survey": plain modifiers stay with their noun
                if first > 0 and tokens[first - 1].low in self.lex.determiners:
                    first -= 1  # and its article: "a survey" names no earlier issuer, "the survey" does
                return Phrase(first, found.last, found.via)
        return None

    def _quoted_as_saying(self, tokens: list[Token], verb_end: int) -> tuple[tuple[int, int], int] | None:
        """"quoted the interior ministry as saying (that)": the quoted speaker's span and the cue's end."""
        found = scan_right(self.lex, tokens, verb_end + 1, len(tokens))
        if found is None or found.last + 2 >= len(tokens):
            return None
        as_, saying = tokens[found.last + 1], tokens[found.last + 2]
        if as_.low != "as" or saying.low not in _AS_SAYING:
            return None
        that = found.last + 3 < len(tokens) and tokens[found.last + 3].low == "that"
        end = found.last + 3 if that else found.last + 2
        return _span(tokens, found), tokens[end].end

    def _relative_head(self, tokens: list[Token], found: Phrase) -> Phrase:
        """"A cameraman who flew over the area with Azerbaijani officials counted": a phrase after a preposition
        inside a relative clause is its object; the verb's subject is the phrase the clause describes."""
        if found.first >= 3 and tokens[found.first - 1].low == "by" and tokens[found.first - 2].low.endswith("ed"):
            # "The commission of historians appointed by this House found": the agent of a participle is not
            # the subject; the phrase the participle describes is
            head = scan_left(self.lex, tokens, found.first - 2, 0)
            return head if head is not None and head.last == found.first - 3 else found
        if found.first < 3:
            return found
        if tokens[found.first - 1].low in _OBJECT_PREPOSITIONS:
            m = found.first - 2
        else:  # "Reporters who reached the main hospital in Sukhumi saw": the object of the clause's own verb
            m = found.first - 1
            while m > 0 and found.first - m <= 3 and not tokens[m].is_cap and tokens[m].is_word and not (
                    tokens[m].low.endswith("ed")):
                m -= 1  # "the main"
            if not (tokens[m].low.endswith("ed") and not tokens[m].is_cap):
                return found
            m -= 1
        while m > 0 and found.first - m <= 14 and tokens[m].text not in ",;:()":
            if tokens[m].low in ("who", "which"):
                head = scan_left(self.lex, tokens, m, 0)
                return head if head is not None and head.last == m - 1 else found
            m -= 1
        return found

    def _antecedent(self, tokens: list[Token], k: int) -> Phrase | None:
        """"the government, which under strong pressure accepted that 7,000 died": the relative's antecedent."""
        m = k - 1
        if m > 0 and tokens[m].text == ",":
            m -= 1  # "X, which reached the village the next day, reported"
        while m > 0 and k - m <= 14 and tokens[m].text not in ",;:":
            if tokens[m].low in ("which", "who") and tokens[m - 1].text == ",":
                found = scan_left(self.lex, tokens, m - 1, 0)
                if found is not None and found.first >= 2 and tokens[found.first - 1].low == "by" and tokens[
                    found.first - 2
                ].low.endswith("ed"):  # "a delegation of X led by Y, which ...": the delegation
                    return scan_left(self.lex, tokens, found.first - 2, 0) or found
                return found
            m -= 1
        return None

    def _sentence_subject(self, tokens: list[Token], k: int) -> Phrase | None:
        """"Journalists taken to the area by helicopter said": the phrase opening the sentence, when a short
        qualifying clause without commas separates it from the verb."""
        lex = self.lex
        first = after_markers(tokens, k)  # a footnote marker at the head of the sentence: "[4] Journalists ..."
        colon = next((m for m in range(k - 1, first - 1, -1) if tokens[m].text in (":", ";")), None)
        if colon is not None:
            first = colon + 1  # "Others give lower figures: Amnesty at the time reported": the clause after it
        if k - first > 16:
            return None
        found = scan_right(lex, tokens, first, k)
        if found is None or found.last + 1 >= k:
            return None
        follower = tokens[found.last + 1]
        between = tokens[found.last + 1:k]
        if not follower.is_word or follower.is_cap or any(t.text in ",;:" for t in between):
            return None
        if any(t.low in lex.speech_verbs or t.low in lex.speech_phrase_index or (
                t.text[:1].isdigit() and not YEAR.fullmatch(t.text)) for t in between):
            return None  # "a pamphlet spoke of no more than 400 and denied": the first verb is the subject's
        head = tokens[found.last]
        if not (lex.is_name_word(head) or head.base.lower() in lex.role_words):
            return None
        return found

    def _deed(self, tokens: list[Token], k: int) -> bool:
        """"The war has claimed more than 1,000 lives": the object shows a deed, not a report."""
        m = k + 1
        while m < len(tokens) and m - k <= 5 and (tokens[m].text[:1].isdigit() or tokens[m].low in _AMOUNT_WORDS):
            m += 1
        return m < len(tokens) and any(
            _match(tokens, m, phrase) for phrase in self.lex.not_report_index.get(tokens[m].low, ())
        )

    def _to_have_said(self, tokens: list[Token], k: int) -> bool:
        """"reported (by Interfax) to have said that": the subject's words, relayed."""
        m = k + 1
        if m < len(tokens) and tokens[m].low == "by":
            agent = scan_right(self.lex, tokens, m + 1, len(tokens))
            if agent is None:
                return False
            m = agent.last + 1
        return m + 2 < len(tokens) and tokens[m].low == "to" and tokens[m + 1].low == "have" and (
            tokens[m + 2].low in self.lex.speech_verbs)

    def _by(self, tokens: list[Token], k: int) -> tuple[int, int] | None:
        """Who relays a passive report: "was quoted by British journalist Thomas de Waal"."""
        if k + 1 < len(tokens) and tokens[k + 1].low == "by":
            found = scan_right(self.lex, tokens, k + 2, len(tokens))
            if found is not None:
                return _span(tokens, found)
        return None

    def _given_by(self, tokens: list[Token], k: int) -> Phrase | None:
        """Who the number noun at k is "used by", "cited by", "compiled by": the agent after "by"."""
        m = k + 1
        while m < len(tokens) and m - k <= 3 and (tokens[m].low.endswith("ly") or tokens[m].low in _DEGREE_WORDS):
            m += 1  # "most often", "widely"
        if m + 2 >= len(tokens) or tokens[m].low not in _GIVING_PARTICIPLES or tokens[m + 1].low != "by":
            return None
        agent = scan_right(self.lex, tokens, m + 2, len(tokens))
        if agent is None or not any(content_word(self.lex, t) for t in tokens[agent.first:agent.last + 1]):
            return None
        return agent

    def _numbers(self, tokens: list[Token], k: int) -> Cue | None:
        """"official figures", "the provincial government's figures", "UN estimates"."""
        lex = self.lex
        if tokens[k].low not in lex.number_nouns or k == 0 or tokens[k].text == "Number":
            return None  # "the film Cellar Number Seven": a capitalised "Number" belongs to a name
        prev = tokens[k - 1]
        if prev.low == "own" and k > 2 and tokens[k - 3].low in _BASIS_WORDS:
            return None  # "on the basis of its own lists": what a finding rests on, not another source
        if tokens[k].low in ("toll", "tolls") and not prev.is_possessive:
            return None  # "the Beslan toll", "Khojaly death toll": the place or event counted, not who counts
        if tokens[k].low in ("version", "versions") and not prev.is_possessive and prev.low not in _OFFICIAL:
            return None  # "Baku's version", "the official version"; not "an open-top version" of a car
        agent = self._given_by(tokens, k)
        if agent is not None:  # "a figure used by the committee", "figures most often cited by researchers"
            a, b = _span(tokens, agent)
            return Cue(tokens[k].start, b, a, b, "numbers", False)
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if tokens[k].low in lex.amount_verbs and prev.low.endswith("s") and not prev.is_possessive and nxt is not None \
                and (nxt.text[:1].isdigit() or nxt.low in lex.amount_words):
            return None  # "The 37 registers list 6,412 residents": a verb after a plural subject, not a noun
        if prev.low in _OWNER_PRONOUNS and (k < 2 or tokens[k - 2].text in ";,." or tokens[k - 2].low in (
                "and", "but", "while")):
            # "...; its list had 161 names": the body the sentence was about owns the list
            return Cue(prev.start, tokens[k].end, prev.start, prev.end, "numbers", True)
        found = scan_left(lex, tokens, k, 0) if content_word(lex, prev) and prev.low not in lex.number_nouns \
            else None
        if found is None or found.via is not None or found.last != k - 1:
            by = _by_estimates(tokens, k)
            if by is not None and k + 1 < len(tokens) and tokens[k + 1].low in ("of", "from"):
                owner = scan_right(lex, tokens, k + 2, len(tokens))
                if owner is not None and any(lex.is_name_word(t) for t in tokens[owner.first:owner.last + 1]):
                    a, b = _span(tokens, owner)  # "by the count of Western news agencies": the agencies count
                    return Cue(tokens[by].start, b, a, b, "preposition", by == 0, verb="by")
            if by is not None:  # "..., by the most widely cited estimates": they speak for what precedes
                return Cue(tokens[by].start, tokens[k].end, tokens[by + 1].start, tokens[k].end, "preposition",
                           by == 0, verb="by")
            return None
        if found.first > 0 and tokens[found.first - 1].low in _BASIS_WORDS:
            return None  # "from hospital records we established": the basis of a finding, not its source
        if found.first > 0 and tokens[found.first - 1].low in lex.label_verbs:
            return None  # "X has called the report's account a so-called massacre": the object of X's words
        a, _ = _span(tokens, found)
        after = self._authored_by(tokens, k + 1)
        author = scan_right(lex, tokens, after, len(tokens)) if after is not None and tokens[k + 1].text == "," \
            else None
        if author is not None and any(lex.is_name_word(t) or lex.is_describer(t)
                                      for t in tokens[author.first:author.last + 1]):
            # "Azerbaijani figures, compiled later by a parliamentary commission, list 131": the compiler speaks
            return Cue(a, tokens[author.last].end, tokens[author.first].start, tokens[author.last].end, "numbers",
                       True)
        phrase = tokens[found.first:k]
        # "Death toll in Varesk rises": a headline's capitalised measure word names no one
        names = [t for t in phrase if lex.is_name_word(t) and not predicates.table().pattern.fullmatch(t.text)]
        if not names and any(lex.is_name_word(t) for t in phrase) and all(
                lex.is_name_word(t) or t.low in lex.determiners for t in phrase):
            return None
        if prev.is_possessive:
            return Cue(a, tokens[k].end, a, prev.end, "numbers", True)
        if names:  # a named source: "UN figures" -> UN, "the official Azerbaijani figure" -> Azerbaijani
            return Cue(a, tokens[k].end, names[0].start, names[-1].end, "numbers", True)
        if all(t.low in lex.determiners or t.low in lex.figure_modifiers for t in phrase):
            return None  # "the civilian toll", "the final count": what is counted, not who counts
        return Cue(a, tokens[k].end, a, tokens[k].end, "numbers", True)  # a category: "official figures"

    def _issue(self, tokens: list[Token], k: int) -> Cue | None:
        """"X released a joint statement": X is the issuer of later "the statement" cues."""
        lex = self.lex
        if tokens[k].low not in lex.issuing_verbs:
            return None
        noun = _document_noun(lex, tokens, k + 1, min(len(tokens), k + 5)) or next(
            (t.low for t in tokens[k + 1:k + 5] if t.low in lex.number_nouns), None)  # "publishes a toll of 73"
        if noun is None or not any(t.low in lex.determiners for t in tokens[k + 1:k + 4]):
            return None  # "released a joint statement", not "adopted by Resolution 260"
        j = k - 1
        while j >= 0 and tokens[j].low in lex.auxiliaries and tokens[j].low not in BE_FORMS:
            j -= 1
        if j >= 0 and tokens[j].low in BE_FORMS:
            return None  # "the report was published": the issuer, if any, follows "by"
        subject = scan_left(lex, tokens, j + 1, 0)
        if subject is None:
            return None
        a, b = _span(tokens, subject)
        return Cue(a, tokens[k].end, a, b, "issue", False, document_noun=noun)

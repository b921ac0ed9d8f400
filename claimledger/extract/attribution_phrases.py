"""Speaker phrases: the noun phrase that names who speaks, found by walking tokens left of a verb ("the town's
mayor, A. B., said") or right of a preposition ("according to Human Rights Watch").

A phrase is made of name words, lower-case role and modifier words, connectors between them, initials and
possessives. Commas may join an apposition ("the mayor, A. B.,") only when the far part reaches a clause
boundary, so "40 died, the mayor said" stops at the comma.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from claimledger.extract.attribution_words import QUOTE_CHARS, YEAR, Lexicon, Token

MAX_SEGMENT = 20  # tokens; a speaker phrase is short, but an office may be long ("the ... Mission of the OSCE")
BULLETS = frozenset("•*-–·▪►")  # marks that open a list item
BOUNDARY_PUNCT = frozenset(",:;()[]—") | BULLETS | frozenset(QUOTE_CHARS)
_MID_DETERMINER_AFTER = frozenset({"of", "for", "and", "to", "on", "in", "by", "at"})
_RELATIVES = frozenset({"which", "who", "whose", "whom", "that"})
VIA_PHRASES: tuple[tuple[str, ...], ...] = (
    ("quoted", "by"), ("cited", "by"), ("speaking", "to"), ("interviewed", "by"), ("talking", "to"),
    ("in", "an", "interview", "with"), ("according", "to"),
)


@dataclass(frozen=True)
class Phrase:
    """Tokens [first, last] (inclusive) of a speaker phrase, and who relays it when a chain names one."""

    first: int
    last: int
    via: tuple[int, int] | None = None  # token span of the relaying source, inclusive


_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}[.)]|§+")
_DATED = re.compile(r"1[5-9]\d\d|20[0-2]\d")  # a year that dates a source (a decade is "1960" "s")
# words that follow a participle opening an aside: "questioned as a witness", "arrested in 1995"
_ASIDE_LINKS = frozenset({"as", "in", "on", "at", "after", "before", "during", "since", "from", "with", "for"})
# participles that name the subject ("named in the dispatch only as Sevda") or describe a document ("published in
# 1993"), read by their own rules
_NOT_ASIDE_PARTICIPLES = frozenset({"named", "identified", "called", "known", "published", "released", "issued",
                                    "cited", "quoted", "compiled", "dated"})
# participles without -ed that open an aside the same way: "set up after the army retook the town", "led by"
_IRREGULAR_PARTICIPLES = frozenset({"set", "led", "held", "built", "made", "sent", "brought", "chosen", "given",
                                    "taken", "written", "drawn", "begun", "run", "founded", "formed"})
_PARTICLES = frozenset({"up", "out", "down"})


def _led_by(lex: Lexicon, tokens: list[Token], first: int, lo: int) -> int:
    """Where the phrase starting at `first` begins when it names who leads a body: "The commission headed by X"."""
    if first - 3 >= lo and tokens[first - 1].low == "by" and (
            tokens[first - 2].low.endswith("ed") or tokens[first - 2].low in _IRREGULAR_PARTICIPLES):
        head = _segment_left(lex, tokens, first - 3, lo)
        before = head - 2 if head is not None and head - 2 >= lo and tokens[head - 1].low in lex.determiners else (
            head - 1 if head is not None else lo)
        if head is not None and _at_left_boundary(lex, tokens, head, lo) and (
                before < lo or tokens[before].low not in ("of", "for", "with")):
            return head  # not "a delegation of X led by Y": the delegation, whom the cue's own rule finds
    return first


def _opens_aside(tokens: list[Token], k: int, j: int) -> bool:
    """A participle opens the segment after the comma at k: "A former guard, questioned as a witness, told",
    "The commission, set up after the war, claimed"."""
    word = tokens[k + 1]
    if word.is_cap or word.low in _NOT_ASIDE_PARTICIPLES or not (
            word.low.endswith("ed") or word.low in _IRREGULAR_PARTICIPLES):
        return False
    link = k + 3 if k + 3 < j and tokens[k + 2].low in _PARTICLES else k + 2
    return link < j and tokens[link].low in _ASIDE_LINKS


def is_initial_dot(tokens: list[Token], k: int, titles: frozenset[str] = frozenset()) -> bool:
    """The full stop of an initial or a title inside a name: "A. Mutalibov", "Dr. Kamran Selimov"."""
    prev = tokens[k - 1] if k > 0 else None
    if tokens[k].text != "." or prev is None:
        return False
    return (len(prev.text) == 1 and prev.text.isupper()) or (prev.is_cap and prev.low in titles)


FOOTNOTE_MARKS = ("[", "]")


def after_markers(tokens: list[Token], hi: int, marks: tuple[str, ...] = FOOTNOTE_MARKS) -> int:
    """Index of the first word of a sentence past a footnote marker left at its head ("[4] The government ...")
    and, where `marks` says so, a list bullet."""
    first = 0
    while first < hi and (tokens[first].text in marks or tokens[first].text.isdigit()):
        first += 1
    return first


def _inside_name(lex: Lexicon, tokens: list[Token], k: int, hi: int) -> bool:
    """"Commission on Missing Persons": a capitalised word no name opens with, between a connector and a name word
    (before token index `hi`), is inside a name."""
    tok = tokens[k]
    return (tok.is_cap and tok.is_word and k + 1 < hi and k > 0 and tokens[k - 1].low in lex.connectors
            and lex.is_name_word(tokens[k + 1]))


def _hyphen_name(lex: Lexicon, tok: Token) -> bool:
    """"then-Defense", "ex-President", "self-proclaimed": a hyphenated word with a name or role part."""
    if "-" not in tok.text:
        return False
    parts = [p for p in tok.base.split("-") if p]
    return any(p[:1].isupper() or p.lower() in lex.role_words or p.lower() in lex.modifier_words for p in parts)


def content_word(lex: Lexicon, tok: Token) -> bool:
    """A word that can carry a speaker phrase (not a connector or determiner)."""
    if tok.low in lex.determiners or (tok.low in lex.connectors and not tok.is_cap):
        return False
    return lex.is_name_word(tok) or lex.is_describer(tok) or _hyphen_name(lex, tok)


_TIME_ADVERBS = frozenset({"earlier", "later", "yesterday", "today", "tonight"})
_TIME_WORDS = frozenset({"on", "in", "at", "late", "early", "last", "next"})
_CITATION_WORDS = frozenset({"p", "pp", "ed", "eds", "vol", "cf", "ibid", "n", "fn", "ch", "and", "see", "esp", "op",
                             "cit", "loc"})


def _parenthetical_left(lex: Lexicon, tokens: list[Token], k: int, lo: int) -> int | None:
    """Index of the "(" matching the ")" at k when it holds a short name ("(Ombudsman)", "(HRW)") or the place
    and year of a publication ("The Final Report ... (Bucharest, 2004) puts")."""
    j = k - 1
    while j >= lo and k - j <= 5 and tokens[j].text != "(":
        published = YEAR.fullmatch(tokens[j].text) or (tokens[j].text == "," and j + 1 < k and YEAR.fullmatch(
            tokens[j + 1].text))
        if not (content_word(lex, tokens[j]) or tokens[j].low in lex.connectors or published):
            return None
        j -= 1
    return j if j >= lo and j < k - 1 and tokens[j].text == "(" else None


def _parenthetical_right(lex: Lexicon, tokens: list[Token], k: int, hi: int) -> int | None:
    j = k + 1
    while j < hi and j - k <= 5 and tokens[j].text != ")":
        if not (content_word(lex, tokens[j]) or tokens[j].low in lex.connectors):
            return None
        j += 1
    return j if j < hi and j > k + 1 and tokens[j].text == ")" else None


_UNIT_NUMBER = re.compile(r"\d{1,4}")
_CLOSING_QUOTES = frozenset({'"', "”", "»"})
_OPENING_QUOTES = frozenset({'"', "“", "«", "„"})


def _quoted_name_left(lex: Lexicon, tokens: list[Token], k: int, lo: int) -> int | None:
    """Index of the quotation mark opening the short capitalised name whose closing mark is at k."""
    for n in range(k - 1, max(lo, k - 7) - 1, -1):
        if tokens[n].text in _OPENING_QUOTES:
            inner = tokens[n + 1:k]
            if inner and inner[0].is_cap and all(t.is_cap or t.low in lex.connectors or t.low in lex.determiners
                                                 for t in inner):
                return n
            return None
    return None


_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "near", "on"})


def _place_tail(lex: Lexicon, tokens: list[Token], j: int, lo: int) -> int | None:
    """"Doctors in the regional capital": the index of the role before a place described in lower case."""
    if j - 2 > lo and lex.is_name_word(tokens[j]) and tokens[j - 1].low == "of" and (
            tokens[j - 2].low in lex.described_places and not tokens[j - 2].is_cap):
        j -= 2  # "the memorial in the churchyard of Velm", "doctors in the town of Agdam"
    if tokens[j].low not in lex.described_places or tokens[j].is_cap:
        return None
    k = j - 1
    while k >= lo and j - k <= 3 and tokens[k].is_word and not tokens[k].is_cap and (
            tokens[k].low not in lex.determiners and tokens[k].low not in _PLACE_PREPOSITIONS):
        k -= 1  # "regional", "besieged"
    if k >= lo and tokens[k].low in lex.determiners:
        k -= 1
    # "the memorial on the central square": a source noun stands where its place is too
    if k - 1 >= lo and tokens[k].low in _PLACE_PREPOSITIONS and (
            tokens[k - 1].base.lower() in lex.role_words or tokens[k - 1].low in lex.source_nouns):
        return k - 1
    return None


TIME_NOUNS = frozenset({"time", "day", "year", "period", "era", "week", "month"})


def _segment_left(lex: Lexicon, tokens: list[Token], j: int, lo: int) -> int | None:
    """Leftmost index of a phrase segment ending at j, or None when j does not end one."""
    role = _place_tail(lex, tokens, j, lo)
    j = j if role is None else role
    year = j - 1 if tokens[j].text == "s" and j > lo and tokens[j - 1].text.isdigit() else j  # "1960" "s"
    if year - 2 > lo and _DATED.fullmatch(tokens[year].text):  # "memorial literature of the 1960s", "from 1993"
        back = year - 2 if tokens[year - 1].low == "the" else year - 1
        if back - 1 >= lo and tokens[back].low in ("of", "from") and content_word(lex, tokens[back - 1]):
            return _segment_left(lex, tokens, back - 1, lo)
    if j - 3 >= lo and tokens[j].low in TIME_NOUNS and tokens[j - 1].low in ("the", "that") and (
            tokens[j - 2].low == "of" and tokens[j - 3].low in lex.source_nouns):
        return _segment_left(lex, tokens, j - 3, lo)  # "the authorities' own report of the time"
    k = j
    while k >= lo and j - k < MAX_SEGMENT:
        tok = tokens[k]
        if tok.low in lex.determiners:
            before = tokens[k - 1].low if k - 1 >= lo else ""
            if before in _MID_DETERMINER_AFTER and k - 1 > lo and content_word(lex, tokens[k - 2]):
                k -= 1  # "Office of the Republic": the determiner sits inside the name
                continue
            k -= 1
            break
        if content_word(lex, tok) or is_initial_dot(tokens, k, lex.titles):
            k -= 1
            continue
        if tok.low.isalpha() and not tok.is_cap and k < j and k - 1 >= lo and tokens[k + 1].low in lex.role_words \
                and (lex.is_name_word(tokens[k - 1]) or tokens[k - 1].is_possessive) \
                and tokens[k - 1].low not in lex.determiners and tok.low not in lex.connectors:
            k -= 1  # "the United Nations cultural agency": a plain adjective between a name and its role
            continue
        if k - 1 > lo and _inside_name(lex, tokens, k, j + 1) and content_word(lex, tokens[k - 2]):
            k -= 1  # "Commission on Missing Persons"
            continue
        if tok.is_possessive and tok.is_word and k < j and content_word(lex, tokens[k + 1]):
            k -= 1  # "the province's minister": any owner before a role
            continue
        if tok.low in lex.connectors and k < j and k - 1 >= lo and content_word(lex, tokens[k - 1]):
            k -= 1
            continue
        if tok.text == ")":
            opening = _parenthetical_left(lex, tokens, k, lo)
            if opening is not None:
                k = opening - 1
                continue
        # "Unit 731 said", "Einsatzkommando 4b reported" (a letter glued to the number): a unit's number closes its name
        number = k - 1 if len(tok.text) == 1 and tok.text.islower() and k > lo and tokens[k - 1].end == tok.start else k
        if k == j and number - 1 >= lo and _UNIT_NUMBER.fullmatch(tokens[number].text) and lex.is_name_word(
                tokens[number - 1]):
            k = number - 1
            continue
        if tok.text in _CLOSING_QUOTES:
            opening = _quoted_name_left(lex, tokens, k, lo)
            if opening is not None:
                k = opening - 1  # 'the human rights centre "Memorial"', 'the society «Memorial»': a quoted name
                continue
        if tok.text.isdigit() and len(tok.text) == 4 and k < j and tokens[k + 1].low in lex.source_nouns:
            k -= 1  # "A 2004 report"
            if k >= lo and tokens[k].low in lex.calendar_words:
                k -= 1  # "Their June 2003 report": the month goes with the year
                if k >= lo and tokens[k].text.isdigit() and len(tokens[k].text) <= 2:
                    k -= 1  # "its 12 May 2003 report"
            continue
        break
    first = k + 1
    if first > j:
        return None
    span = tokens[first:j + 1]
    if not any(content_word(lex, t) for t in span):
        return None
    if tokens[j].low in lex.connectors or tokens[j].low in lex.determiners:
        return None
    return first


def _at_left_boundary(lex: Lexicon, tokens: list[Token], first: int, lo: int) -> bool:
    if first <= lo:
        return True
    before = tokens[first - 1]
    if before.text in BOUNDARY_PUNCT or before.low in {"that", "and", "but", "while", "as"}:
        return True
    if first - 1 == lo and _SECTION_NUMBER.fullmatch(before.text):
        return True  # "3.2 Human Rights Watch, analysing ..., concluded": a numbered paragraph opens with its subject
    # "Earlier this evening Volodymyr Zelensky, speaking ..., gave": only a time opens the sentence before it
    opening = tokens[lo:first]
    times = [t for t in opening if t.low in lex.day_parts or t.low in lex.calendar_words or t.low in _TIME_ADVERBS]
    return bool(times) and len(opening) <= 4 and all(
        t in times or t.low in lex.determiners or t.low in _TIME_WORDS or t.text.isdigit() for t in opening)


def _match(tokens: list[Token], k: int, phrase: tuple[str, ...], hi: int) -> bool:
    return k + len(phrase) <= hi and all(tokens[k + n].low == w for n, w in enumerate(phrase))


def _citation_left(tokens: list[Token], k: int, lo: int) -> int | None:
    """Index of the "(" of an author-year citation closing at k: "Brenner (2004, pp. 112–15) argues"."""
    j = k - 1
    while j >= lo and k - j <= 10 and tokens[j].text != "(":
        if tokens[j].is_word and tokens[j].low not in _CITATION_WORDS:
            return None
        j -= 1
    if j < lo or tokens[j].text != "(" or j + 1 >= k or not YEAR.fullmatch(tokens[j + 1].text):
        return None
    return j


def scan_left(lex: Lexicon, tokens: list[Token], end: int, lo: int) -> Phrase | None:
    """The speaker phrase that ends just before token index `end` (the verb, past any auxiliaries)."""
    j = end - 1
    via: tuple[int, int] | None = None
    if j > lo and tokens[j].text == ",":  # "Veit, op. cit., p. 133, thought": a reference between subject and verb
        m = j
        while m >= lo and (tokens[m].text in ",." or tokens[m].low in _CITATION_WORDS or tokens[m].text.isdigit()):
            m -= 1
        if lo <= m < j - 2 and lex.is_name_word(tokens[m]) and any(
                tokens[x].low in _CITATION_WORDS and tokens[x].low not in ("and", "see") for x in range(m + 1, j)):
            j = m
    if j > lo and tokens[j].text == ")":
        cited = _citation_left(tokens, j, lo)
        if cited is not None and cited > lo:
            j = cited - 1  # the author before the year: "Halder (1998) himself accepts"
    if j >= lo and tokens[j].text == ",":
        # "a doctor, quoted by the AP, said": the middle segment names who relays the doctor
        k = j - 1
        while k >= lo and tokens[k].text not in ",;:" and j - k <= MAX_SEGMENT:
            if tokens[k].text == ")":  # "X, Memorial Book (Dravec, 2004), lists": the comma inside is no break
                opening = next((n for n in range(k - 1, max(lo, k - 12) - 1, -1) if tokens[n].text == "("), None)
                k = opening if opening is not None else k
            k -= 1
        if k >= lo and tokens[k].text == ",":
            for offset in range(3):  # "so often cited by Baku": the relaying words may open with an adverb
                phrase = next((p for p in VIA_PHRASES if _match(tokens, k + 1 + offset, p, j)), None)
                if phrase is not None:
                    right = scan_right(lex, tokens, k + 1 + offset + len(phrase), j)
                    if right is not None:
                        via = (right.first, right.last)
                        j = k - 1
                    break
        if via is None:
            relative = k >= lo and k + 1 < j and (tokens[k + 1].low in _RELATIVES or (  # ", on whose findings"
                k + 2 < j and tokens[k + 1].low in _ASIDE_LINKS and tokens[k + 2].low in _RELATIVES))
            # "A former guard, questioned as a witness, told": a participle's aside, not the subject's name
            aside = k >= lo and k + 2 < j and _opens_aside(tokens, k, j)
            titled = any(YEAR.fullmatch(t.text) for t in tokens[k + 1:j])  # ", Memorial Book (Dravec, 2004),"
            near = _segment_left(lex, tokens, j - 1, lo) if j - 1 >= lo and not (relative or aside or titled) \
                else None
            if near is not None and not _at_left_boundary(lex, tokens, near, lo):
                near = None  # "..., an opposition group based in London, speaks": London is not the subject
            if (near is None and k - 3 >= lo and tokens[k].text == "," and tokens[k - 1].text.isdigit()
                    and tokens[k - 2].text == ","):
                k -= 2  # an age in apposition: "Olena Hrytsenko, 61, who stayed in her cellar, told us"
            if near is None and k >= lo and tokens[k].text == "," and k - 1 >= lo:
                # "Colonel Ardan Mevis, commander of the 4th brigade, told": a named subject and any apposition
                far = _segment_left(lex, tokens, k - 1, lo)
                participle = aside or (k + 1 < j and tokens[k + 1].low.endswith("ing") and not tokens[k + 1].is_cap)
                # "The interviewee, then a teacher of thirty, recalled": a definite person opening the sentence
                definite = far is not None and far == lo and tokens[far].low == "the" and (
                    tokens[k - 1].base.lower() in lex.person_roles or tokens[k - 1].base.lower() in lex.role_words)
                if far is not None and _at_left_boundary(lex, tokens, far, lo) and (definite or any(
                    lex.is_name_word(t) or (participle and lex.is_describer(t)) for t in tokens[far:k]
                )):  # "The head of the local council, speaking at the rally, said": a role before a participle
                    # "Amnesty, which interviewed 53 people, said": the relative clause is not the name, nor is
                    # "in his book on the massacre"; a role in apposition is ("commander of the 4th brigade")
                    role = content_word(lex, tokens[k + 1]) or tokens[k + 1].low in lex.determiners
                    # "X, Memorial Book (Dravec, 2004), lists": a cited title with its year is not part of the name
                    cited = any(YEAR.fullmatch(t.text) for t in tokens[k + 1:j])
                    return Phrase(far, j - 1) if role and not (relative or definite or cited) else Phrase(far, k - 1)
                if relative and far is not None and lex.is_name_word(tokens[k - 1]) and (
                    far - 1 < lo or tokens[far - 1].low not in ("by", "of", "for", "with")
                ):  # not "a delegation of X led by Y, which ..., reported": the delegation reports
                    # "the retired engineer Tadeusz Wrona, whose grandparents were killed in X, said": the name
                    # before the relative clause speaks, whatever describes it
                    return Phrase(far, k - 1)
                if relative and far is not None and (head := _led_by(lex, tokens, far, lo)) != far:
                    return Phrase(head, far - 3)  # "The Commission led by Judge X, on whose findings ..., counted"
            if aside and k - 1 >= lo:
                near = _segment_left(lex, tokens, k - 1, lo)
                if near is not None and (head := _led_by(lex, tokens, near, lo)) != near:
                    return Phrase(head, near - 3)  # "The commission headed by X, set up in 1943, claimed"
                if near is not None and _at_left_boundary(lex, tokens, near, lo):
                    return Phrase(near, k - 1)
                j = k - 1  # "The commission headed by X, set up in 1943, claimed": the phrase before the aside
            elif relative or aside:
                return None  # the words of a relative clause are never the subject of the verb after it
            else:
                j -= 1  # "Serzh Sargsyan, was quoted": a stray comma before the verb
    if j < lo:
        return None
    first = _segment_left(lex, tokens, j, lo)
    if first is None:
        return None
    for _ in range(2):  # appositions: "the town's mayor, A. B.,"
        if first - 2 < lo or tokens[first - 1].text != ",":
            break
        far = _segment_left(lex, tokens, first - 2, lo)
        if far is None or not _at_left_boundary(lex, tokens, far, lo) or (far - 1 > lo and tokens[far - 1].low == "as"):
            break  # not "which serves as a morgue, a doctor": the end of a clause before the subject
        if tokens[j].low.endswith("s") and not tokens[j].is_cap and tokens[first - 2].is_cap:
            break  # "..., Ruth Andersen, local health authorities have": a body of many is no one's apposition
        first = far
    return Phrase(first, j, via)


_NUMBER_MARKS = frozenset({"no", "nr", "nos"})
# units named by a number after their name ("Kommando 9", "Unit 731", "Brigade 4"), not "Memorial 181"
_UNIT_WORDS = ("kommando", "unit", "brigade", "battalion", "regiment", "division", "company", "squad", "detachment",
               "group", "gruppe", "corps", "team")


def scan_right(lex: Lexicon, tokens: list[Token], start: int, hi: int) -> Phrase | None:
    """The speaker phrase that starts at token index `start` (after "according to", or "said" inverted)."""
    k = start
    if k < hi and tokens[k].low in lex.determiners:
        k += 1
    while k < hi and k - start < MAX_SEGMENT:
        tok = tokens[k]
        if content_word(lex, tok) or is_initial_dot(tokens, k, lex.titles):
            if tok.is_possessive and k + 1 < hi and not content_word(lex, tokens[k + 1]):
                k += 1
                break
            k += 1
            continue
        if tok.is_possessive and tok.is_word and k + 1 < hi and content_word(lex, tokens[k + 1]):
            k += 1
            continue
        if tok.low in lex.connectors and k > start and k + 1 < hi:
            nxt = tokens[k + 1]
            if content_word(lex, nxt) or (nxt.low in lex.determiners and tok.low in _MID_DETERMINER_AFTER):
                k += 1
                continue
            if _inside_name(lex, tokens, k + 1, hi):
                k += 2  # "Office for Missing Persons"
                continue
        if tok.low in lex.determiners and k > start and tokens[k - 1].low in _MID_DETERMINER_AFTER:
            k += 1
            continue
        if tok.text == "(":
            closing = _parenthetical_right(lex, tokens, k, hi)
            if closing is not None:
                k = closing + 1
                continue
        if tok.text.isdigit() and len(tok.text) == 4 and k + 1 < hi and tokens[k + 1].low in lex.source_nouns:
            k += 1
            continue
        if k > start and _UNIT_NUMBER.fullmatch(tok.text) and tokens[k - 1].is_cap and (
                tokens[k - 1].low.endswith(_UNIT_WORDS)) and (k + 1 == hi or not tokens[k + 1].is_word):
            k += 1  # "of Kommando 9,": a unit's number closes its name
            continue
        if tok.low in _NUMBER_MARKS and k > start and k + 2 < hi and tokens[k + 1].text == "." and (
                tokens[k + 2].text[:1].isdigit()):
            k += 3  # "Operational Situation Report USSR No. 101 of Einsatzgruppe C": a numbered document
            continue
        break
    last = k - 1
    while last >= start and (tokens[last].low in lex.connectors or tokens[last].low in lex.determiners):
        last -= 1
    if last < start or not any(content_word(lex, t) for t in tokens[start:last + 1]):
        return None
    # an apposition of bare names: "according to the town's mayor, A. B., ..."
    if last + 2 < hi and tokens[last + 1].text == ",":
        m = last + 2
        while m < hi and (lex.is_name_word(tokens[m]) or is_initial_dot(tokens, m, lex.titles)) and m - last < 6:
            m += 1
        if m > last + 2 and m < hi and tokens[m].text == "," and not any(
            lex.is_describer(t) for t in tokens[last + 2:m]
        ):
            last = m - 1
    return Phrase(start, last)

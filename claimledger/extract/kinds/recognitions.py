"""Recognition claims: one per body that recognised or condemned an event, from lists and coordinated
phrases ("Parliaments of Mexico, Pakistan ... and Djibouti have recognized ..." -> one claim each, the span
being the country's name), with the body's ISO 3166 code (pycountry) and what it did (`stance`).

A sentence holds recognitions when a cue of `stances.toml` (recognise, condemn, call on ... to recognise,
rule that) applies a label; the bodies are named before the first cue, or after "by" in a passive one.
Countries counted rather than named ("22 states of the United States") are figures, not recognisers.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import pycountry

from claimledger.extract.attribution_words import lexicon as attribution_lexicon
from claimledger.extract.context import DocContext
from claimledger.extract.kinds import keywords
from claimledger.extract.kinds._shared import fold, literal_stem, make_claim, phrase_pattern, words_re
from claimledger.extract.kinds.characterizations import find_labels
from claimledger.lexicons import load
from claimledger.model import Claim

_LIST_GAP = re.compile(r"(?:(?:the\s+)?[\w' -]+?(?:,\s*|\s+and\s+|,\s*and\s+|\s*,?\s*as\s+well\s+as\s+"
                       r"|\s*,?\s*(?:among\s+them|including|namely|such\s+as)\s+))*(?:the\s+)?")
_ADDRESSEE = re.compile(r"\b(?:urg\w*|call\w*\s+(?:up)?on|ask\w*|appeal\w*\s+to)\s+(?:the\s+)?$")


@dataclass(frozen=True)
class Body:
    start: int
    end: int
    recognizer: str
    code: str | None


@cache
def _lex() -> dict:
    return load("recognizers")


@cache
def _places() -> frozenset[str]:
    return frozenset(_lex()["bodies"]["place_prepositions"])


@cache
def _stance_regexes() -> dict[str, re.Pattern[str]]:
    return {key: re.compile("|".join(f"(?:{p})" for p in pats)) for key, pats in load("stances").items()}


@cache
def _countries() -> dict[str, str]:
    """Every country name a text may use -> ISO 3166-1 alpha-2 (sub-national regions -> ISO 3166-2)."""
    names: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value and "," not in value:
                names[value] = c.alpha_2
    names.update(_lex()["countries"]["aliases"])
    names.update(_lex()["countries"]["regions"])
    return names


def _names_regex(names: Iterable[str]) -> re.Pattern[str]:
    """Any of `names` as written, standing alone, the longest first."""
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                      + r")(?![\w-])")


@cache
def _country_regex() -> re.Pattern[str]:
    return _names_regex(_countries())


@cache
def _states() -> dict[str, str]:
    out: dict[str, str] = {}
    for country in _lex()["countries"]["state_countries"]:
        for sub in pycountry.subdivisions.get(country_code=country) or []:
            if sub.type in ("State", "Federal district", "Land"):
                out.setdefault(sub.name, sub.code)
    return out


@cache
def _state_regex() -> re.Pattern[str]:
    return _names_regex(_states())


@cache
def _organisations() -> list[tuple[re.Pattern[str], str | None, bool]]:
    """(regex, canonical name or None when the body goes by its name as written, case-sensitive?)"""
    out: list[tuple[re.Pattern[str], str | None, bool]] = []
    for org in _lex()["organisation"]:
        names = [a for a in org["aliases"] if not a.isupper()]
        acronyms = [a for a in org["aliases"] if a.isupper()]
        canonical = None if org.get("as_named") else org["name"]
        if names:
            out.append((re.compile(phrase_pattern(fold(n) for n in names)), canonical, False))
        if acronyms:
            out.append((re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, acronyms)) + r")(?![\w-])"),
                        canonical, True))
    return out


_REMIT = re.compile(r"\s+(?:on|for|into|of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+|the\s+)*[A-Z][\w'’-]*)*")


@cache
def _head_regex() -> re.Pattern[str]:
    return re.compile(phrase_pattern(_lex()["bodies"]["heads"]) + r"(?P<of>\s+(?:of|in)\s+(?:the\s+)?)?")


def _head_name(head: str) -> str:
    singular: dict[str, str] = _lex()["bodies"]["singular"]
    head = " ".join(head.lower().split())
    return singular.get(head, head).capitalize()


def _organisation_bodies(text: str, folded: str, start: int, end: int) -> list[Body]:
    found: list[Body] = []
    for regex, name, case_sensitive in _organisations():
        for m in regex.finditer(text if case_sensitive else folded, start, end):
            if re.match(r"'s?\s", folded[m.end():m.end() + 3]):
                continue  # "the EU's foreign policy chief" is a person, not the body
            if name is None:  # "UN Commission of Inquiry on Syria": the name with its remit
                remit = _REMIT.match(text, m.end())
                end = remit.end() if remit else m.end()
                found.append(Body(m.start(), end, text[m.start():end], None))
                continue
            written = text[m.start():m.end()]
            # "the body as named": a United Nations organ keeps the document's spelling ("UN Security Council",
            # "United Nations Security Council"); a short alias ("the Council") takes the full name
            spelled = written if written.startswith(("UN ", "United Nations ")) else name
            found.append(Body(m.start(), m.end(), spelled, None))
    found.sort(key=lambda b: (b.start, -(b.end - b.start)))
    kept: list[Body] = []
    for b in found:
        if kept and b.start < kept[-1].end:
            continue
        kept.append(b)
    return kept


def _counted(folded: str, start: int) -> bool:
    """"22 states of the United States", "17 countries": a count, not a named recogniser."""
    nouns = "|".join(map(re.escape, _lex()["bodies"]["count_nouns"]))
    return re.search(rf"\b(?:\d+|several|many|some|certain|other|numerous)\s+(?:{nouns})\s+of\s+(?:the\s+)?$",
                     folded[max(0, start - 60):start]) is not None


@cache
def _after_country() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """What may follow a country's name: a count noun ("20 US states"), a body's head ("United States House"),
    a possessive head ("Romania's parliament"), a possessive of anything else ("Armenia's forces")."""
    nouns = "|".join(map(re.escape, _lex()["bodies"]["count_nouns"]))
    heads = "|".join(map(re.escape, _lex()["bodies"]["heads"]))
    return (re.compile(r"\s+(?:" + nouns + r")\b"), re.compile(r"\s+(" + heads + r")\b"),
            re.compile(r"'s?\s+(" + heads + r")\b"), re.compile(r"'s?\s+(?!" + heads + r")"))


def _country_bodies(text: str, folded: str, start: int, end: int, taken: list[Body]) -> list[Body]:
    lists: list[tuple[int, str]] = []  # (where a "Parliaments of" list starts, the head's name)
    for m in _head_regex().finditer(folded, start, end):
        head_end = m.start("of") if m.group("of") else m.end()
        written = text[m.start():head_end]  # "House of Commons" as the text writes it; "parliaments" -> Parliament
        plural = " ".join(written.lower().split()) in _lex()["bodies"]["singular"]
        name = " ".join(written.split()) if written[:1].isupper() and not plural else _head_name(written)
        lists.append((m.end(), name))
    state_context = re.search(r"\b(?:u\.?s\.?|american|states?)\b", folded[start:end]) is not None
    countries = [(m.start(), m.end(), _countries()[m.group()]) for m in _country_regex().finditer(text, start, end)]
    states = [(m.start(), m.end(), _states()[m.group()]) for m in _state_regex().finditer(text, start, end)]
    # a state whose name holds a country's ("New Mexico") hides it; a state is a recogniser only where the
    # text speaks of states or lists it after a body ("legislatures in Texas, New Mexico and Arkansas")
    countries = [c for c in countries if not any(s <= c[0] and c[1] <= e and e - s > c[1] - c[0] for s, e, _ in states)]
    states = [st for st in states if not any(c[0] <= st[0] < c[1] for c in countries)
              and (state_context or _list_head(folded, st[0], lists) is not None)]
    mentions = sorted(countries + states)
    found: list[Body] = _unlisted_names(text, folded, start, end, lists, mentions, taken)
    for s, e, code in mentions:
        if any(b.start <= s < b.end for b in taken) or _counted(folded, s):
            continue
        if _after_country()[0].match(folded[e:e + 20]):
            continue  # "20 US states", "EU member states": the country qualifies a count
        name = text[s:e]
        the = "the " if folded[max(0, s - 4):s] == "the " else ""
        head = _list_head(folded, s, lists)
        if head is not None:
            found.append(Body(s, e, f"{head} of {the}{name}", code))
            continue
        after = _after_country()[1].match(folded[e:e + 40])
        if after and text[e + after.start(1)].isupper():  # "the United States House of Representatives"
            found.append(Body(s, e + after.end(1), text[s:e + after.end(1)], code))
            continue
        own = _after_country()[2].match(folded[e:e + 40])
        if own:  # "Romania's parliament"
            found.append(Body(s, e, f"{_head_name(own.group(1))} of {the}{name}", code))
            continue
        before = re.findall(r"[\w'-]+", folded[max(start, s - 25):s])
        if before and before[-1] in _places() | {"of"}:
            continue  # "in Azerbaijan", "against Armenia": a place, not an actor
        if _after_country()[3].match(folded[e:e + 30]):
            continue  # "Armenia's forces"
        found.append(Body(s, e, name, code))
    return found


_LIST_ITEM = re.compile(r"(?:the\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,5})"
                        r"(?P<sep>\s*,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)?")


_PROPER_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*\s+(?:of|in)\s+(?:the\s+)?$")


def _unlisted_names(text: str, folded: str, start: int, end: int, lists: list[tuple[int, str]],
                    known: list[tuple[int, int, str]], taken: list[Body]) -> list[Body]:
    """"The legislative bodies of Tesaria, the Kingdom of Old Morland and Kessia have recognised ...": names in a
    list after a body's head that no country table knows (small or unrecognised states, fictional places) are
    recognisers too, with no code. Known countries in the list are left to the country tables."""
    found: list[Body] = []
    for list_start, head in lists:
        if not start <= list_start < end:
            continue
        at = list_start
        # "the Parliamentary Assembly of the Northern League": the head may close a proper name of its own
        proper = _PROPER_BEFORE.search(text, max(0, list_start - 80), list_start)
        while at < end:
            item = _LIST_ITEM.match(text, at, end)
            if item is None:
                break
            s, e = item.span("name")
            covered = any(ks < e and s < ke for ks, ke, _ in known) or any(b.start < e and s < b.end for b in taken)
            generic = folded[s:e] in _lex()["bodies"]["count_nouns"]  # "Heads of State of Member States"
            if not covered and not generic:
                if proper is not None and at == list_start:
                    found.append(Body(proper.start(), e, text[proper.start():e], None))
                else:
                    the = "the " if text[at:s].lower().startswith("the") else ""
                    found.append(Body(s, e, f"{head} of {the}{text[s:e]}", None))
            if not item.group("sep"):
                break
            at = item.end()
    return found


def _list_head(folded: str, start: int, lists: list[tuple[int, str]]) -> str | None:
    """The head of the "Parliaments of A, B and C" list the country at `start` belongs to, if any."""
    for list_start, head in reversed(lists):
        if list_start > start:
            continue
        between = folded[list_start:start]
        if _LIST_GAP.fullmatch(between) and not re.search(r"\b(?:" + "|".join(_places()) + r")\b", between):
            return head
        return None
    return None


def _stance(after: str, cues: set[str], first: str) -> str | None:
    """What the bodies did, from the cues and the labels after the first cue; None: not a recognition."""
    labels = {h.label for h in find_labels(after)
              if not _DISTANCED.search(after, max(0, h.start - 16), h.start)} & set(load("stances")["event_labels"])
    if first == "call":  # "called upon member states to recognise ..." asks others; it recognises nothing
        return "other" if labels or "commemorate" in cues else None  # "called for the day to be commemorated"
    if first == "commemorate":  # "adopted resolutions commemorating the victims"
        return "other"
    if first == "name":  # "adopted a resolution calling the killings genocide": the label it gives
        if "genocide" in labels:
            return "recognizes_as_genocide"
        return "condemns_as_massacre" if "massacre" in labels else "condemns" if labels else None
    if first == "assess":  # "the commission concluded that ... genocide": a finding, stated by its labels
        if "genocide" in labels:
            return "recognizes_as_genocide"
        if "massacre" in labels:
            return "condemns_as_massacre"
        objects = words_re(load("stances")["condemn_objects"])
        return "condemns" if labels or objects.search(fold(after)) else None
    if "genocide" in labels and cues & {"recognize", "condemn"}:
        return "recognizes_as_genocide"
    if "massacre" in labels and cues & {"recognize", "condemn"}:
        return "condemns_as_massacre"
    if "condemn" in cues and (labels or _condemns_violence(after)):
        return "condemns"
    if "recognize" in cues and labels:
        return "other"
    named_as = _RECOGNISED_AS.search(fold(after)) if "recognize" in cues else None
    if named_as and words_re(load("stances")["condemn_objects"]).search(fold(after), named_as.end()):
        return "condemns"  # "recognised the killings as a crime against the civilian population"
    return None


_DISTANCED = re.compile(r"\b(?:so-called|so\s+called|alleged|supposed)\s+[\"“'‘]?(?:[\w-]+\s+)?$", re.IGNORECASE)
_RECOGNISED_AS = re.compile(r"\bas\s+(?:an?\s+|the\s+)?")


def _condemns_violence(after: str) -> bool:
    """"condemned the crime", "condemning the violence against ...": a condemnation of the event itself."""
    objects = words_re(load("stances")["condemn_objects"], r"^(?:\s+[\w'-]+){0,5}?\s+")
    cue = _stance_regexes()["condemn"].search(fold(after))
    return cue is not None and objects.search(fold(after)[cue.end():]) is not None


# the agents of a passive cue: "recognised as genocide by", "by, inter alia,", "by, among others,"
_BY_AGENTS = re.compile(r"\s+(?:[\w-]+\s+){0,6}?by\s*,?\s*(?:(?:inter\s+alia|among\s+others|among\s+them|"
                        r"including|notably|for\s+example|for\s+instance|e\.g\.)\s*,?\s*)?")
_NEITHER = re.compile(r"\bneither\b[^;]*\bnor\b")
_LONGEST_SENTENCE = 3000
_WHICH_BEFORE = re.compile(r",\s*(?:which|who)\s+(?:has\s+|had\s+|have\s+)?(?:\w+ly\s+)?$")
_PASSIVE_BEFORE = re.compile(r"\b(?:has|have|had|was|were|is|are)\s+(?:been\s+)?(?:\w+ly\s+)?$")
_CLAUSE = re.compile(r";|,\s+(?:while|whereas|but|and)\s+(?=the\s|[A-Z])|\s+while\s+(?=the\s)")


_KEY_CUES = ("recognize", "condemn", "call", "commemorate", "assess", "name")


@cache
def _key_regex() -> re.Pattern[str]:
    """Any cue that can decide a stance: a sentence without one holds no recognition."""
    return re.compile("|".join(_stance_regexes()[k].pattern for k in _KEY_CUES))


@cache
def _act_regex() -> re.Pattern[str]:
    return re.compile("|".join(_stance_regexes()[k].pattern for k in _KEY_CUES if k != "name"))


_LEADING_LOOKBEHINDS = re.compile(r"^(?:\(\?<[!=][^()]*\))+")


@cache
def _key_stems() -> list[str] | None:
    """The literal stem of each key cue ("recogni", "condemn"); None when one has none."""
    # a look-behind consumes nothing: the stem after it is where the match starts ("(?<!so )call")
    stems = [literal_stem(_LEADING_LOOKBEHINDS.sub("", p)) for k in _KEY_CUES for p in load("stances")[k]]
    return None if any(stem is None for stem in stems) else [s for s in stems if s]


def _cued_sentences(ctx: DocContext, folded: str) -> list[tuple[int, int]]:
    """The sentences that hold a key cue, found with one scan of the document."""
    key = _key_regex()
    stems = _key_stems()
    if stems is None:
        hits = [m.start() for m in key.finditer(folded)]
    else:
        # the matches `key.finditer` makes, tried only where a stem starts
        hits = [m.start() for m in keywords.finditer_at(key, folded, keywords.starts(folded, "recognitions.cues"))]
    out: list[tuple[int, int]] = []
    i = 0
    for s0, s1 in ctx.sentence_spans:
        while i < len(hits) and hits[i] < s0:
            i += 1
        if i < len(hits) and hits[i] < s1:
            out.append((s0, s1))
    return out


def _clauses(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clauses that may each name other bodies doing other things: "A recognised it as genocide, B's parliament
    condemned the massacre, while C ...". A comma splits only when a cue of an act stands on both sides of it (a
    verb of naming is no act of its own: "condemned the raid, qualifying it as a massacre")."""
    key = _act_regex()
    cuts = [(m.start(), m.end()) for m in _CLAUSE.finditer(folded, start, end)]
    if end - start > _LONGEST_SENTENCE:
        return [(start, end)]  # a table or a run-on page, not a sentence: no comma splitting
    last = start
    for m in re.finditer(r",\s+", folded[start:end]):
        at = start + m.start()
        if any(c0 <= at < c1 for c0, c1 in cuts):
            continue
        if key.search(folded, last, at) and key.search(folded, at, end):
            cuts.append((at, start + m.end()))
            last = start + m.end()
    out, last = [], start
    for c0, c1 in sorted(cuts):
        out.append((last, c0))
        last = c1
    out.append((last, end))
    return out


def _singular_heads() -> list[str]:
    """The head nouns of one body ("parliament", "national assembly"), not their plurals."""
    plurals = set(_lex()["bodies"]["singular"])
    return [h for h in _lex()["bodies"]["heads"] if h not in plurals]


@cache
def _demonym_regex() -> re.Pattern[str]:
    demonyms = {k.lower(): v for k, v in _lex()["demonyms"]["codes"].items()}
    heads = _singular_heads()
    return re.compile(r"(?<![\w-])(?P<dem>" + "|".join(map(re.escape, sorted(demonyms, key=len, reverse=True)))
                      + r")\s+" + phrase_pattern(heads))


@cache
def _national_regex() -> re.Pattern[str]:
    return re.compile(phrase_pattern(fold(n) for n in _lex()["national_bodies"]["codes"]))


@cache
def _national_codes() -> dict[str, str]:
    return {fold(k): v for k, v in _lex()["national_bodies"]["codes"].items()}


def _national_bodies(text: str, folded: str, start: int, end: int) -> list[Body]:
    """"the Knesset", "the Sejm": a parliament named without its country."""
    codes = _national_codes()
    return [Body(m.start(), m.end(), text[m.start():m.end()], codes[" ".join(m.group().split())])
            for m in _national_regex().finditer(folded, start, end)
            if not _OF_ANOTHER.match(text, m.end())]  # "the Sejm of Lorvania": another state's Sejm


_OF_ANOTHER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


@cache
def _demonym_codes() -> dict[str, str]:
    return {k.lower(): v for k, v in _lex()["demonyms"]["codes"].items()}


def _demonym_bodies(text: str, folded: str, start: int, end: int) -> list[Body]:
    """"the Swedish parliament", "the Russian State Duma": a national body named by its country's adjective."""
    codes = _demonym_codes()
    found = []
    for m in _demonym_regex().finditer(folded, start, end):
        if _ADDRESSEE.search(folded[max(0, m.start() - 30):m.start()]):
            continue  # the body a call is addressed to has recognised nothing yet
        found.append(Body(m.start(), m.end(), text[m.start():m.end()], codes[m.group("dem")]))
    return found


@cache
def _bare_regex() -> re.Pattern[str]:
    return re.compile(r"\bthe\s+(" + phrase_pattern(_lex()["bodies"]["heads"]) + r")\b(?!\s+(?:of|in)\s)")


def _bare_bodies(ctx: DocContext, folded: str, start: int, end: int, taken: list[Body]) -> list[Body]:
    """"the National Assembly recognised ...": a body the text capitalises without naming its country (that of
    the text), named as the document names it in full ("The Assembly" -> "National Assembly of the Republic of
    Karelva" in its heading), with no code."""
    text = ctx.text
    speakers = ctx.attributor.speakers
    found = []
    for m in _bare_regex().finditer(folded, start, end):
        a, b = m.span(1)
        written = text[a:b]
        if not all(w[:1].isupper() for w in written.split()) or any(t.start <= a < t.end for t in taken):
            continue  # "the parliament": lower case, a body of no one in particular
        if _ADDRESSEE.search(folded[max(0, m.start() - 30):m.start()]):
            continue
        words = frozenset(w.lower() for w in written.split())
        full = speakers.fullest(words, a)
        named = full if full and len(full) > len(written) and full.lower().split()[0] not in ("the", "a") else written
        found.append(Body(a, b, named, None))
    return found


@cache
def _named_regex() -> re.Pattern[str]:
    heads = phrase_pattern(_singular_heads())
    return re.compile(r"(?<![\w'’-])([a-z][\w-]+)(?:['’]s)?\s+(" + heads + r")\b(?!\s+of\s)")


def _named_bodies(text: str, folded: str, start: int, end: int, taken: list[Body]) -> list[Body]:
    """"the Alsenian parliament", "Selmark's national assembly": a body named by a capitalised name or adjective
    no country list knows (a small or a fictional state), named as written, with no code."""
    not_names = attribution_lexicon().not_names
    found = []
    for m in _named_regex().finditer(folded, start, end):
        a, b = m.start(), m.end()
        if not text[a].isupper() or m.group(1) in not_names or any(t.start <= a < t.end or a <= t.start < b
                                                                 for t in taken):
            continue
        if _ADDRESSEE.search(folded[max(0, a - 30):a]):
            continue  # "urged the Alsenian parliament to recognise": a body called on has recognised nothing yet
        found.append(Body(a, b, text[a:b], None))
    return found


def _asks(folded: str, end: int) -> bool:
    """The clause is a question ("Did the UN recognise Khojaly as genocide?"): it asks whether a body acted."""
    return folded[max(0, end - 4):end].rstrip(" \"'”’)\n").endswith("?") or folded.startswith("?", end)


def _legislature(body: Body) -> bool:
    words = load("stances")["legislature_words"]
    return any(w in fold(body.recognizer).split() for w in words)


def extract_recognitions(ctx: DocContext) -> list[Claim]:
    text = ctx.text
    folded = fold(text)
    regexes = _stance_regexes()
    follow = words_re(load("stances")["follow"])
    claims: list[Claim] = []
    for s0, s1 in _cued_sentences(ctx, folded):
        seen: set[str] = set()
        previous: str | None = None
        for c0, c1 in _clauses(folded, s0, s1):
            cues = sorted((m.start(), m.end(), key) for key in (*_KEY_CUES, "adopt")
                          for m in regexes[key].finditer(folded, c0, c1))
            kinds = {k for _, _, k in cues} - {"adopt"}
            named_only = False  # the body only names the events, with no act of adoption
            if not kinds:
                if previous and follow.search(folded, c0, c1):  # "..., and the House of Commons followed in 2013"
                    stance: str | None = previous
                    regions = [(c0, follow.search(folded, c0, c1).start())]  # type: ignore[union-attr]
                else:
                    continue
            else:
                first = cues[0]
                if regexes["negation"].search(folded[max(c0, first[0] - 25):first[0]]) or _NEITHER.search(
                        folded, c0, first[0]) or _asks(folded, c1):
                    continue  # "has not recognised", "refused to recognise", "Neither X nor Y has", "Did X ...?"
                key_cue = next(k for _, _, k in cues if k != "adopt")
                if key_cue == "commemorate" and first[2] != "adopt":
                    continue  # a people commemorating is no body's act; "adopted resolutions commemorating" is
                # "the Sejm called these crimes genocide": a body naming the events with no act that decides more
                named_only = "name" in kinds and first[2] != "adopt" and not kinds & {"recognize", "condemn", "assess"}
                regions = [(c0, first[0])]
                which = _WHICH_BEFORE.search(folded, c0, first[0])
                if which is not None:  # "the decision of the Sejm of X, which recognised ...": its antecedent only
                    regions = [(max(c0, *(folded.rfind(p, c0, which.start()) + 1 for p in ";\n")), which.start())]
                passive = False
                for _, ce, _ in cues:  # "adopted by the Parliaments of ...", "was recognised as genocide by ..."
                    by = _BY_AGENTS.match(folded, ce, c1)
                    if by:
                        passive = True
                        later = [c for c in cues if c[0] > by.end()]
                        regions.append((by.end(), later[0][0] if later else c1))
                # "The X genocide has been recognised by A, B and C": in a passive clause the label may stand in
                # the subject, before the cue
                stance = _stance(text[first[0]:c1], kinds, key_cue)
                if stance is None and passive and _PASSIVE_BEFORE.search(folded, c0, first[0]):
                    stance = _stance(text[c0:c1], kinds, key_cue)
            if stance is None:
                continue
            previous = stance
            bodies: list[Body] = []
            for rs, re_ in regions:
                orgs = _organisation_bodies(text, folded, rs, re_)
                named = _demonym_bodies(text, folded, rs, re_)
                named += [b for b in _national_bodies(text, folded, rs, re_)
                          if not any(n.start <= b.start < n.end for n in orgs + named)]
                bodies += orgs + named + _country_bodies(text, folded, rs, re_, orgs + named)
                bodies += _bare_bodies(ctx, folded, rs, re_, bodies)
                bodies += _named_bodies(text, folded, rs, re_, bodies)
            if named_only and not all(_legislature(body) for body in bodies):
                continue  # "Azerbaijan called it genocide": a state's words, not an act of its legislature
            for body in bodies:
                key = body.code or body.recognizer
                if key in seen:
                    continue
                seen.add(key)
                claim = make_claim(ctx, "recognition", body.start, body.end, recognizer=body.recognizer,
                                   recognizer_code=body.code, stance=stance)
                claim.extra["list_sentence"] = (s0, s1)  # lets a count ("17 countries") be linked to its list
                claims.append(claim)
    return claims


keywords.family("recognitions.cues", lambda: _key_stems() or [])

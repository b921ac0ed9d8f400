"""Characterization claims: a label ("genocide", "massacre", "occupation" ...) applied to an event, and how
the speaker holds it (`modality`):

- denies: "so-called genocide", scare quotes around the other side's term, "was not genocide",
  "denies that the killings were genocide";
- calls_for: "we call on states to recognise it as genocide", "must be recognised as genocide";
- reports: the speaker tells that someone else applied it by a formal act or an accusation: "parliaments
  recognised it as genocide", "condemning the massacre", "accused Yerevan of occupying", "the court described
  the shelling as a war crime", or in words of someone the text does not name ("some now call it genocide")
  (`applied_by` = who applied it; `attributed_to` stays the reporter, never the body that applied the label);
- asserts: everything else, including a name used as a label ("the Srebrenica massacre"), indirect speech
  ("the mayor said the shelling was a war crime": attribution names the mayor), a speaker's own words of
  labelling ("opposition groups called it genocide", "X described the raid as genocide": asserted by them, as
  the shared gold codes indirect speech) and "what the state calls a genocide" (the state's own term).

Labels and cue words are data (`labels.toml`); labels inside a legal instrument's name or a quoted title
("Convention on ... Genocide", “War Crimes in ...” report) are not characterizations.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from claimledger.extract.attribution_phrases import scan_left
from claimledger.extract.attribution_words import tokenize
from claimledger.extract.context import DocContext
from claimledger.extract.kinds import denials, keywords, quotation_marks
from claimledger.extract.kinds._shared import (
    fold,
    literal_stem,
    make_claim,
    phrase_pattern,
    words_re,
)
from claimledger.extract.kinds.keywords import finditer_at
from claimledger.extract.kinds.legal import find_references, inside
from claimledger.extract.kinds.quotes import is_quote
from claimledger.lexicons import load
from claimledger.model import Claim

_NAME_RUN = re.compile(r"[A-Z\u00C0-\u024F][\w'’-]*(?:\s+(?:(?:of|for|and|the|de)\s+)*[A-Z\u00C0-\u024F][\w'’-]*)*")
_NEW_CLAUSE = re.compile(r"[,;]\s+(?:and\s+|but\s+|while\s+)?(?:that\s+)?(?:the\s+)?$|\s—\s")
_CLAUSE_BREAK = re.compile(r";|\s—\s|\bbut\b|\bwhereas\b|\bwhile\b|\bhowever\b|\b(?:al)?though\b|\byet\b")
_WINDOW = 400  # characters before a label that are searched for its cues
_WORK_TITLE = re.compile(r"(?:report|book|article|film|titled|entitled)\s*$")
_QUOTE_CHARS = "\"“”‘’'«»„"
_NEVER_HAPPENED = re.compile(r"\s+(?:did|does|has|had)\s+not\s+(?:happen|occur|take\s+place|exist)"
                             r"|\s+never\s+(?:happened|occurred)")
_AS_NAME = re.compile(r"\bas\s+(?:an?\s+|the\s+)?(?:[\w'-]+\s+){0,2}$")  # "commemorates it as the Khojaly genocide"


@dataclass(frozen=True)
class LabelHit:
    start: int
    end: int
    label: str


@cache
def _lexicon() -> dict:
    return load("labels")


@cache
def _label_regex() -> tuple[re.Pattern[str], list[str]]:
    """One alternation of every label, earlier entries first; group `l<i>` holds the i-th label."""
    entries = _lexicon()["label"]
    parts = [f"(?P<l{i}>" + "|".join(entry["patterns"]) + ")" for i, entry in enumerate(entries)]
    regex = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")
    return regex, [entry["canonical"] for entry in entries]


@cache
def _words_regex(key: str) -> re.Pattern[str]:
    return re.compile(phrase_pattern(_lexicon()["modality"][key]))


@cache
def _label_stems() -> list[str] | None:
    """The literal stem of each label pattern ("genocid", "war crime"); None when one has none."""
    stems = [literal_stem(p) for entry in _lexicon()["label"] for p in entry["patterns"]]
    return None if any(stem is None for stem in stems) else [s for s in stems if s]


def find_labels(text: str) -> list[LabelHit]:
    """Every label in `text`, the longer one where two overlap ("crimes against humanity" over "crime")."""
    return list(_find_labels(text))


@lru_cache(maxsize=16)
def _find_labels(text: str) -> tuple[LabelHit, ...]:
    folded = fold(text)
    regex, canonical = _label_regex()
    gated = _label_stems() is not None
    hits: list[LabelHit] = []
    for m in finditer_at(regex, folded, keywords.starts(folded, "labels")) if gated else regex.finditer(folded):
        group = m.lastgroup or ""
        hits.append(LabelHit(m.start(), m.end(), canonical[int(group[1:])]))
    return tuple(hits)


def _clause_prefix(folded: str, sent_start: int, start: int) -> tuple[int, str]:
    """The part of the sentence before the label, back to the last clause break."""
    prefix = folded[sent_start:start]
    breaks = list(_CLAUSE_BREAK.finditer(prefix))
    cut = breaks[-1].end() if breaks else 0
    return sent_start + cut, prefix[cut:]


def _words_between(segment: str) -> list[str]:
    return re.findall(r"[\w'-]+", segment)


def _denied_by_prefix(prefix: str) -> bool:
    deny = _words_regex("deny_prefixes").pattern
    return re.search(deny + r"\s*[\"“‘'«]?\s*(?:[\w'-]+\s+){0,2}[\"“‘'«]?\s*$", prefix) is not None


_REPORTS_OF = re.compile(r"\b(?:reports?|claims?|allegations?|accusations?|stories|story|talk|rumou?rs?)\s+of\s+"
                         r"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$")


def _dismissed_reports(folded: str, prefix: str, label_end: int) -> bool:
    """"called reports of a massacre 'fabricated propaganda'", "dismissed claims of genocide as lies": reports of
    the label that the clause then calls false."""
    if not _REPORTS_OF.search(prefix):
        return False
    rest = folded[label_end:label_end + 60]
    return _words_regex("dismissals").search(rest.split(".")[0]) is not None


def _negated(prefix: str) -> bool:
    lex = _lexicon()["modality"]
    bridge = set(lex["negation_bridge"])
    negations = set(lex["negations"])
    if words_re(lex["contrasts"], after=r"\s+(?:an?\s+|the\s+)?$").search(prefix):
        return True
    words = _words_between(prefix)
    for gap, word in enumerate(reversed(words)):
        if word in negations:
            return gap <= lex["negation_gap"] + 2
        if word not in bridge:
            return False
    return False


def _denied_by_verb(prefix: str) -> bool:
    matches = list(_words_regex("deny_verbs").finditer(prefix))
    if not matches:
        return False
    between = prefix[matches[-1].end():]
    if any(_words_regex(k).search(between) for k in ("as_verbs", "speech_as_verbs", "naming_verbs",
                                                        "speech_naming_verbs")):
        return False  # "reject that claim and call the blast a war crime": a later verb applies the label
    words = set(_words_between(between))
    lex = _lexicon()["modality"]
    objects = set(lex["deny_objects"])
    if len(words) <= 6 and words & (objects - {"the", "of", "any", "a"}) and re.search(r"\bof\s+$", between):
        return True  # "rejected Ukrainian accusations of atrocities": whose accusations does not matter
    return bool(set(lex["deny_links"]) & words) or words <= objects


_ORDINAL_TO = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|"
                         r"last|latest|only|next|[a-z]+teenth|[a-z]+tieth)\s+(?:[\w'-]+\s+){1,3}to\s+$")


def _call_modality(prefix: str) -> str | None:
    """calls_for for a present call to adopt the label, reports for a past one, None for no call."""
    targets = list(words_re(_lexicon()["modality"]["call_targets"]).finditer(prefix))
    if not targets:
        return None
    before = prefix[:targets[-1].start()]
    present = list(_words_regex("call_present").finditer(before))
    past = list(_words_regex("call_past").finditer(before))
    if not present and not past:
        if _ORDINAL_TO.search(before):
            return None  # "the fifth parliament to recognise the genocide": which one did, not a call
        return "calls_for" if re.search(r"\bto\s+$", before) else None
    last_present = present[-1].start() if present else -1
    last_past = past[-1].start() if past else -1
    if last_present > last_past:
        return "calls_for"
    # a past call is its caller's, named by attribution; a communique's or resolution's call is reported
    clause = re.split(r",|;|\band\b", before[:last_past])[-1]
    if not re.search(r"[^\W\d]", clause):  # "..., and urged": the sentence's subject made the call
        clause = " ".join(before.split()[:8])
    return "reports" if _formal_subject(clause) else "calls_for"


def _formal_body(prefix: str) -> bool:
    """A parliament or an organisation stands before the verb: its condemnation is a formal act."""
    return _words_regex("formal_bodies").search(prefix) is not None


def _formal_subject(prefix: str) -> bool:
    """A court, parliament, resolution or report, not a person, stands before the verb."""
    subject = _MEDIUM_ASIDE.sub(" ", prefix)  # "Human Rights Watch, in a 1993 report, described": HRW speaks
    return _words_regex("formal_subjects").search(subject) is not None


_MEDIUM_ASIDE = re.compile(r",\s*in\s+(?:a|an|its|the|their|his|her)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*,")


def _reported(folded: str, prefix_start: int, prefix: str, hit: LabelHit,
              titled: bool = False) -> tuple[int, int] | None:
    """The cue (start, end) of a formal act by which someone else applied the label, if any. Verbs of saying
    ("described it as", "called it") leave the label asserted by their speaker, whom attribution names."""
    after = folded[hit.end:hit.end + 4]
    if re.match(r"\s+as\b", after):
        return None  # "recognised the tragedy as genocide": the tragedy is the speaker's own word
    for key in ("as_verbs", "speech_as_verbs"):
        for m in reversed(list(_words_regex(key).finditer(prefix))):
            if key == "speech_as_verbs" and not _formal_subject(prefix[:m.start()]):
                continue  # "the Tribunal classed the attack as ...": a court's finding; a person's words are theirs
            if key == "as_verbs" and _words_regex("condemn_verbs").fullmatch(m.group()) and not (
                    _formal_subject(prefix[:m.start()]) or _formal_body(prefix[:m.start()])):
                continue  # "the foreign ministry condemned the killings as a massacre": its own words
            rest = prefix[m.end():]
            as_pos = list(re.finditer(r"\bas\b", rest))
            # a quotation opening right after "as" is the whole object: "described it as “acts which may ...”"
            reach = 16 if as_pos and re.match(r"\s*[\"“«]", rest[as_pos[-1].end():]) else 9
            if not as_pos or len(_words_between(rest[as_pos[-1].end():])) > reach or len(_words_between(rest)) > 26:
                continue
            if re.search(r"\b(?:we|i)\s+(?:\w+\s+)?$", prefix[:m.start()]):
                continue  # "we recognise it as genocide": the speaker's own act
            if not re.search(r"[^\W\d]", prefix[:m.start()]):
                continue  # "1. Recognises the killings as genocide": the document's own operative act
            return prefix_start + m.start(), prefix_start + m.end()
    for m in reversed(list(_words_regex("object_verbs").finditer(prefix))):
        own = re.search(r"\b(?:we|i)\s+(?:\w+\s+)?$", prefix[:m.start()])
        if len(_words_between(prefix[m.end():])) <= 3 and not own:
            return prefix_start + m.start(), prefix_start + m.end()  # "have recognised the Khojaly genocide"
    for m in reversed(list(_words_regex("naming_verbs").finditer(prefix))):
        # "declared it an act of genocide"; "declared 11 July the Day of Commemoration of the Genocide"
        reach = 14 if titled else 4
        if len(_words_between(prefix[m.end():])) <= reach and not re.search(r"\bas\b", prefix[m.end():]):
            return prefix_start + m.start(), prefix_start + m.end()
    for m in reversed(list(_words_regex("finding_verbs").finditer(prefix))):
        if len(_words_between(prefix[m.end():])) <= 12:
            return prefix_start + m.start(), prefix_start + m.end()
    if hit.label in _lexicon()["modality"]["condemnable"]:
        for m in reversed(list(_words_regex("condemn_verbs").finditer(prefix))):
            between = _words_between(prefix[m.end():])
            if len(between) <= 5 and (_formal_subject(prefix[:m.start()]) or _formal_body(prefix[:m.start()])):
                return prefix_start + m.start(), prefix_start + m.end()
        for m in reversed(list(_words_regex("accuse_verbs").finditer(prefix))):
            rest = prefix[m.end():]
            if re.search(r"\bof\s+(?:[\w'-]+\s+){0,3}$", rest) and len(_words_between(rest)) <= 8:
                return prefix_start + m.start(), prefix_start + m.end()
    return None


def _as_object(folded: str, prefix: str, hit: LabelHit) -> bool:
    """The label is the object a verb labels with "as": "recognizing the tragedy of Khojaly as genocide"."""
    verbs = "(?:" + _words_regex("as_verbs").pattern + "|" + _words_regex("speech_as_verbs").pattern + ")"
    verb = re.search(verbs + r"\s+(?:the\s+|this\s+|that\s+)?$", prefix)
    return verb is not None and re.match(r"(?:\s+[\w'-]+){0,3}\s+as\s", folded[hit.end:hit.end + 40]) is not None


def _is_name_part(text: str, hit: LabelHit) -> bool:
    """"the Khojaly genocide", "Srebrenica massacre": a proper name right before the label."""
    m = re.search(r"([A-Z\u00C0-\u024F][\w'’-]+)\s+$", text[max(0, hit.start - 40):hit.start])
    return m is not None and m.group(1) not in ("The", "A", "An", "This", "That", "Its")


def _applied_by(text: str, sent_start: int, cue_start: int, hit: LabelHit) -> str | None:
    after = re.match(r"[^.;]*?\bby\s+(?:the\s+)?(" + _NAME_RUN.pattern + ")", text[hit.end:hit.end + 120])
    if after:
        return after.group(1)
    runs = [r for r in _NAME_RUN.finditer(text, sent_start, cue_start) if r.group() not in ("The", "A", "In", "It")]
    return runs[-1].group().removeprefix("The ") if runs else None


def _applied_to(text: str, sent_start: int, hit: LabelHit, cue: tuple[int, int] | None) -> str | None:
    if cue is not None:
        obj = re.match(r"\s+(?:the\s+)?(.+?)\s+as\b", text[cue[1]:hit.start])
        if obj and obj.group(1).lower() not in ("it", "them", "this", "that"):
            return obj.group(1)
    before = re.search(r"((?:[A-Z\u00C0-\u024F][\w'’-]+\s+)+)$", text[max(sent_start, hit.start - 60):hit.start])
    if before and before.group(1).split()[0] not in ("The", "A", "An", "This", "That", "Its"):
        return before.group(1).strip()
    of = re.match(r"\s+(?:of|in|at|against|on)\s+(?:the\s+)?((?:[\w'’-]+\s+){0,4}?[A-Z\u00C0-\u024F][\w'’-]+)",
                  text[hit.end:hit.end + 80])
    if of:
        return of.group(1)
    return None


# a passive verb of naming: "the events are usually called ...", whose subject is what is named, not who names it
_NAMED_THUS = re.compile(r"\b(?:is|are|was|were|been|be|being)\s+(?:\w+ly\s+)?$")
_LINKED = re.compile(r"\b(?:as|to\s+be|be|was|were|is|are|amounted\s+to|constituted)\s+(?:[\w'-]+\s+){0,4}$")


def _governs(after_verb: str) -> bool:
    """Does a verb still govern a label this far after it? Ten words, or twenty when the label comes right after
    its link ("describe Hama as the deadliest act ... and as a massacre", "considers the crimes ... to be genocide")."""
    words = len(_words_between(after_verb))
    return words <= 10 or (words <= 20 and _LINKED.search(after_verb) is not None)


def _said_by_another(folded: str, hit: LabelHit, window_start: int) -> bool:
    """A verb of saying with a subject of its own governs the label: "X calls it genocide" is X's, not the
    document's, even when X cannot be named."""
    _, prefix = _clause_prefix(folded, window_start, hit.start)
    verbs = [m for key in ("speech_as_verbs", "speech_naming_verbs") for m in _words_regex(key).finditer(prefix)]
    if not verbs:
        return False
    verb = max(verbs, key=lambda m: m.start())
    before = prefix[:verb.start()]
    if not _governs(prefix[verb.end():]) or re.search(r"\b(?:we|i|our)\s+(?:\w+\s+)?$", before):
        return False
    if _NAMED_THUS.search(before):
        return False  # "the events are usually called the Odesa tragedy": no one named applies it
    if re.search(r"\bwhat\s+(?:\w+\s+){1,3}$", before):
        return False  # "what the council calls a genocide": the writer's own use of the term
    return bool(re.search(r"[^\W\d]", before))


@cache
def _speaking_verbs() -> re.Pattern[str]:
    """Verbs whose subject holds the label: the speaker lexicon's, and the verbs of saying that label an object."""
    lex = _lexicon()
    words = set(lex["speaker"]["verbs"]) | set(lex["modality"]["speech_as_verbs"]) | set(
        lex["modality"]["speech_naming_verbs"])
    return words_re(sorted(words, key=len, reverse=True))


def _governing_verb(prefix: str) -> re.Match[str] | None:
    """The last verb whose subject holds a label, when it still governs the label at the prefix's end."""
    verbs = list(_speaking_verbs().finditer(prefix))
    return verbs[-1] if verbs and _governs(prefix[verbs[-1].end():]) else None


def _speaker(text: str, prefix_start: int, prefix: str, verb: re.Match[str]) -> tuple[str, int, int] | None:
    """The subject of the verb of saying that governs the label: (name, start, end of the verb)."""
    lex = _lexicon()["speaker"]
    if _formal_subject(prefix[:verb.start()]):
        return None  # a parliament's or court's act: reported, not said
    skip, stops = set(lex["skip"]), set(lex["stops"])
    if _NAMED_THUS.search(prefix[:verb.start()]):
        return None  # "the events are usually called the Odesa tragedy": the subject is what is named
    tokens = list(re.finditer(r"[\w'’.-]+|[^\w\s]", text[prefix_start:prefix_start + verb.start()]))
    while tokens and (tokens[-1].group().lower() in skip or re.fullmatch(r"[a-z]+ly", tokens[-1].group())):
        tokens.pop()  # "has repeatedly", "categorically"
    if tokens and tokens[-1].group().lower() in ("by", "and"):  # "X marked the day by calling it ..."
        return _clause_subject(text, tokens, prefix_start, prefix_start + verb.end())
    chosen: list[re.Match[str]] = []
    for i in range(len(tokens) - 1, -1, -1):
        word = tokens[i].group()
        joins = word.lower() in ("of", "for") and chosen and i > 0 and re.match(r"\w", tokens[i - 1].group()) \
            and tokens[i - 1].group().lower() not in stops | skip  # "minister for martyrs' affairs"
        if not joins and (not re.match(r"[\w]", word) or word.lower() in stops or re.fullmatch(r"[\d.:]+", word)):
            break
        chosen.insert(0, tokens[i])
        if len(chosen) >= 7:
            break
    # keep the words from the first capitalised one or the possessive on ("the EU's foreign policy chief")
    if not chosen:
        return None
    first = chosen[0].group().lower()
    if len(chosen) == 1 and (first in lex["anaphora"] or chosen[0].group().islower()):
        return None  # "it", "many", "people": no one the text names here
    start = prefix_start + chosen[0].start()
    end = prefix_start + chosen[-1].end()
    return text[start:end], start, prefix_start + verb.end()


_PREPOSITION_OPENERS = {"in", "on", "at", "during", "after", "before", "since", "by", "for", "with", "under", "from"}
_VERBISH = re.compile(r"[a-z]{3,}ed|said|says|has|have|had|is|are|was|were|will|would|marks|calls|says")


def _clause_subject(text: str, tokens: list[re.Match[str]], base: int, verb_end: int) -> tuple[str, int, int] | None:
    """The subject that opens the clause: "Russia's foreign ministry marked the day by calling ..."."""
    dash = next((t for t in tokens[:10] if t.group() in ("–", "—", "-", ":")), None)
    if dash is not None:
        tokens = [t for t in tokens if t.start() > dash.start()]  # "24 October – A commission ...": a timeline entry
    words = [t for t in tokens if re.match(r"\w", t.group())]
    if words and words[0].group().lower() in _PREPOSITION_OPENERS:  # "In 2010, ..." / "In its statement, ..."
        commas = [t for t in tokens[:12] if t.group() == ","]
        if not commas:
            return None
        words = [t for t in words if t.start() > commas[0].start()]
    chosen: list[re.Match[str]] = []
    for tok in words:
        if _VERBISH.fullmatch(tok.group()) or len(chosen) >= 9:
            break
        chosen.append(tok)
    while chosen and chosen[0].group().lower() in ("the", "a", "an"):
        chosen.pop(0)
    while chosen and chosen[-1].group().lower() in ("the", "a", "an", "of", "for", "and"):
        chosen.pop()
    if not chosen or not any(t.group()[0].isupper() for t in chosen):
        return None
    start, end = base + chosen[0].start(), base + chosen[-1].end()
    return text[start:end], start, verb_end


@dataclass(frozen=True)
class _Holding:
    modality: str
    cue: tuple[int, int] | None = None  # the formal act that applied a reported label
    applied_by: str | None = None


def _holding(ctx: DocContext, folded: str, hit: LabelHit, window_start: int, sentence_start: int,
             quote: quotation_marks.Quotation | None, in_title: bool) -> _Holding | None:
    """How the speaker holds the label at `hit`; None when the words do not apply a label at all."""
    text = ctx.text
    prefix_start, prefix = _clause_prefix(folded, window_start, hit.start)
    held_from = quote.open if quote is not None and in_title else hit.start  # a quoted name: cues before the marks
    outer_prefix = folded[max(window_start, held_from - 80):held_from]
    scare = in_title and quote is not None and _scare_quoted(text, folded, quote)
    denied = _denied_by_prefix(outer_prefix) or _denied_by_prefix(prefix) or scare or _denied_by_verb(prefix) or (
        _dismissed_reports(folded, prefix, hit.end))
    if not denied and _mentioned(folded, hit):
        return None  # "did not use the word genocide": the word is talked about, not applied nor rejected
    if denied or _negated(prefix) or _NEVER_HAPPENED.match(folded, hit.end) or _gerund_rejected(folded, hit) or (
            _disputed_line(folded, hit)):
        return _Holding("denies")
    if _operative(folded, sentence_start):
        return _Holding("asserts")  # "1. Recognises the killings as genocide": a resolution's own act
    if _mentioned(folded, hit):
        return None  # "the use of the word genocide": the word is talked about, not applied
    if _as_object(folded, prefix, hit) and not _is_name_part(text, hit):
        return None  # "recognizing the tragedy of X as genocide": the object, not a label of its own
    if re.match(r"\s+as\b", folded[hit.end:hit.end + 4]):
        return _Holding("asserts")  # "recognise the Khojaly massacre as genocide": the speaker's own name
    call = _call_modality(prefix)
    if call == "calls_for":
        return _Holding("calls_for")
    cue = _reported(folded, prefix_start, prefix, hit, titled=text[hit.start].isupper())
    if call != "reports" and cue is None:
        return _Holding("asserts")
    if cue is not None and re.search(r"\bwhat\s+(?:\w+\s+){1,3}$", folded[max(0, cue[0] - 30):cue[0]]):
        return _Holding("asserts")  # "what the state calls a genocide": its own term, used by whom attribution says
    if (cue is not None and _is_name_part(text, hit) and not in_title and cue[1] < hit.start - 30
            and not _AS_NAME.search(folded[cue[1]:hit.start]) and not re.search(r"\bas\b", folded[cue[1]:hit.start])):
        return _Holding("asserts")  # a name the speaker uses, far from the act
    return _Holding("reports", cue, _applied_by(text, window_start, cue[0] if cue else hit.start, hit))


@cache
def _not_before() -> re.Pattern[str]:
    return re.compile(r"\s+(?:" + "|".join(map(re.escape, _lexicon()["modality"]["not_before"])) + r")\b")


def extract_characterizations(ctx: DocContext) -> list[Claim]:
    text = ctx.text
    folded = fold(text)
    not_before = _not_before()
    instruments = find_references(ctx)
    instrument_starts = [r.start for r in instruments]
    quotations = quotation_marks.find(text)
    claims: list[Claim] = []
    for hit in find_labels(text):
        if inside(instruments, instrument_starts, hit.start, hit.end):
            continue
        if not_before.match(folded, hit.end) or _navigation(folded, hit) or _named_work_or_body(text, hit):
            continue
        if hit.label == "occupation" and _period(folded, hit):
            continue
        quote = quotation_marks.enclosing(quotations, hit.start, hit.end)
        in_title = quote is not None and not is_quote(text, quote)
        if in_title and quote is not None and _WORK_TITLE.search(folded, max(0, quote.open - 30), quote.open):
            continue  # a label in the title of a work is the work's, not the speaker's
        sentence_start = min(ctx.sentence_at(hit.start)[0], hit.start)
        # the cues that govern a label stand close before it; a window keeps run-on "sentences" linear
        window_start = max(sentence_start, hit.start - _WINDOW)
        holding = _holding(ctx, folded, hit, window_start, sentence_start, quote, in_title)
        if holding is None:
            continue
        claim = make_claim(ctx, "characterization", hit.start, hit.end, label=hit.label, modality=holding.modality,
                           applied_to=_applied_to(text, window_start, hit, holding.cue),
                           applied_by=holding.applied_by)
        _name_speaker(ctx, claim, folded, hit, window_start, sentence_start)
        _keep_reporter(claim, holding, window_start)
        if claim.modality == "asserts" and claim.attributed_to is None and _said_by_another(folded, hit, window_start):
            claim.modality = "reports"  # someone the document does not name as a speaker applied it
        if claims and _coordinated(text, claims[-1], claim):
            _share_holding(claims[-1], claim)
        claims.append(claim)
    return claims + denials.extract_denials(ctx, claims) + denials.extract_calls(ctx, claims)


_COORDINATION = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s+and/or\s+)(?:an?\s+|the\s+)?"
                           r"(?:[a-z][\w-]*\s+)?")  # one plain word may qualify it; a name makes it a name use


def _coordinated(text: str, previous: Claim, claim: Claim) -> bool:
    """"called the killings a massacre and a crime against humanity": the second label is held like the first."""
    return previous.sentence_start == claim.sentence_start and _COORDINATION.fullmatch(
        text, previous.end, claim.start) is not None


def _share_holding(previous: Claim, claim: Claim) -> None:
    claim.modality, claim.attributed_to = previous.modality, previous.attributed_to
    claim.attribution_text, claim.attribution_start = previous.attribution_text, previous.attribution_start
    claim.applied_by = previous.applied_by


def _keep_reporter(claim: Claim, holding: _Holding, window_start: int) -> None:
    """A reported label is attributed to who reports it: when attribution named the body that applied the
    label ("Opposition groups have called it genocide"), the sentence is the reporter's own voice."""
    if holding.modality != "reports" or holding.cue is None or claim.attribution_start is None:
        return
    cue_words = (claim.attribution_text or "").lower()
    if cue_words.startswith(("according", "in the words", "as reported")):
        return  # "According to the ministry, parliaments recognised ...": the ministry reports it
    if window_start <= claim.attribution_start < holding.cue[0] or _acting_body(claim):
        claim.attributed_to = claim.attribution_text = claim.attribution_start = None


def _acting_body(claim: Claim) -> bool:
    """The attribution's cue in the claim's sentence is a formal act ("the Council of Representatives
    confirmed ..."): the body acted, applying a label; it does not report this one."""
    if claim.attribution_start is None or not claim.sentence_start <= claim.attribution_start < claim.sentence_end:
        return False
    words = fold(claim.attribution_text or "").split()
    return bool(words) and words[-1].startswith(_formal_act_stems())


@cache
def _formal_act_stems() -> tuple[str, ...]:
    """The stems of the verbs of recognising, condemning and finding, as the recognitions read them."""
    stances = load("stances")
    stems = (literal_stem(p) for key in ("recognize", "condemn", "assess", "rule") for p in stances[key])
    return tuple(stem for stem in stems if stem and " " not in stem)


def _name_speaker(ctx: DocContext, claim: Claim, folded: str, hit: LabelHit, window_start: int,
                  sentence_start: int) -> None:
    """Who says the label, from the verb of saying that governs it, when attribution found no cue in this
    sentence ("Zelensky described the killings as genocide"). A reported label keeps its reporter."""
    prefix_start, prefix = _clause_prefix(folded, window_start, hit.start)
    if claim.modality == "reports" or (claim.modality != "denies" and _words_regex("deny_verbs").search(prefix)):
        return
    if _operative(folded, sentence_start):
        return  # "2. Condemns them as a massacre": the document's author, whom attribution names
    text = ctx.text
    verb = _governing_verb(prefix)
    if verb is None:
        return
    speaker = _speaker(text, prefix_start, prefix, verb) or _subject_past_aside(ctx, sentence_start, prefix_start,
                                                                              verb)
    cue_end = claim.attribution_start + len(claim.attribution_text or "") if claim.attribution_start else 0
    # "X said that ..., and Y described the events as a massacre": a subject after the cue, in a clause of its own
    # (not "X notes that Y described it as", nor "what Y calls a massacre", both X's report)
    outside = claim.attribution_start is None or not sentence_start <= claim.attribution_start < hit.start or (
        speaker is not None and speaker[1] >= cue_end and _NEW_CLAUSE.search(text, cue_end, speaker[1]) is not None)
    if speaker is not None and outside:
        # the subject of the verb that applies the label holds it, also when a report of it follows ("X described
        # the killings as genocide, according to his office"; "..., his office said"): that names the source of
        # the news, the subject applies the label. The attribution component cleans and expands the subject as
        # it does every cue's speaker:
        # "the Republic of Karstavia categorically" -> "Republic of Karstavia", "Monday" -> no one,
        # "The Ministry" -> the ministry the document names in full
        name = ctx.attributor.name_at(speaker[1], speaker[1] + len(speaker[0]))
        if not name:
            return
        claim.attributed_to, claim.attribution_start = name, speaker[1]
        claim.attribution_text = text[speaker[1]:speaker[2]]


def _subject_past_aside(ctx: DocContext, sentence_start: int, prefix_start: int,
                        verb: re.Match[str]) -> tuple[str, int, int] | None:
    """"President X, in a televised address, described the seizure as ...": the subject before an aside between
    commas, found as the attribution component finds a reporting verb's subject."""
    verb_start = prefix_start + verb.start()
    lex = ctx.attributor.lex
    tokens = tokenize(ctx.text, sentence_start, verb_start)
    if not tokens or tokens[-1].text != ",":
        return None  # only the aside case: the plain subject is _speaker's
    found = scan_left(lex, tokens, len(tokens), 0)
    if found is None or found.via is not None:
        return None
    start, end = tokens[found.first].start, tokens[found.last].end
    return ctx.text[start:end], start, prefix_start + verb.end()


def _operative(folded: str, sent_start: int) -> bool:
    """A sentence that opens with the act itself ("2. Condemns ...") speaks for the document's author."""
    first = re.match(r"[\W\d]*([a-z]+)", folded[sent_start:sent_start + 40])
    if not first:
        return False
    verbs = _words_regex("as_verbs").pattern, _words_regex("condemn_verbs").pattern
    return first.group(1).endswith("s") and any(re.fullmatch(v, first.group(1)) for v in verbs)


def _gerund_rejected(folded: str, hit: LabelHit) -> bool:
    """"Calling it genocide, in our view, only deepens the divide": the act of applying the label is the
    subject of a verdict against it."""
    lex = _lexicon()["modality"]
    line_start = max(folded.rfind("\n", 0, hit.start), folded.rfind(". ", 0, hit.start) + 1, 0)
    # "Calling it genocide", "Calling Tantura a massacre", "Describing the raid as an act of terror"
    opener = words_re(lex["gerunds"], r"^\W*", r"\s+(?:[\w'-]+\s+){1,6}(?:as\s+)?(?:an?\s+)?$")
    if not opener.search(folded[line_start:hit.start].lstrip()):
        return False
    rest = re.match(r"[^.;!?]*", folded[hit.end:hit.end + 200])
    return rest is not None and words_re(lex["gerund_verdicts"]).search(rest.group()) is not None


def _disputed_line(folded: str, hit: LabelHit) -> bool:
    """"MYTH: Armenian forces massacred the villagers": the line states what the document disputes."""
    line_start = folded.rfind("\n", 0, hit.start) + 1
    head = words_re(_lexicon()["modality"]["disputed_heads"], r"^\W*", r"\s*:")
    return head.match(folded, line_start, hit.start) is not None


def _mentioned(folded: str, hit: LabelHit) -> bool:
    mention = words_re(_lexicon()["modality"]["mention_prefixes"], after=r"\s*[\"“‘']?\s*$")
    return mention.search(folded[max(0, hit.start - 30):hit.start]) is not None


def _navigation(folded: str, hit: LabelHit) -> bool:
    """A label in a "See also:", "Categories:" or "Topics:" run names another article or a tag. (A list under a
    "See also" heading names events, as a name that uses the label: those stay the encyclopedia's labels.)"""
    line_start = folded.rfind("\n", 0, hit.start) + 1
    cues = words_re(_lexicon()["modality"]["navigation_cues"], after=r"\s*:")
    return cues.search(folded, max(line_start, hit.start - 200), hit.start) is not None


_TITLE_JOIN = re.compile(r"[A-Z\u00C0-\u024F][\w'’-]*\s+(?:(?:of|for|and|on|in|into|under|to|against|the)\s+)+$")
_OPENS_LINE_OR_SENTENCE = re.compile(r"(?:^|[.!?]\s|\n)\W*$")
_NOTE_LINE = re.compile(r"^\s*(?:\d+\.?\s*)?[\^↑]|\bpp?\.\s*\d|\bibid\b|\bcited in\b", re.IGNORECASE)


def _named_work_or_body(text: str, hit: LabelHit) -> bool:
    """A capitalised label inside a title or a body's name, not applied by anyone: "Centre for the Investigation of
    War and War Crimes", "Odesa under Occupation", or any capitalised label in a reference note ("^ Human Rights
    Watch, Under Orders: War Crimes in Kosovo (2001), p. 212"). "the Khojaly Genocide" stays a label."""
    if not text[hit.start].isupper():
        return False
    before = text[max(0, hit.start - 80):hit.start]
    if _OPENS_LINE_OR_SENTENCE.search(before):
        return False  # it opens a sentence or a line: capitalised for that
    if _TITLE_JOIN.search(before):
        return True
    line_start = text.rfind("\n", 0, hit.start) + 1
    end = text.find("\n", hit.end)
    return _NOTE_LINE.search(text, line_start, len(text) if end < 0 else end) is not None


def _period(folded: str, hit: LabelHit) -> bool:
    """"during the occupation", "the rest of the occupation": the name of a period, unless it says whose."""
    if re.match(r"\s+(?:of|by)\b", folded[hit.end:hit.end + 4]):
        return False
    prefixes = words_re(_lexicon()["modality"]["period_prefixes"], after=r"\s*$")
    return prefixes.search(folded[max(0, hit.start - 30):hit.start]) is not None


def _scare_quoted(text: str, folded: str, quote: quotation_marks.Quotation) -> bool:
    """Quotes around a short term the document never uses unquoted: the other side's word, held at a distance."""
    inner = folded[quote.inner_start:quote.inner_end].strip(" .,")
    if len(inner.split()) > 4 or not inner:
        return False
    bare = [h for h in find_labels(inner) if inner[:h.start].strip() in ("", "a", "an", "the")]
    if bare and inner[bare[0].end:].strip() == "":
        return True  # 'the "genocide"': the label alone held at a distance
    line_start = text.rfind("\n", 0, quote.open) + 1
    if not text[line_start:quote.open].strip() or re.search(r"[.!?]\s*$", text[max(0, quote.open - 3):quote.open]):
        return False  # a name that opens the sentence is the speaker's own subject: “Khojaly genocide” was ...
    for m in re.finditer(re.escape(inner), folded):
        before = folded[m.start() - 1:m.start()] if m.start() > 0 else ""
        after = folded[m.end():m.end() + 1]
        if before not in _QUOTE_CHARS and after not in _QUOTE_CHARS:
            return False
    return True


keywords.family("labels", lambda: _label_stems() or [])

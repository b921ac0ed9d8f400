"""Characterization claims: a label ("genocide", "massacre", "occupation" ...) applied to an event, and how
the speaker holds it (`modality`):

- denies: "so-called genocide", scare quotes around the other side's term, "was not genocide",
  "denies that the killings were genocide";
- calls_for: "we call on states to recognise it as genocide", "must be recognised as genocide";
- reports: someone else applied it: "parliaments recognised it as genocide", "condemning the massacre",
  "accused Yerevan of occupying" (`applied_by` = who applied it);
- asserts: everything else, including a name used as a label ("the Srebrenica massacre").

Labels and cue words are data (`labels.toml`); labels inside a legal instrument's name or a quoted title
("Convention on ... Genocide", “War Crimes in ...” report) are not characterizations.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from claimledger.extract.context import DocContext
from claimledger.extract.kinds import quotation_marks
from claimledger.extract.kinds._shared import fold, make_claim, phrase_pattern
from claimledger.extract.kinds.legal import find_references
from claimledger.extract.kinds.quotes import is_quote
from claimledger.lexicons import load
from claimledger.model import Claim

_NAME_RUN = re.compile(r"[A-Z\u00C0-\u024F][\w'’-]*(?:\s+(?:(?:of|for|and|the|de)\s+)*[A-Z\u00C0-\u024F][\w'’-]*)*")
_CLAUSE_BREAK = re.compile(r";|\s—\s|\bbut\b|\bwhereas\b|\bwhile\b|\bhowever\b")
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
def _label_regexes() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(r"(?<![\w-])(?:" + "|".join(entry["patterns"]) + r")(?![\w-])"), entry["canonical"])
            for entry in _lexicon()["label"]]


@cache
def _words_regex(key: str) -> re.Pattern[str]:
    return re.compile(phrase_pattern(_lexicon()["modality"][key]))


def find_labels(text: str) -> list[LabelHit]:
    """Every label in `text`, the longer one where two overlap ("crimes against humanity" over "crime")."""
    folded = fold(text)
    hits = [LabelHit(m.start(), m.end(), canon) for regex, canon in _label_regexes() for m in regex.finditer(folded)]
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[LabelHit] = []
    for h in hits:
        if kept and h.start < kept[-1].end:
            continue
        kept.append(h)
    return kept


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


def _negated(prefix: str) -> bool:
    lex = _lexicon()["modality"]
    bridge = set(lex["negation_bridge"])
    negations = set(lex["negations"])
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
    words = _words_between(between)
    link = {"that", "was", "were", "is", "are", "be", "been", "constituted", "constitute", "amounted", "as"}
    objects = {"the", "term", "label", "word", "characterization", "characterisation", "qualification", "claims",
               "claim", "accusations", "accusation", "allegations", "allegation", "charges", "charge", "of", "any", "a"}
    return bool(link & set(words)) or set(words) <= objects


def _call_modality(prefix: str) -> str | None:
    """calls_for for a present call to adopt the label, reports for a past one, None for no call."""
    lex = _lexicon()["modality"]
    target = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(t) for t in lex["call_targets"]) + r")\w*")
    targets = list(target.finditer(prefix))
    if not targets:
        return None
    before = prefix[:targets[-1].start()]
    present = list(_words_regex("call_present").finditer(before))
    past = list(_words_regex("call_past").finditer(before))
    if not present and not past:
        return "calls_for" if re.search(r"\bto\s+$", before) else None
    last_present = present[-1].start() if present else -1
    last_past = past[-1].start() if past else -1
    if last_present > last_past:
        return "calls_for"
    # a past call is its caller's, named by attribution; a communique's or resolution's call is reported
    return "reports" if _formal_subject(before[:last_past]) else "calls_for"


def prefix_title_case(hit: LabelHit) -> str:
    return "\x00"  # placeholder, replaced below


def _formal_body(prefix: str) -> bool:
    """A parliament or an organisation stands before the verb: its condemnation is a formal act."""
    return _words_regex("formal_bodies").search(prefix) is not None


def _formal_subject(prefix: str) -> bool:
    """A court, parliament, resolution or report, not a person, stands before the verb."""
    return _words_regex("formal_subjects").search(prefix) is not None


def _reported(folded: str, prefix_start: int, prefix: str, hit: LabelHit) -> tuple[int, int] | None:
    """The cue (start, end) of a formal act by which someone else applied the label, if any. Verbs of saying
    ("described it as", "called it") leave the label asserted by their speaker, whom attribution names."""
    after = folded[hit.end:hit.end + 4]
    if re.match(r"\s+as\b", after):
        return None  # "recognised the tragedy as genocide": the tragedy is the speaker's own word
    for key in ("as_verbs", "speech_as_verbs"):
        for m in reversed(list(_words_regex(key).finditer(prefix))):
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
            passive = re.search(r"\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?$", prefix[:m.start()])
            if key == "as_verbs" or passive or _formal_subject(prefix[:m.start()]):
                return prefix_start + m.start(), prefix_start + m.end()
    for m in reversed(list(_words_regex("object_verbs").finditer(prefix))):
        if len(_words_between(prefix[m.end():])) <= 3 and not re.search(r"\b(?:we|i)\s+(?:\w+\s+)?$", prefix[:m.start()]):
            return prefix_start + m.start(), prefix_start + m.end()  # "have recognised the Khojaly genocide"
    titled = folded[hit.start:hit.end] != prefix_title_case(hit)
    for m in reversed(list(_words_regex("naming_verbs").finditer(prefix))):
        # "declared it an act of genocide"; "declared 11 July the Day of Commemoration of the Genocide"
        if len(_words_between(prefix[m.end():])) <= (14 if titled else 4) and not re.search(r"\bas\b", prefix[m.end():]):
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
    verb = re.search(_words_regex("as_verbs").pattern + r"\s+(?:the\s+|this\s+|that\s+)?$", prefix)
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


def _speaker(text: str, folded: str, prefix_start: int, prefix: str) -> tuple[str, int, int] | None:
    """The subject of a verb of saying that governs the label: (name, start, end of the verb)."""
    lex = _lexicon()["speaker"]
    verbs = list(re.finditer(phrase_pattern(lex["verbs"]), prefix))
    if not verbs or len(_words_between(prefix[verbs[-1].end():])) > 10:
        return None
    verb = verbs[-1]
    if _formal_subject(prefix[:verb.start()]):
        return None  # a parliament's or court's act: reported, not said
    skip, stops = set(lex["skip"]), set(lex["stops"])
    tokens = list(re.finditer(r"[\w'’.-]+|[^\w\s]", text[prefix_start:prefix_start + verb.start()]))
    while tokens and tokens[-1].group().lower() in skip:
        tokens.pop()
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


def extract_characterizations(ctx: DocContext) -> list[Claim]:
    text = ctx.text
    folded = fold(text)
    lex = _lexicon()["modality"]
    not_before = re.compile(r"\s+(?:" + "|".join(map(re.escape, lex["not_before"])) + r")\b")
    instruments = find_references(ctx)
    quotations = quotation_marks.find(text)
    claims: list[Claim] = []
    for hit in find_labels(text):
        if any(r.start <= hit.start and hit.end <= r.end for r in instruments):
            continue
        if not_before.match(folded, hit.end) or _navigation(folded, hit):
            continue
        if hit.label == "occupation" and _period(folded, hit):
            continue
        quote = quotation_marks.enclosing(quotations, hit.start, hit.end)
        in_title = quote is not None and not is_quote(text, quote)
        work_title = r"(?:report|book|article|film|titled|entitled)\s*$"
        if in_title and quote is not None and re.search(work_title, folded[max(0, quote.open - 30):quote.open]):
            continue  # a label in the title of a work is the work's, not the speaker's
        sent_start, sent_end = ctx.sentence_at(hit.start)
        sent_start = min(sent_start, hit.start)
        prefix_start, prefix = _clause_prefix(folded, sent_start, hit.start)
        outer_prefix = folded[max(sent_start, (quote.open if quote and in_title else hit.start) - 80):
                              quote.open if quote and in_title else hit.start]
        modality, applied_by = "asserts", None
        cue: tuple[int, int] | None = None
        scare = in_title and quote is not None and _scare_quoted(text, folded, quote)
        if (_denied_by_prefix(outer_prefix) or _denied_by_prefix(prefix) or scare or _negated(prefix)
                or _denied_by_verb(prefix) or _NEVER_HAPPENED.match(folded, hit.end)):
            modality = "denies"
        elif _as_object(folded, prefix, hit) and not _is_name_part(text, hit):
            continue  # "recognizing the tragedy of X as genocide": the object, not a label of its own
        elif re.match(r"\s+as\b", folded[hit.end:hit.end + 4]):
            pass  # "recognise the Khojaly massacre as genocide": the object keeps the speaker's own word
        else:
            call = _call_modality(prefix)
            cue = _reported(folded, prefix_start, prefix, hit)
            if call == "calls_for":
                modality = "calls_for"
            elif call == "reports" or cue is not None:
                modality = "reports"
                cue_start = cue[0] if cue else hit.start
                applied_by = _applied_by(text, sent_start, cue_start, hit)
        if (modality == "reports" and cue is not None and _is_name_part(text, hit) and not in_title
                and not _AS_NAME.search(folded[cue[1]:hit.start]) and cue[1] < hit.start - 30):
            modality, applied_by = "asserts", None  # a name the speaker uses, far from the act
        claim = make_claim(ctx, "characterization", hit.start, hit.end, label=hit.label, modality=modality,
                           applied_to=_applied_to(text, sent_start, hit, cue), applied_by=applied_by)
        speaker = None
        if modality == "denies" or (modality != "reports" and not _words_regex("deny_verbs").search(prefix)):
            speaker = _speaker(text, folded, prefix_start, prefix)
        if speaker is not None and (claim.attribution_start is None or claim.attribution_start < sent_start):
            # the kind's own cue: who says the label, when attribution found no cue in this sentence
            claim.attributed_to, claim.attribution_start = speaker[0], speaker[1]
            claim.attribution_text = text[speaker[1]:speaker[2]]
        claims.append(claim)
    return claims


def _navigation(folded: str, hit: LabelHit) -> bool:
    """A label in a "See also:" or "Categories:" run names another article."""
    line_start = max(folded.rfind("\n", 0, hit.start), hit.start - 200)
    cues = phrase_pattern(_lexicon()["modality"]["navigation_cues"]) + r"\s*:"
    return re.search(cues, folded[line_start:hit.start]) is not None


def _period(folded: str, hit: LabelHit) -> bool:
    """"during the occupation", "the rest of the occupation": the name of a period, unless it says whose."""
    if re.match(r"\s+(?:of|by)\b", folded[hit.end:hit.end + 4]):
        return False
    prefixes = phrase_pattern(_lexicon()["modality"]["period_prefixes"]) + r"\s*$"
    return re.search(prefixes, folded[max(0, hit.start - 30):hit.start]) is not None


def _scare_quoted(text: str, folded: str, quote: quotation_marks.Quotation) -> bool:
    """Quotes around a short term the document never uses unquoted: the other side's word, held at a distance."""
    inner = folded[quote.inner_start:quote.inner_end].strip(" .,")
    if len(inner.split()) > 4 or not inner:
        return False
    bare = [h for h in find_labels(inner) if inner[:h.start].strip() in ("", "a", "an", "the")]
    if bare and inner[bare[0].end:].strip() == "":
        return True  # 'the "genocide"': the label alone held at a distance
    for m in re.finditer(re.escape(inner), folded):
        before = folded[m.start() - 1:m.start()] if m.start() > 0 else ""
        after = folded[m.end():m.end() + 1]
        if before not in _QUOTE_CHARS and after not in _QUOTE_CHARS:
            return False
    return True

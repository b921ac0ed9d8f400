"""Labels held by words that stand for them. Denials: "The authorities reject these terms", "the Kremlin
dismissed the accusations as lies", "a genocide, a term the government rejects", "That word is wrong". Calls:
"urges other parliaments to do the same", "urge the parliament to recognise it as such".

The labels are those applied in the same sentence before the words or, failing that, in the nearest of the
`reach` sentences before (every one of them for a plural: "these terms"). Each gives one claim on the words: a
denial attributed to the subject of the verb (the document itself for a bare verdict such as "That word is
wrong"), a call attributed as the attribution component attributes the words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from claimledger.extract.context import DocContext
from claimledger.extract.kinds import keywords
from claimledger.extract.kinds._shared import fold, make_claim, phrase_pattern
from claimledger.extract.kinds.keywords import finditer_at
from claimledger.lexicons import load
from claimledger.model import Claim


@dataclass(frozen=True)
class Denial:
    start: int
    end: int
    subject: str | None  # None: the document's own voice


@cache
def _lex() -> dict:
    return load("labels")["anaphora"]


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lex = _lex()
    verbs, dets, nouns = (phrase_pattern(lex[k]) for k in ("verbs", "determiners", "nouns"))
    forward = re.compile(rf"{verbs}\s+{dets}\s+(?:[\w-]+\s+)?{nouns}")  # "reject these (two) terms"
    relative = re.compile(rf"\ba\s+{nouns}\s+(?:that\s+|which\s+)?(?P<subject>(?:the\s+)?[\w'’ -]{{2,60}}?)\s+{verbs}")
    verdict = re.compile(rf"(?:that|this|the)\s+{nouns}\s+(?:is|was)\s+(?:\w+\s+)?{phrase_pattern(lex['verdicts'])}")
    return forward, relative, verdict


_SUBJECT = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but)\s+)(?P<subject>(?:[Tt]he\s+)?[^,;:.]{2,80}?)\s*$")


def _subject(ctx: DocContext, sentence_start: int, verb_start: int) -> str | None:
    """The words before the verb back to the clause start ("The de facto authorities in Sukhumi"), cleaned and
    expanded by the attribution component as every speaker is ("while Armenian officials have long" -> Armenian
    officials; "the Ministry" -> its full name)."""
    text = ctx.text
    m = _SUBJECT.search(text[sentence_start:verb_start].rstrip())
    if not m:
        return None
    start, end = sentence_start + m.start("subject"), sentence_start + m.end("subject")
    lead = _LEADING_SUBORDINATOR.match(text, start, end)
    if lead:
        start = lead.end()
    named = ctx.attributor.name_at(start, end)
    return named.strip() if named and named.strip() else None


_LEADING_SUBORDINATOR = re.compile(r"(?:while|whereas|although|though|as|since|when|but|and|yet)\s+", re.IGNORECASE)
_NAMED_AFTER = re.compile(r"\s+(?:of\s+(?:[\w'’-]+\s+){0,6}?)?as\b")  # "the description of the events as X"


def _names_its_label(folded: str, start: int, end: int) -> bool:
    """The words name the label themselves ("reject the genocide label", "reject the term genocide", "the
    description of the events as terrorism"): the label's own claim carries the denial."""
    from claimledger.extract.kinds.characterizations import find_labels  # which imports this module

    if find_labels(folded[start:end]):
        return True
    rest = re.match(r"[^.;:!?]{0,80}", folded[end:])
    after = rest.group() if rest else ""
    named = _NAMED_AFTER.match(after)
    if named:  # "as terrorism" names it; "dismissed the accusations as lies" does not
        return any(h.start < named.end() + 25 for h in find_labels(after))
    return any(h.start < 12 for h in find_labels(after))


def find(ctx: DocContext) -> list[Denial]:
    text = ctx.text
    folded = fold(text)
    forward, relative, verdict = _patterns()
    found: list[Denial] = []
    if not keywords.starts(folded, "denials.nouns"):
        return []  # no "term", "label", "accusation" ...: nothing stands for a label
    for m in finditer_at(forward, folded, keywords.starts(folded, "denials.verbs")):
        if _names_its_label(folded, m.start(), m.end()):
            continue
        s0 = min(ctx.sentence_at(m.start())[0], m.start())
        found.append(Denial(m.start(), m.end(), _subject(ctx, s0, m.start())))
    for m in relative.finditer(folded):
        subject = re.sub(r"^the\s+", "", text[m.start("subject"):m.end("subject")], flags=re.IGNORECASE)
        found.append(Denial(m.start(), m.end(), subject))
    for m in verdict.finditer(folded):
        s0 = min(ctx.sentence_at(m.start())[0], m.start())
        if m.start() == s0 or not text[s0:m.start()].strip():  # "That word is wrong." opening its sentence
            found.append(Denial(m.start(), m.end(), None))
    return sorted(found, key=lambda d: d.start)


@cache
def _call_pattern() -> re.Pattern[str]:
    lex = _lex()
    return re.compile(phrase_pattern(lex["call_verbs"]) + r"\s+(?:[\w'’-]+\s+){0,6}?to\s+"
                      + phrase_pattern(lex["call_objects"]))


def extract_calls(ctx: DocContext, labelled: list[Claim]) -> list[Claim]:
    """One `calls_for` claim per label of `labelled` that a call to "do the same" refers to."""
    from claimledger.extract.kinds.characterizations import find_labels  # which imports this module

    folded = fold(ctx.text)
    claims: list[Claim] = []
    for m in finditer_at(_call_pattern(), folded, keywords.starts(folded, "denials.calls")):
        if find_labels(folded[m.start():m.end() + 30]):
            continue  # "urge them to recognise it as genocide": the label's own claim is the call
        for label in _referred(ctx, labelled, m.start(), plural=False):
            claims.append(make_claim(ctx, "characterization", m.start(), m.end(), label=label, modality="calls_for",
                                     applied_to=None, applied_by=None))
    return claims


def extract_denials(ctx: DocContext, labelled: list[Claim]) -> list[Claim]:
    """One `denies` claim per label of `labelled` (the characterizations found so far) that a denial refers to."""
    claims: list[Claim] = []
    for denial in find(ctx):
        plural = ctx.text[denial.start:denial.end].rstrip().endswith("s")
        labels = _referred(ctx, labelled, denial.start, plural)
        for label in labels:
            claim = make_claim(ctx, "characterization", denial.start, denial.end, label=label, modality="denies",
                               applied_to=None, applied_by=None)
            claim.attributed_to = denial.subject
            claim.attribution_text = ctx.text[denial.start:denial.end] if denial.subject else None
            claim.attribution_start = denial.start if denial.subject else None
            claims.append(claim)
    return claims


def _referred(ctx: DocContext, labelled: list[Claim], at: int, plural: bool) -> list[str]:
    """The labels applied before `at` in its sentence, else in the nearest sentence before that has one; for
    a plural ("these terms") every label of the `reach` sentences before."""
    index = ctx.sentence_index(at)
    found: list[str] = []
    for back in range(0, _lex()["reach"] + 1):
        if index - back < 0 or not ctx.sentence_spans:
            break
        s0, s1 = ctx.sentence_spans[index - back]
        end = at if back == 0 else s1
        labels = [c.label for c in labelled if s0 <= c.start < end and c.modality != "denies" and c.label]
        found = labels + found
        if found and (not plural or back == 0):
            break
    return list(dict.fromkeys(found))


keywords.family("denials.nouns", lambda: _lex()["nouns"])
keywords.family("denials.verbs", lambda: _lex()["verbs"])
keywords.family("denials.calls", lambda: _lex()["call_verbs"])

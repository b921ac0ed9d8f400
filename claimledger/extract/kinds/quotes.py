"""Quote claims: words inside quotation marks that someone is said to have said or written, with the
speaker and, when the quote comes second hand, the work or outlet that passes it on (`via`).

Titles, names, slogans and scare quotes are left out: too few words, title case, or a title cue before them.
The speaker comes from the attribution component's `speaker_for_quote` when it offers one; otherwise from
the usual cues around the marks ("X said: “...”", "“...,” X added", "X was quoted by Y as saying").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from claimledger.extract.context import DocContext
from claimledger.extract.kinds import quotation_marks
from claimledger.extract.kinds._shared import make_claim, phrase_pattern, trim_span, words_re
from claimledger.extract.kinds.quotation_marks import Quotation
from claimledger.lexicons import load
from claimledger.model import Claim

_CONNECTORS = {"of", "for", "the", "and", "de", "van", "von", "al", "el", "der", "bin", "ibn", "la", "le", "da", "du"}
_NAME_TOKEN = re.compile(r"^[A-Z\u00C0-\u024F][\w'’.-]*$")
_PAREN = re.compile(r"^\s*\((?P<cite>[^()]*(?:\([^()]*\)[^()]*)*)\)")
_PAREN_AT = re.compile(r"[ \t]*\((?P<cite>[^()]*(?:\([^()]*\)[^()]*)*)\)")
_PAGE = re.compile(r"\bpp?\.\s*\d+(?:\s*[-–]\s*\d+)?")
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")


@dataclass(frozen=True)
class Speaker:
    name: str
    cue_text: str
    cue_start: int
    via: str | None = None
    from_source: bool = False  # "From the book of Z": the cue names the author itself


@cache
def _lexicon() -> dict:
    return load("kinds_quotes")


def _is_label(words: str) -> bool:
    from claimledger.extract.kinds.characterizations import find_labels  # characterizations imports this module

    return bool(find_labels(words))


@cache
def _speech_regex() -> re.Pattern[str]:
    return re.compile(phrase_pattern(_lexicon()["speech_verbs"]), re.IGNORECASE)


def is_quote(text: str, q: Quotation) -> bool:
    """Quoted speech rather than a title, name, slogan or scare quote."""
    lex = _lexicon()
    inner = text[q.inner_start:q.inner_end]
    words = re.findall(r"[\w'’-]+", inner)
    if len(words) < lex["min_words"]:
        return False
    if len(words) < lex["min_words_any_case"]:
        before_mark = text[max(0, q.open - 30):q.open].lower()  # "the UN “safe area”": a term
        determiner = words_re(lex["term_determiners"], after=r"(?:\s+[\w.-]+){0,2}?\s*$").search(before_mark)
        if determiner or any(w[0].isupper() for w in words) or _is_label(inner):
            return False  # "Great Armenia", "the “special procedure”": a short name or term, not speech
    if len(words) == lex["min_words_any_case"] and any(w[0].isupper() for w in words[1:]) and words[0] != "I":
        return False  # "spoke of “peaceful Soviet citizens”": a phrase with a name in it, not a sentence
    long_words = [w for w in words if len(w) > 3]
    capitalised = sum(1 for w in long_words if w[0].isupper())
    if long_words and capitalised / len(long_words) >= lex["title_case_share"] and not re.search(r"[.,;:]\s", inner):
        return False
    if _heading(text, q) or _CITED_AFTER.match(text, q.close + 1) or _CHAPTER_BEFORE.search(
            text, max(0, q.open - 30), q.open):
        return False  # 'Musial, "Konterrevolutionäre ..." (Berlin, 2000)', 'Chapter 4: "The Summer of 1941"'
    raw_before = text[max(0, q.open - 40):q.open]
    if raw_before.rstrip(" \t").endswith(":") and re.search(r"[.!?,;]\W*$", inner):
        return True  # 'told a local newspaper: "We came back ..."': a colon announces the words said
    before = raw_before.lower().rstrip(" \t:,")
    before = re.sub(r"\s+(?:a|an|the)$", "", before)  # "claims of a “genocide of X”"
    return words_re(lex["title_cues"], after="$").search(before) is None


# what follows the title of a cited work: its place and year, or a journal with its volume
_CITED_AFTER = re.compile(r"[,.]?\s*(?:\((?:[A-Z][^()\n]{0,40},\s*)?(?:1[5-9]|20)\d\d\)|"
                          r"(?:in\s+)?[A-Z][\w.&'’ -]{2,60}?\s+\d{1,3}(?:,\s*no\.|\s*\((?:1[5-9]|20)\d\d\)))")
_CHAPTER_BEFORE = re.compile(r"\b(?:chapter|part|section|ch\.)\s*[\dIVXivx]+[.:]?\s*$", re.IGNORECASE)
_GLOSS = re.compile(r"[ \t]*(?:[/|–—][ \t]*(?P<gloss>[^\n.!?]*))?$")  # " / By All Available Means": a translation


def _heading(text: str, q: Quotation) -> bool:
    """A quotation standing as a line of its own that is glossed by a translation after a slash or dash, or
    written in another script than the document (the original title of a translated work), and announced
    by no colon on the line before: the title of a work or a chapter, not speech. A headline quoting words
    in the document's own script stays a quote."""
    line_start = text.rfind("\n", 0, q.open) + 1
    line_end = text.find("\n", q.close)
    line_end = len(text) if line_end < 0 else line_end
    gloss = _GLOSS.match(text, q.close + 1, line_end)
    if text[line_start:q.open].strip() or gloss is None or text[:line_start].rstrip().endswith(":"):
        return False
    return bool((gloss.group("gloss") or "").strip()) or _foreign_script(text, text[q.inner_start:q.inner_end])


def _foreign_script(text: str, inner: str) -> bool:
    """Letters of `inner` are mostly non-Latin while the document's are mostly Latin."""
    def latin_share(s: str) -> float:
        letters = [c for c in s[:4000] if c.isalpha()]
        return sum(1 for c in letters if ord(c) < 0x250) / len(letters) if letters else 1.0
    return latin_share(inner) < 0.5 <= latin_share(text)


def _name_before(text: str, end: int, start: int) -> tuple[str, int] | None:
    """The run of name tokens (capitalised words and connectors, or 'the ministry') ending at `end`."""
    tokens = list(re.finditer(r"\S+", text[start:end]))
    chosen: list[re.Match[str]] = []
    for tok in reversed(tokens):
        word = tok.group()
        if word.endswith((",", ";", ":", ".")) and chosen:
            break
        word = word.rstrip(",;:")
        if _NAME_TOKEN.match(word) or (word.lower() in _CONNECTORS and chosen):
            chosen.insert(0, tok)
            continue
        if not chosen and word.lower() in _lexicon()["pronouns"]:
            chosen.insert(0, tok)
            break
        if not chosen and word.isalpha() and word.islower():
            # a bare role: "the ministry said"
            if len(tokens) >= 2 and tok is not tokens[0]:
                prev = tokens[tokens.index(tok) - 1].group().lower()
                if prev in ("the", "this", "that", "its", "a", "an"):
                    chosen = [tokens[tokens.index(tok) - 1], tok]
            break
        break
    while chosen and chosen[0].group().lower() in _CONNECTORS - {"the"}:
        chosen.pop(0)
    if not chosen:
        return None
    s, e = start + chosen[0].start(), start + chosen[-1].end()
    name = text[s:e].rstrip(",;:")
    if name.lower().startswith("the ") and name[4:5].isupper():
        name, s = name[4:], s + 4
    return name, s


def _last_name_run(segment: str) -> str | None:
    runs = re.findall(r"(?:[A-Z\u00C0-\u024F][\w'’-]+)(?:\s+(?:de\s+|van\s+|von\s+|al-)?[A-Z\u00C0-\u024F][\w'’-]+)*",
                      segment)
    return runs[-1] if runs else None


def _via_from(parts: list[str]) -> str | None:
    bits = [" ".join(p.split()).strip(" ,") for p in parts if p and p.strip(" ,")]
    return ", ".join(bits) if bits else None


def _citation(cite: str) -> str:
    """'Black Garden: Armenia ... (New York ..., 2003), p. 172' -> 'Black Garden (2003), p. 172'."""
    title = re.split(r"[:(,]", cite, maxsplit=1)[0].strip(" ,")
    years = _YEAR.findall(cite)
    page = _PAGE.search(cite)
    out = title + (f" ({years[-1]})" if years and years[-1] not in title else "")
    return out + (f", {page.group()}" if page else "")


_QUOTED_BY = re.compile(r"(?P<x>[^.;]*?),?\s+(?:was|is|has been)\s+(?:quoted|cited)\s+by\s+(?P<y>[^,(]+?)\s*"
                        r"(?P<paren>\((?:[^()]|\([^()]*\))*\))?\s*,?\s+as\s+(?:saying|stating|writing)\s*[,:]?\s*$")


@cache
def _source_words() -> frozenset[str]:
    """The longest word of each source cue ("book", "memoirs"): a cue cannot match where none occurs."""
    return frozenset(max(cue.lower().split(), key=len) for cue in _lexicon()["source_cues"])


def _find_speaker(ctx: DocContext, q: Quotation) -> Speaker | None:
    text = ctx.text
    line_start = text.rfind("\n", 0, q.open) + 1
    sent_start = max(ctx.sentence_at(q.open)[0], line_start) if ctx.sentence_at(q.open)[0] <= q.open else line_start
    before_start = max(sent_start, q.open - 400)
    before = text[before_start:q.open]
    after_end = text.find("\n", q.close)
    after_end = len(text) if after_end < 0 else after_end
    after = text[q.close + 1:min(after_end, q.close + 300)]
    lex = _lexicon()

    # "X was quoted by Y (cite) as saying, “...”"
    m = _QUOTED_BY.search(before) if "quoted" in before or "cited" in before else None  # the regex is slow
    if m:
        speaker = _last_name_run(m.group("x")) or m.group("x").strip()
        cite = m.group("paren")[1:-1] if m.group("paren") else None
        if cite is None:
            after_cite = _PAREN.match(after.lstrip(".,"))
            cite = after_cite.group("cite") if after_cite else None
        via_name = _last_name_run(m.group("y")) or m.group("y").strip()
        citation = _citation(cite) if cite else ""
        via = _via_from([citation] if via_name in citation else [via_name, citation])
        return Speaker(speaker, m.group(0).strip(), before_start + m.start(), via)

    # "From the book of the author Z, who ...: “...”"
    low = before.lower()
    src = words_re(lex["source_cues"], "(?P<cue>", r")(?P<rest>[^:“\"]*)[:,]?\s*$", re.IGNORECASE).search(before) \
        if any(word in low for word in _source_words()) else None
    if src:
        rest = re.split(r",", src.group("rest"), maxsplit=1)[0]
        name = _last_name_run(rest)
        if name:
            return Speaker(name, src.group(0).strip(), before_start + src.start(), from_source=True)

    # "“...,” X said" / "“...,” said X"
    tail = re.match(r"^[\s,.]*", after)
    t0 = q.close + 1 + (tail.end() if tail else 0)
    verb = _speech_regex().match(text, t0)
    if verb:
        got = _name_before(text, min(verb.end() + 80, after_end), verb.end())
        rest = re.match(r"\s+((?:the\s+)?[\w'’ -]+?)(?=[.,;]|$)", text[verb.end():after_end])
        if rest:
            return Speaker(rest.group(1).strip(), text[t0:verb.end() + rest.end()], t0)
        if got:
            return Speaker(got[0], text[t0:verb.end()], t0)
    for verb in _speech_regex().finditer(text, t0, min(after_end, t0 + 120)):
        if verb.start() - t0 > 80:
            break
        got = _name_before(text, verb.start(), t0)
        if got:
            return Speaker(got[0], text[got[1]:verb.end()], got[1])
        break

    # "X said: “...”", "according to X, “...”"
    contexts = [(before_start, before)]
    if not before.strip():  # a quotation opening a paragraph: the line announcing it ends with ":"
        prev_end = text.rstrip()[:line_start].rstrip()
        if prev_end.endswith(":"):
            prev_start = text.rfind("\n", 0, len(prev_end)) + 1
            contexts.append((prev_start, text[prev_start:len(prev_end)]))
    for base, segment in contexts:
        verbs = list(_speech_regex().finditer(segment))
        if not verbs:
            continue
        verb = verbs[-1]
        if verb.group().lower() == "according to":
            name = _last_name_run(segment[verb.end():]) or segment[verb.end():].strip(" ,:")
            return Speaker(name, segment[verb.start():].strip(" ,:"), base + verb.start())
        if verb.group().lower().endswith("ing"):
            got = _main_subject(segment[:verb.start()], base)  # "..., describing X as “...”": the clause's subject
        else:
            got = _name_before(text, base + verb.start(), base)
        if got is None:
            clause_start = max(segment.rfind(c, 0, verb.start()) for c in ",;:") + 1
            head = re.match(r"\s*(?:(?:a|an|the)\s+)?", segment[clause_start:verb.start()], re.IGNORECASE)
            c0 = clause_start + (head.end() if head else 0)
            clause = segment[c0:verb.start()].strip()
            if clause:
                got = (clause, base + c0)
        if got:
            return Speaker(got[0], text[got[1]:base + verb.end()], got[1])
    return None


_NAME_RUN = re.compile(r"[A-Z\u00C0-\u024F][\w'’-]*(?:\s+(?:(?:of|for|and|the|de)\s+)*[A-Z\u00C0-\u024F][\w'’-]*)*")


_OPENERS = {"In", "On", "At", "By", "As", "After", "Before", "During", "The", "A", "An", "This", "That", "It", "Its"}


def _main_subject(segment: str, base: int) -> tuple[str, int] | None:
    """The first name that opens a clause of `segment` ("In its judgment ..., the Court arrived ...")."""
    offset = 0
    for part in segment.split(","):
        m = re.match(r"\s*(?:the\s+)?", part, re.IGNORECASE)
        run = _NAME_RUN.match(part, m.end() if m else 0)
        if run and run.group().split()[0] not in _OPENERS:
            return run.group(), base + offset + run.start()
        offset += len(part) + 1
    return None


def _segments_naming(text: str, head: str) -> list[str]:
    """The runs of `text` between full stops and line breaks that hold `head` as a word (any case), found
    from the word's occurrences: matching the whole run with a regex retries it from every character."""
    out: list[str] = []
    last_end = -1
    for m in re.finditer(r"\b" + re.escape(head) + r"\b", text, re.IGNORECASE):
        if m.start() < last_end:
            continue
        start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        ends = [i for i in (text.find(".", m.end()), text.find("\n", m.end())) if i >= 0]
        last_end = min(ends) if ends else len(text)
        out.append(text[start:last_end])
    return out


def _introducer(text: str, before: int, head: str) -> str | None:
    """Who issued the statement, letter or report a bare role names: the subject of the sentence before
    `before` that mentions it ("The Ministry ... released a joint statement")."""
    for sentence in reversed(_segments_naming(text[:before], head)):
        runs = [r for r in _NAME_RUN.finditer(sentence) if r.group().split()[0] not in _OPENERS]
        runs = [r for r in runs if r.group().removeprefix("The ").strip() not in _OPENERS]
        if runs and runs[0].start() < sentence.lower().find(head):
            return runs[0].group().removeprefix("The ")
    return None


def _resolve(name: str, text: str, before: int, previous: list[tuple[str, str]]) -> str:
    """A pronoun or a bare role ("she", "the ministry") -> the full name used earlier in the document.
    `previous` holds (speaker, cue sentence) of the direct quotes before this one."""
    low = name.lower()
    lex = _lexicon()
    if low in lex["pronouns"]:
        return previous[-1][0] if previous else name
    if low in lex["roles"] or (low.startswith(("the ", "this ", "its ")) and name.split()[-1].islower()):
        head = low.split()[-1]
        for earlier, cue in reversed(previous):
            if head in earlier.lower() or head in cue.lower():
                return earlier
        introducer = _introducer(text, before, head)
        if introducer:
            return introducer
        found = [m.group() for m in re.finditer(r"(?:[A-Z][\w'’-]+\s+){0,4}" + re.escape(head.capitalize())
                                                + r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)?",
                                                text[:before])]
        if found:
            return found[-1]
        if previous:
            return previous[-1][0]
    return name


_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_OUTLET_DATE = re.compile(r"\b[Aa]ccording\s+to\s+(?:the\s+)?(?P<outlet>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}),?\s+"
                          rf"(?:of\s+)?(?P<date>\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}})")


def _cited_source(ctx: DocContext, q: Quotation) -> str | None:
    """The outlet or work a quotation is cited from: "(Le Monde, 14 March 1992)" right after it, or
    "according to Le Monde, 14 March 1992" in its sentence."""
    text = ctx.text
    paren = _PAREN_AT.match(text, q.close + 1)
    if paren and (_YEAR.search(paren.group("cite")) or _PAGE.search(paren.group("cite"))):
        return " ".join(paren.group("cite").split())
    s0, _ = ctx.sentence_at(q.open)
    cited = list(_OUTLET_DATE.finditer(text, min(s0, q.open), q.open))
    if cited:
        return f"{cited[-1].group('outlet')}, {' '.join(cited[-1].group('date').split())}"
    return None


_PRONOUNS = frozenset({"i", "we", "he", "she", "they", "it", "you"})


def _turn_voice(ctx: DocContext, at: int, shared: object) -> bool:
    """Is the speaker the attribution component offers only the voice of the transcript turn holding `at`?"""
    turns = getattr(ctx.attributor, "turns", None)
    turn = turns.speaker_at(at) if turns is not None else None
    return turn is not None and getattr(shared, "attribution_start", None) == turn.attribution_start


def extract_quotes(ctx: DocContext) -> list[Claim]:
    text = ctx.text
    claims: list[Claim] = []
    speakers: list[tuple[str, str]] = []
    lookup = getattr(ctx.attributor, "speaker_for_quote", None)
    for q in quotation_marks.find(text):
        if not is_quote(text, q):
            continue
        start, end = trim_span(text, q.inner_start, q.inner_end, " \t\r\n,")
        if end <= start:
            continue
        found = _find_speaker(ctx, q)
        speaker: str | None = None
        cue_text, cue_start, via = None, None, None
        if lookup is not None and (found is None or found.via is None and not found.from_source):
            # the attribution component's speaker, unless the quote's own cue names a source or a relay
            shared = lookup(start, end)
            if found is not None and found.name.lower() not in _PRONOUNS and _turn_voice(ctx, start, shared):
                shared = None  # "ILSE VARGA: ... The report calls it "..."": the quote's own cue, not the turn
            speaker = getattr(shared, "attributed_to", shared) if shared is not None else None
            cue_text = getattr(shared, "attribution_text", None)
            cue_start = getattr(shared, "attribution_start", None)
            via = getattr(shared, "via", None)
        if found is not None:
            via = found.via or via
            if not speaker:
                speaker = _resolve(found.name, text, q.open, speakers)
                cue_text, cue_start = found.cue_text, found.cue_start
        via = via or _cited_source(ctx, q)
        claim = make_claim(ctx, "quote", start, end, speaker=speaker, via=via)
        if speaker:
            claim.attributed_to, claim.attribution_text, claim.attribution_start = speaker, cue_text, cue_start
            if via is None:
                s0, s1 = ctx.sentence_at(cue_start if cue_start is not None else q.open)
                speakers.append((speaker, text[s0:s1]))
        else:
            claim.speaker = claim.attributed_to
        claims.append(claim)
    return claims

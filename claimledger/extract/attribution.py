"""Who says a claim: the source the document names for it, or None where the document speaks in its own voice.

Everything is worked out once per document, lazily, in reading order: the quotations, the cues of every
sentence with their speakers resolved to the fullest name the document uses, the speaker of each quotation,
and the speaker that carries over to sentences without a cue. `attribute(start, end)` is then a lookup:

1. a source in parentheses right after the claim, or the row label it stands under ("40+ (UN)", "Official:");
2. the speaker of the innermost quotation holding it (a statement quoted over paragraphs is its author's);
3. the cue of its sentence nearest before it, else the first after it ("according to X", "..., X said");
4. the speaker carried over from earlier sentences (reported speech running on, a quoted statement's summary
   continued in the next paragraph);
5. None: the document's own voice.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from claimledger.extract.attribution_cues import Cue, CueFinder
from claimledger.extract.attribution_entities import SpeakerTable
from claimledger.extract.attribution_labels import LabelReader
from claimledger.extract.attribution_phrases import after_markers, scan_left, scan_right
from claimledger.extract.attribution_quotes import Quote, QuoteIndex
from claimledger.extract.attribution_turns import TurnIndex
from claimledger.extract.attribution_words import YEAR, Lexicon, Token, lexicon, tokenize
from claimledger.extract.context import Attribution
from claimledger.extract.numbers import find_amounts

if TYPE_CHECKING:
    from claimledger.extract.context import DocContext

_RELATIVE_AFTER = re.compile(r"\s*,\s*(?:who|whose|whom|which)\b")
_FIRST_WORD = re.compile(r"[^\W\d_]+")
_QUANTIFIERS = frozenset({"many", "some", "most", "several", "others", "few", "all", "both"})
_LETTER = re.compile(r"[^\W\d_]")
# (not the breakdown of a total: "46 dead and 180 wounded, of whom 70 were children, according to X")
_RELATIVE_OPENER = re.compile(r",\s*(?!(?:of|among)\s+(?:whom|which)\s+(?:[a-z]+\s+)?\d)(?:\w+\s+)?"
                              r"(?:which|whom|whose|where|when)\b[^,;:]{0,40},?\s*$")
_NEW_RELATIVE = re.compile(r",\s*(?:nor|and|or|but)\s+[^,;:]{1,40}?,\s*(?:where|in\s+which|when)\b")
_APPOSITIVE_SOURCE = re.compile(r"(?:\s+[a-z]+){0,2}\s*,\s*(?:the|a)\s+(?:number|count|figure|toll|total|estimate)"
                                r"\s+(?:that\s+)?", re.IGNORECASE)
_CLAUSE_JOIN = re.compile(r"(?:,\s*|\s)(?:and|but|while|whereas)\s+$")
# "..., according to the Red Cross, and more than 90,000 have been displaced": the next clause opens with its
# figure, and the same source gives it (but not "..., and Hezbollah fired 600 rockets": a subject of its own)
_AND_FIGURE = re.compile(r"[ \t]*,\s+and\s+(?:(?:the|some|about|around|nearly|almost|another|a|further|only|more|"
                         r"than|over|up|to|at|least|well|as|many)\s+){0,3}")
_WORDS = re.compile(r"[^\W\d_]+")
_SO_AFTER = re.compile(r"\s+(?:so|as much)\b")  # "..., and the government said so": backwards
# between "X published" and the figure: the document's noun and "of" ("a list of", "its own tally of")
_ISSUED_OBJECT = re.compile(r"\s+(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?(?:of|with|naming|listing)\s+")
# "(Halder 1998, p. 203)." at a sentence's end: the author of what the sentence says
_CLOSING_CITATION = re.compile(
    r"\((?P<name>[A-Z][\w'’-]+(?:\s+(?:and|&)\s+[A-Z][\w'’-]+)?(?:\s+et\s+al\.?)?)(?:,?\s+(?:1[6-9]\d\d|20\d\d)[a-z]?"
    r"(?:\s*[,:]\s*(?:pp?\.\s*)?[\d–-]+)?|,\s*pp?\.\s*[\d–-]+)\)\s*[.;]?[\"”’]?\s*$")  # "(Berkhoff, p. 304)"
_LINE_LABEL = re.compile(r"\W*(?:[\w'’]+\s+){0,2}[\w'’]+\s*:\s*")  # "Editor's note:", "UPDATE:"
# a note's reference after its figures: "...; see Mireille Haddad, Les camps de l'est (Beirut, 1984), pp. 41-4"
_SEE_CITATION = re.compile(r"[;(]\s*see\s+(?:also\s+)?(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’-]+){1,3}),\s+"
                           r"[^.;]*?\b(?:1[6-9]\d\d|20\d\d)\b")
# "The figure of 29 is the army's": a count said to belong to someone
_FIGURE_OF = re.compile(r"\b(?:figure|number|toll|count|estimate|total)\s+of\s+(?:some\s+|about\s+)?$",
                        re.IGNORECASE)
_OWNED_FIGURE = re.compile(
    r"\s+(?:is|was|remains)\s+(?P<owner>(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)['’]s?(?=[\s.,;])")
_ASIDE_SOURCE = re.compile(r",\s+(?!and\b|or\b|but\b|while\b)[a-z]+")  # ", recovered the remains of"
_CLOSE_AHEAD = re.compile(r"[ \t]*(?:[a-z]+[ \t]+){0,2}")  # a cue, then at most two words, then the claim
_OF_THE_TOTAL = re.compile(r"(?:of|among)\s+(?:the|these|those)\s+(\d[\d,.]*)\b")  # "of the 58 dead"
_WHO_SPEAKS = re.compile(r"\s+(?:who|that)\s")  # a speaker named by a relative clause: "officials who put"
_QUOTE_GAP_AFTER = 4  # characters between a closing mark and a trailing cue: '," the ministry said'
# '"...," a railway worker, Oleksandr Hrytsenko, told': a role in apposition before the speaker's name
_ROLE_BEFORE_NAME = re.compile(r"[\s,\"”’]*(?:an?|the)\s+[a-z][a-z'’ -]{1,40},\s*")
_QUOTE_GAP_BEFORE = 80  # characters between a leading cue and the opening mark: 'X said on Monday: "'
# a phrase of time or place that opens the sentence before a source: "On the same day in 1993, according to X, ..."
_OPENING_PHRASE = re.compile(r"\W*(?:on|in|at|during|after|before|since|that|the\s+same|earlier|later|meanwhile)\b"
                             r"[^,;:.]{0,60},\s*", re.IGNORECASE)
# the parts of a total the clause gives: "..., according to X, was 41 dead, of whom 14 children"
_PART_OPENING = re.compile(r"\s*(?:of\s+whom|of\s+them|including|among\s+them|among\s+whom)\s+$")


def _within_clause(between: str) -> bool:
    """No comma between an aside's source and the figure, or only the one that opens the breakdown of a total."""
    if "," not in between:
        return True
    return between.count(",") == 1 and _PART_OPENING.fullmatch(between.split(",")[1]) is not None


@dataclass(frozen=True)
class QuoteAttribution(Attribution):
    """The speaker of a quotation, and who relays it when the document names a chain ("quoted by the AP")."""

    via: str | None = None


@dataclass(frozen=True)
class _Found:
    cue: Cue
    attribution: Attribution
    quote: Quote | None  # the innermost quotation the cue stands in


class Attributor:
    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        self.text = ctx.text

    # -- the per-document tables, built on first use ---------------------------------------------------------
    @cached_property
    def lex(self) -> Lexicon:
        return lexicon()

    @cached_property
    def quotes(self) -> QuoteIndex:
        return QuoteIndex(self.text)

    @cached_property
    def speakers(self) -> SpeakerTable:
        return SpeakerTable(self.lex, self.text)

    @cached_property
    def labels(self) -> LabelReader:
        return LabelReader(self.text, self.lex, self.speakers)

    @cached_property
    def turns(self) -> TurnIndex:
        return TurnIndex(self.text, self.lex, self.speakers)

    @cached_property
    def _paragraphs(self) -> list[int]:
        """Paragraph number of each sentence: a line break between two sentences starts a new paragraph."""
        numbers: list[int] = []
        current, previous_end = 0, -1
        for s, e in self.ctx.sentence_spans:
            if previous_end >= 0 and "\n" in self.text[previous_end:s]:
                current += 1
            numbers.append(current)
            previous_end = e
        return numbers

    @cached_property
    def _cues(self) -> list[list[_Found]]:
        """Every sentence's cues with their speakers resolved, in reading order (pronouns look back)."""
        finder = CueFinder(self.lex, self.text)
        table = self.speakers
        out: list[list[_Found]] = []
        for s, e in self.ctx.sentence_spans:
            found: list[_Found] = []
            for cue in finder.find(s, e):
                speaker = tokenize(self.text, cue.speaker_start, cue.speaker_end)
                if cue.kind == "pronoun" and speaker and speaker[0].low in ("it", "they"):
                    # "the committee has since put the number of deaths it has confirmed at 162": the speaker of
                    # the sentence's earlier cue, else the body that opens the sentence or the one before
                    speaker = self._earlier_speaker(found, person=False) or self._opening_subject(
                        s, cue.start, plural=speaker[0].low == "they") or self._previous_subject(
                        out, cue.start) or self._previous_speaker(out) or speaker
                elif cue.kind == "pronoun" and speaker and speaker[0].low in ("he", "she"):
                    # "A spokesman for X said ...; he put the dead at 20": the person of the sentence's earlier cue
                    speaker = self._earlier_speaker(found, person=True) or speaker
                other = self._other_turn(cue.start) if cue.kind == "pronoun" and speaker and (
                    speaker[0].low in self.lex.person_pronouns) else None
                name: str | None
                if other is not None:  # "FRYE (voice-over): He said": the one who spoke before, not Frye
                    name = other
                elif cue.verb == "by" and speaker and speaker[0].low in ("their", "its", "his", "her") and (
                        opener := self._opening_subject(s, cue.start, any_subject=True)) is not None:
                    name = table.resolve(opener, opener[0].start)  # "X describe ...: by their estimates 2,000"
                elif cue.verb == "by":  # "by the most widely cited estimates": a category, named as written
                    while speaker and speaker[0].low in self.lex.determiners:
                        speaker = speaker[1:]
                    name = self.text[speaker[0].start:speaker[-1].end] if speaker else None
                else:
                    name = table.resolve(speaker, cue.start)
                if name is None:
                    continue
                if not name:  # "Our correspondent counted": the publisher's own voice, which ends any carry-over
                    inside = self.quotes.innermost(cue.start, cue.end)
                    if inside is None:
                        found.append(_Found(cue, Attribution(None), inside))
                    continue  # '"I counted four carriages burning"': within a quotation, its speaker's voice
                attribution = Attribution(name, self.text[cue.start:cue.end], cue.start)
                if cue.kind == "issue":
                    table.remember_issuer(cue.start, cue.document_noun or "statement", name)
                elif cue.document_noun:
                    table.remember_issuer(cue.start, cue.document_noun, name)
                table.remember(name, cue.start, person=any(t.low in self.lex.person_roles for t in speaker))
                found.append(_Found(cue, attribution, self.quotes.innermost(cue.start, cue.end)))
            out.append(found)
        return out

    def _other_turn(self, offset: int) -> str | None:
        """In a transcript, the speaker of the last turn before this one that someone else spoke."""
        turns = self.turns.turns
        i = bisect_right(self.turns.starts, offset) - 1
        if not self.turns.dialogue or i < 1 or turns[i].speaker is None:
            return None
        label_end = turns[i].start + len(turns[i].label)
        if any(label_end <= m.start < offset and len(m.words) > 1 and self.speakers.is_person(m.text)
               for m in self.speakers.mentions):
            return None  # someone named in this turn before the pronoun may be who is meant
        return next((t.speaker for t in reversed(turns[:i]) if t.speaker and t.speaker != turns[i].speaker), None)

    def _previous_subject(self, done: list[list[_Found]], pronoun_at: int) -> list[Token] | None:
        """"Russia's defence ministry gives a different account. It said that ...": a body opening the previous
        sentence of the paragraph, with no cue of its own, is what a sentence-initial "it" points to."""
        i = len(done)  # the sentence being read; `done` holds the cues of those before it
        if i == 0 or self._paragraphs[i] != self._paragraphs[i - 1] or done[i - 1]:
            return None
        s, _ = self.ctx.sentence_spans[i]
        if self.text[s:pronoun_at].strip():
            return None  # only a pronoun opening its sentence
        ps, pe = self.ctx.sentence_spans[i - 1]
        return self._opening_subject(ps, pe)

    def _previous_speaker(self, done: list[list[_Found]]) -> list[Token] | None:
        """"The report of the Secretary-General put the dead at 52. Across the operation, it counted 497": the body
        that spoke in the previous sentence of the paragraph, when it opened that sentence."""
        i = len(done)
        if i == 0 or self._paragraphs[i] != self._paragraphs[i - 1]:
            return None
        speaker = self._earlier_speaker([f for f in done[i - 1] if f.cue.kind == "verb" and f.cue.leading],
                                        person=False)
        if any(t.low in self.lex.person_roles for t in speaker):
            return None  # a person is "he" or "she", not "it"
        return speaker or None

    def _earlier_speaker(self, found: list[_Found], person: bool) -> list[Token]:
        """The speaker phrase of the sentence's last earlier cue of saying that named someone; with `person`, one
        whose phrase names a person's role ("A spokesman for the Karabakh government said")."""
        for f in reversed(found):
            if not f.attribution.attributed_to or f.cue.kind not in ("verb", "inverted"):
                continue
            speaker = tokenize(self.text, f.cue.speaker_start, f.cue.speaker_end)
            if not person or any(t.low in self.lex.person_roles for t in speaker):
                return speaker
        return []

    def _opening_subject(self, s: int, end: int, any_subject: bool = False, plural: bool = False
                         ) -> list[Token] | None:
        """"The Kessarian government has called ...; it puts the dead at 41": the body that opens the sentence
        is what "it" or "they" points to before any earlier speaker."""
        tokens = tokenize(self.text, s, end)
        found = scan_right(self.lex, tokens, after_markers(tokens, len(tokens)), len(tokens))
        if found is None or found.last + 1 >= len(tokens) or tokens[found.last + 1].is_cap:
            return None
        phrase = tokens[found.first:found.last + 1]
        name = self.text[phrase[0].start:phrase[-1].end]
        named = any(self.lex.is_name_word(t) for t in phrase)
        if named and (any_subject or self.speakers.is_organisation(name)):
            return phrase
        if named and plural and any(not t.is_cap and t.low.endswith("s") and t.low.isalpha() for t in phrase):
            return phrase  # "Separatist representatives in Grozny called it ..., where they say": a group
        if named and plural and any(t.low == "and" for t in phrase[1:-1]) and self.speakers.is_proper(name):
            return phrase  # "Kowalczyk and Daum (2011) go furthest: ... they estimate": the two authors
        return None

    @cached_property
    def _quote_speakers(self) -> dict[Quote, QuoteAttribution]:
        """Each quotation's speaker: a cue right after its closing mark, else one leading up to its opening."""
        speakers: dict[Quote, QuoteAttribution] = {}
        for quote in self.quotes.quotes:
            found = self._cue_after(quote) or self._cue_before(quote)
            if found is None:
                follows = self._follows_quote(quote, speakers)
                headline = follows or self._headline_speaker(quote)
                if headline is not None:
                    speakers[quote] = headline
                continue
            via = None
            if found.cue.via is not None:
                a, b = found.cue.via
                via = self.speakers.resolve(tokenize(self.text, a, b), a)
            att = found.attribution
            speakers[quote] = QuoteAttribution(att.attributed_to, att.attribution_text, att.attribution_start, via)
        return speakers

    def _follows_quote(self, quote: Quote, speakers: dict[Quote, QuoteAttribution]) -> QuoteAttribution | None:
        """'"Every year ...," said Z. D., who lost two daughters. "For us nothing is closed."': a quotation with no
        cue of its own, in the same paragraph right after an attributed one, goes on in the same voice."""
        at = bisect_left(self.quotes.starts, quote.start) - 1
        while at >= 0 and self.quotes.quotes[at].end > quote.start:
            at -= 1  # skip quotations that hold this one
        if at < 0:
            return None
        previous = self.quotes.quotes[at]
        between = self.text[previous.end:quote.start]
        if previous not in speakers or "\n" in between or len(between) > 300:
            return None
        i, j = self.ctx.sentence_index(previous.end), self.ctx.sentence_index(quote.start)
        cues = [f for k in range(i, j + 1) for f in self._cues[k] if previous.end <= f.cue.start < quote.start]
        who = speakers[previous].attributed_to
        return speakers[previous] if all(f.attribution.attributed_to == who or f.cue.kind == "issue" for f in cues
                                         ) else None

    def _clause_subject(self, quote: Quote) -> QuoteAttribution | None:
        """"In its verdict, the Court reached a conclusion, describing the acts as "..."": the clause's subject."""
        i = self.ctx.sentence_index(quote.start)
        s, _ = self.ctx.sentence_spans[i]
        tokens = tokenize(self.text, max(s, quote.start - _QUOTE_GAP_BEFORE), quote.start)
        if not any(t.low in self.lex.clause_participles or t.low in self.lex.label_verbs for t in tokens):
            return None  # "describing the acts as", and "X has called the events a "..."" too
        sentence = tokenize(self.text, s, quote.start)
        starts = [after_markers(sentence, len(sentence))] + [k + 1 for k, t in enumerate(sentence) if t.text == ","]
        for k in starts:
            found = scan_right(self.lex, sentence, k, len(sentence))
            if found is None or found.last + 1 >= len(sentence):
                continue
            phrase = sentence[found.first:found.last + 1]
            follower = sentence[found.last + 1]
            if any(self.lex.is_name_word(t) for t in phrase) and follower.is_word and not follower.is_cap:
                name = self.speakers.resolve(phrase, phrase[0].start)
                if name and self.speakers.is_proper(name):
                    a, b = phrase[0].start, phrase[-1].end
                    return QuoteAttribution(name, self.text[a:b], a)
        return None

    def _headline_speaker(self, quote: Quote) -> QuoteAttribution | None:
        """A quotation as the headline (first line) with no cue: the first speaker the article names."""
        first_line_end = self.text.find("\n", len(self.text) - len(self.text.lstrip()))
        if first_line_end >= 0 and quote.start > first_line_end:
            return None
        _ = self._cues  # the speakers are known once every cue is read
        name = self.speakers.first_proper()
        return QuoteAttribution(name) if name else None

    @cached_property
    def _quote_only_speakers(self) -> dict[Quote, QuoteAttribution]:
        """Speakers of quotations worked into the reporter's own sentence ("the Court ..., describing the acts as
        "..."): they own the quoted words, while the claims around them stay the reporter's."""
        known = self._quote_speakers
        out: dict[Quote, QuoteAttribution] = {}
        for quote in self.quotes.quotes:
            if quote not in known:
                found = self._clause_subject(quote)
                if found is not None:
                    out[quote] = found
        return out

    def _usable(self, found: _Found, quote: Quote | None) -> bool:
        """A cue speaks for a span only from the same level of quotation."""
        return found.cue.kind != "issue" and found.quote == quote and not self._recovery(found)

    def _recovery(self, found: _Found) -> bool:
        """"A UN team exhumed the remains of 212": a deed that yields a count, the weakest of cues."""
        return found.cue.verb in self.lex.recovery_verbs

    def _cue_after(self, quote: Quote) -> _Found | None:
        if not quote.closed:
            return None
        i = self.ctx.sentence_index(quote.end - 1)
        outer = self.quotes.innermost(quote.start, quote.end)
        for found in self._cues[i]:
            gap = self.text[quote.end:found.cue.start]
            if found.cue.start >= quote.end and (len(gap) <= _QUOTE_GAP_AFTER and not any(c.isalnum() for c in gap)
                                                 or _ROLE_BEFORE_NAME.fullmatch(gap)):
                return found if self._usable(found, outer) else None
        return None

    def _cue_before(self, quote: Quote) -> _Found | None:
        i = self.ctx.sentence_index(quote.start)
        outer = self.quotes.innermost(quote.start, quote.end)
        s, _ = self.ctx.sentence_spans[i]
        usable = lambda f: f.quote == outer  # noqa: E731 -- "X issued the following appeal:" counts here
        candidates = [f for f in self._cues[i] if f.cue.end <= quote.start and usable(f)]
        if candidates and quote.start - candidates[-1].cue.end <= _QUOTE_GAP_BEFORE:
            return candidates[-1]
        if i > 0 and not self.text[s:quote.start].strip():
            # the quotation opens its own sentence: "The statement reads as follows:" just before
            ps, pe = self.ctx.sentence_spans[i - 1]
            previous = [f for f in self._cues[i - 1] if usable(f)]
            if previous and self.text[ps:pe].rstrip().endswith(":"):
                return previous[-1]
            # 'A resident, K. A., said seven had died. "We are digging with our hands."': a quotation right after
            # a sentence of reported speech in the same paragraph goes on in that speaker's voice
            spoken = [f for f in previous if f.cue.kind in ("verb", "inverted") and f.attribution.attributed_to]
            if spoken and "\n" not in self.text[pe:quote.start] and self._closes_quote_free(ps, pe):
                return spoken[-1]
        return None

    def _closes_quote_free(self, s: int, e: int) -> bool:
        """The sentence holds no quotation of its own (a quoted sentence before would have its own speaker)."""
        return not any(s <= q.start < e for q in self.quotes.quotes)

    @cached_property
    def _carried(self) -> list[Attribution | None]:
        """The speaker a sentence without a cue of its own inherits, if any."""
        out: list[Attribution | None] = []
        carry: Attribution | None = None
        strong = False
        paragraph = -1
        ends_in_quote: Attribution | None = None  # this paragraph so far ends with an attributed quotation
        previous_quote: Attribution | None = None
        carried_paragraph = False
        after_trailing: Attribution | None = None  # the previous sentence ended in "..., X said."
        for i, (s, e) in enumerate(self.ctx.sentence_spans):
            new_paragraph = self._paragraphs[i] != paragraph
            if new_paragraph:
                paragraph = self._paragraphs[i]
                previous_quote = None if carried_paragraph else ends_in_quote
                ends_in_quote, carried_paragraph, carry = None, False, None
            own = [f for f in self._cues[i] if self._usable(f, None)]
            quoted = self._sentence_quote_speaker(s, e)
            trailing, after_trailing = after_trailing, None
            if own:
                last = own[-1]
                if len(own) > 1 and own[0].cue.kind in ("verb", "pronoun") and self.text[
                        s:own[0].cue.start].strip().lower() in ("", "the", "a", "an") and self.text[
                        own[0].cue.start:own[0].cue.end].endswith("that"):
                    last = own[0]  # "The Ministry recalls that the Mission confirmed that ...": the Ministry goes on
                speaks = self._speaks_on(last.cue)
                if not (strong and carry is not None and not speaks and self._evidence(last.cue)):
                    carry, strong = last.attribution, speaks
                # (else "According to X, 214 were killed. Forensic examinations established that 173 ... . Over 300
                # were wounded.": evidence cited for one sentence does not end X's running account)
                ends_in_quote = quoted
                if quoted is None and self._trails(own[-1].cue, e):
                    after_trailing = own[-1].attribution
                out.append(None)
            elif quoted is not None:
                carry, strong, ends_in_quote = quoted, False, quoted
                out.append(quoted)
            elif self._own_frame(s, e):
                # "We call it what it was", "In 2010 the tribunal ruled": the document's own voice, or a new
                # time frame; no earlier speaker runs on into it
                carry, ends_in_quote, carried_paragraph = None, None, True
                out.append(None)
            elif trailing is not None and not self._background(s, e) and not self._new_subject(s, e):
                # "Work at the site ended, the governor said. In total 447 bodies were recovered." goes on
                # with the governor's account, into the next paragraph too, unless it turns to dated background
                carry, strong, ends_in_quote = trailing, True, None
                out.append(carry)
            elif new_paragraph:
                ends_in_quote = None
                if previous_quote is not None and not self._background(s, e) and self._summarised(previous_quote):
                    carry, strong, carried_paragraph = previous_quote, True, True
                    out.append(carry)
                else:
                    out.append(None)
            else:
                ends_in_quote = None
                if carry is not None and (self._new_subject(s, e) or self._relays_hearsay(s, e)):
                    carry = None  # "Soviet troops did not enter the city ...": the text turns to something else
                if carry is not None and (strong or self._continues(s, e, carry)):
                    out.append(carry)
                else:
                    carry = None
                    out.append(None)
        self._carry_back(out)
        return out

    def _carry_back(self, out: list[Attribution | None]) -> None:
        """"... . Armenia used the same methods, it noted.": a trailing pronoun cue shows its whole paragraph is
        reported speech, so the sentences before it in the paragraph (back to another cue) are its speaker's."""
        self._sandwiched(out)
        pending: Attribution | None = None
        for i in range(len(out) - 1, -1, -1):
            if i + 1 < len(out) and self._paragraphs[i + 1] != self._paragraphs[i]:
                pending = None
            own = [f for f in self._cues[i] if self._usable(f, None)]
            if own:
                first = own[0]
                at_end = not self.text[first.cue.end:self.ctx.sentence_spans[i][1]].strip(" .!\"”’")
                pending = first.attribution if first.cue.kind == "pronoun" and at_end else None
            elif out[i] is None and pending is not None:
                out[i] = pending

    def _evidence(self, cue: Cue) -> bool:
        """The cue's subject is evidence, not a speaker: "Forensic examinations established that"."""
        verb = (cue.verb or "").split()
        words = [w.lower() for w in _WORDS.findall(self.text, cue.speaker_start, cue.end)]
        while words and (words[-1] == "that" or words[-1] in verb):
            words.pop()  # the subject's last word stands before the verb ("Forensic examinations established")
        return bool(words) and words[-1] in self.lex.evidence_nouns and (
            cue.verb in self.lex.one_sentence_verbs or cue.verb in self.lex.weak_verbs)

    def _speaks_on(self, cue: Cue) -> bool:
        """Reported speech that opens its sentence ("The ministry stressed that ...") runs on over the next
        sentences of the paragraph; a toll ("X put the toll at"), a source ("According to X") or a quotation
        introduced ("X said: "..."") speaks for its own sentence only."""
        if cue.kind == "preposition":
            s = self.ctx.sentence_at(cue.start)[0]
            return cue.leading and not _LETTER.search(self.text, s, cue.start)  # "According to X, ..."
        if cue.kind == "numbers" and " by " in self.text[cue.start:cue.speaker_start + 1]:
            # "The final count given by X was ...": the sentence opens with X's numbers, as "According to X" does
            s = self.ctx.sentence_at(cue.start)[0]
            lex = self.lex
            return all(w.lower() in lex.determiners or w.lower() in lex.figure_modifiers
                       for w in _WORDS.findall(self.text, s, cue.start))
        return (cue.leading and cue.kind in ("verb", "pronoun") and cue.verb not in self.lex.one_sentence_verbs
                and cue.verb not in self.lex.weak_verbs and cue.verb not in self.lex.progressive_verbs
                and not self._opens_quote(cue))  # "X is saying that" reports what X says now, in one sentence

    def _trails(self, cue: Cue, e: int) -> bool:
        """A reporting verb closing its sentence: "..., the head of the regional administration said."."""
        if self.text[cue.start:cue.end].endswith("that"):
            return False  # "the Commission confirmed that the warning came late": it opens a clause
        tail = self.text[cue.end:e].strip(" .!\"”’").split()
        # "..., the ministry said in a statement on Monday." -- a short tail without a clause of its own
        return cue.kind in ("verb", "inverted", "pronoun") and not cue.leading and len(tail) <= 6 and not any(
            w in ("that", ":") or w[:1].isdigit() for w in tail)

    def _sandwiched(self, out: list[Attribution | None]) -> None:
        """Sentences without a cue between two cues of the same speaker in one paragraph are that speaker's:
        "..., according to Azerbaijani authorities. Eight families were wiped out. The authorities say ..."."""
        last: tuple[int, Attribution] | None = None
        for i in range(len(out)):
            own = [f for f in self._cues[i] if self._usable(f, None)]
            if not own:
                continue
            same = last is not None and self._paragraphs[last[0]] == self._paragraphs[i]
            if last is not None and same and own[0].attribution.attributed_to == last[1].attributed_to:
                for m in range(last[0] + 1, i):
                    out[m] = out[m] or last[1]
            last = (i, own[-1].attribution)

    def _sentence_quote_speaker(self, s: int, e: int) -> Attribution | None:
        """The speaker of an attributed quotation that covers most of the sentence [s, e)."""
        quotes = self.quotes
        i = bisect_right(quotes.starts, e) - 1
        scanned = 0
        speakers = self._quote_speakers if i >= 0 else {}  # built where it always was: before the first quote
        while i >= 0 and scanned < 50:
            quote = quotes.quotes[i]
            covered = min(e, quote.end) - max(s, quote.start)
            if covered * 2 > e - s and quote in speakers:  # the cheap test first: hashing a quote is not
                return speakers[quote]
            i -= 1
            scanned += 1
        return None

    def _summarised(self, quoted: Attribution) -> bool:
        """A body's quoted statement may be summarised in the next paragraph ("the ministry said in a statement.
        About 140 residents were killed"); a person's testimony is not: the paragraph after a witness's words is
        the document's own voice again."""
        name = quoted.attributed_to
        return name is not None and not self.speakers.is_person(name)

    def _background(self, s: int, e: int) -> bool:
        """The publisher's own background after a quoted statement: a date, or a known opener."""
        sentence = self.text[s:e]
        low = sentence.lower().lstrip("\"“‘ ")
        words = low.split()
        if len(words) > 2 and words[0] == "the" and words[1] in self.lex.document_nouns and words[2] in (
            "was", "is", "were", "has", "had"
        ):
            return True  # "The appeal was signed by 3 deputies": about the statement, not in it
        return bool(YEAR.search(sentence) or self.lex.date.search(sentence)) or low.startswith(
            self.lex.background_openers)

    def _own_frame(self, s: int, e: int) -> bool:
        """The sentence opens in the document's first person ("We", "Our") or with a new date or time frame
        ("In 2010", "On 12 March", "Two days later")."""
        lex = self.lex
        head_word = _FIRST_WORD.search(self.text, s, min(e, s + 20))
        if head_word is None and not any(c.isdigit() for c in self.text[s:min(e, s + 20)]):
            return False
        if head_word is not None and head_word.group().lower() not in lex.frame_starts and not any(
                c.isdigit() for c in self.text[s:head_word.start()]):
            return False  # most sentences: the first word alone rules a frame out, without tokenising
        tokens = tokenize(self.text, s, min(e, s + 60))
        words = [t for t in tokens if t.text not in "\"“‘([]"]
        if not words:
            return False
        if words[0].low in lex.own_voice:
            return True
        low = " ".join(t.low for t in words[:4])
        if any(low == o or low.startswith(o + " ") for o in lex.frame_openers):
            return True
        k = 1 if words[0].low in lex.frame_prepositions else 0
        head = words[k:k + 4]
        return bool(head) and (YEAR.fullmatch(head[0].text) is not None or head[0].low in lex.month_words) or (
            k == 1 and any(YEAR.fullmatch(t.text) for t in head))

    def _new_subject(self, s: int, e: int) -> bool:
        """The sentence opens with a named subject and its verb: a new actor, not more of the reported speech."""
        tokens = tokenize(self.text, s, min(e, s + 200))
        found = scan_right(self.lex, tokens, 0, len(tokens))
        if found is None or found.last + 1 >= len(tokens):
            return False
        phrase = tokens[found.first:found.last + 1]
        follower = tokens[found.last + 1]
        while len(phrase) > 1 and phrase[0].low in self.lex.determiners:
            phrase = phrase[1:]  # "The figure": a capital that only opens the sentence names no one
        if len(phrase) == 1 and phrase[0].base.lower() not in self.speakers.mid_sentence:
            return False  # "Rescuers were still searching": a common noun capitalised only by the sentence
        if any(a.start == phrase[0].start for a in find_amounts(self.text, phrase[0].start, phrase[0].end)):
            return False  # "Thirteen people were killed": a count spelled out, not a named actor
        name = self.text[phrase[0].start:phrase[-1].end]
        if not (follower.is_word and not follower.is_cap):
            return False
        if self.speakers.is_proper(name):
            return True
        # "Ukrainian officials reject that claim": a body named by its role (with a word the document writes
        # capitalised mid-sentence) that speaks or labels is a new voice; "Armenian forces tore families apart"
        # may still be the reported account
        speaks = follower.low in self.lex.label_verbs or follower.low in self.lex.speech_verbs
        return speaks and phrase[-1].base.lower() in self.lex.role_words and any(
            self.lex.is_name_word(t) and t.base.lower() in self.speakers.mid_sentence for t in phrase)

    def _relays_hearsay(self, s: int, e: int) -> bool:
        """"Two Poles were also reported killed": the writer relays what was reported, in the writer's voice."""
        found = self.lex.agentless_report
        return found is not None and found.search(self.text, s, e) is not None

    def _continues(self, s: int, e: int, carry: Attribution) -> bool:
        """"Of these, 78 were men" goes on with the speaker before; "Of the 58 dead" does so only when that
        speaker gave the 58 (not when the hospital before had registered 47)."""
        low = self.text[s:e].lower().lstrip("\"“‘ ")
        if not any(low.startswith(w + " ") or low.startswith(w + ",") for w in self.lex.continuation_openers):
            return False
        total = _OF_THE_TOTAL.match(low)
        since = carry.attribution_start if carry.attribution_start is not None else s
        return total is None or total.group(1) in self.text[since:s]

    # -- lookups -------------------------------------------------------------------------------------------
    def attribute(self, start: int, end: int) -> Attribution:
        """Who the document says makes the claim at [start, end)."""
        labelled = self.labels.source_for(start, end)
        if labelled is not None:
            return labelled
        for quote in self.quotes.enclosing(start, end):
            if quote in self._quote_speakers:
                return self._plain(self._quote_speakers[quote])
        labeller = self._labeller(start, end)
        if labeller is not None:
            return labeller
        i = self.ctx.sentence_index(start)
        if i < len(self._cues):
            found = self._sentence_cue(i, start, end)
            if found is not None:
                return found
            carried = self._carried[i]
            if carried is not None:
                return self._plain(carried)
            recovered = self._recovered_by(i, start, end)
            if recovered is not None:
                return recovered
        return self.turns.speaker_at(start) or Attribution(None)

    def _recovered_by(self, i: int, start: int, end: int) -> Attribution | None:
        """Who "recovered" or "exhumed" the count, when no one else in or before the sentence speaks for it."""
        levels: set[Quote | None] = {None, *self.quotes.enclosing(start, end)}
        s, _ = self.ctx.sentence_spans[i]
        deeds = [f for f in self._cues[i] if self._recovery(f) and f.quote in levels and f.cue.end <= start
                 and self._reaches_forward(f.cue, s, start)]
        if not deeds:
            return None
        subject = _WORDS.findall(self.text, deeds[-1].cue.start, deeds[-1].cue.end)
        if any(w.lower() in self.lex.recovery_deeds for w in subject):
            return None  # "The German exhumation of 1943 recovered ...": the deed itself, no one's count
        # "We have recovered ..." in an interview: the own voice of whoever holds the turn
        return deeds[-1].attribution if deeds[-1].attribution.attributed_to else None

    def owner_after(self, start: int, end: int) -> Attribution | None:
        """"The figure of 29 is the army's": a count said to belong to someone after "is"."""
        found = _OWNED_FIGURE.match(self.text, end)
        if found is None or not _FIGURE_OF.search(self.text, max(0, start - 30), start):
            return None
        a, b = found.span("owner")
        name = self.speakers.resolve(tokenize(self.text, a, b), a)
        return Attribution(name, self.text[a:b], a) if name else None

    def closing_citation(self, start: int) -> Attribution | None:
        """An author-year citation closing the sentence gives the figures no one else speaks for their author:
        "... some 16,000 insurgents killed (Halder 1998, p. 203)"."""
        s, e = self.ctx.sentence_at(start)
        found = _CLOSING_CITATION.search(self.text, s, e) or _SEE_CITATION.search(self.text, start, e)
        if found is None:
            return None
        return Attribution(found.group("name"), found.group("name"), found.start("name"))

    def _labeller(self, start: int, end: int) -> Attribution | None:
        """A claim that opens with a verb of labelling is its subject's: "[the minister] called the attack an
        act of genocide", "[Moscow] rejected accusations of war crimes", "[it] classifies them as genocide"."""
        first = _FIRST_WORD.match(self.text, start, end)
        if first is None or first.group(0).lower() not in self.lex.label_verbs:
            return None  # most claims (every figure) stop here, before any tokenising
        s, _ = self.ctx.sentence_at(start)
        tokens = tokenize(self.text, s, end)
        k = next((n for n, t in enumerate(tokens) if t.start >= start), None)
        if k is None or tokens[k].low not in self.lex.label_verbs:
            return None
        j = k - 1
        while j >= 0 and tokens[j].low in self.lex.auxiliaries and tokens[j].low not in self.lex.pronouns:
            j -= 1
        lex = self.lex
        if j >= 0 and tokens[j].low in lex.pronouns and tokens[j].low not in lex.own_voice:
            phrase: list[Token] | None = self._opening_subject(s, tokens[j].start) if tokens[j].low in (
                "it", "they") else None
            phrase = phrase or [tokens[j]]
        else:
            found = scan_left(lex, tokens, j + 1, 0)
            phrase = tokens[found.first:found.last + 1] if found is not None else None
            if phrase and all(t.low in _QUANTIFIERS for t in phrase):
                phrase = None  # "Serbian officials accepted ... but many reject the term": the officials
            if phrase is None and (tokens[k].low.endswith("ing") or (j >= 0 and tokens[j].low in ("and", "but"))
                                   or (found is not None and j >= 0 and tokens[j].low in _QUANTIFIERS)):
                phrase = self._opening_subject(s, tokens[k].start, any_subject=True)
        if not phrase:
            return None
        name = self.speakers.resolve(phrase, phrase[0].start)
        if not name:
            return None
        a = phrase[0].start
        return Attribution(name, self.text[a:tokens[k].end], a)

    def name_at(self, start: int, end: int) -> str | None:
        """The speaker named by the words at [start, end), cleaned and expanded as every cue's speaker is: for
        components that find a subject themselves ("the Republic of Karstavia categorically" -> "Republic of
        Karstavia", "the Ministry" -> the ministry's full name, "Monday" -> None)."""
        _ = self._cues  # the speakers met in reading order, for pronouns and short names
        return self.speakers.resolve(tokenize(self.text, start, end), start) or None

    def speaker_for_quote(self, quote_start: int, quote_end: int) -> QuoteAttribution:
        """Who says the words quoted at [quote_start, quote_end) (with or without the marks), and via whom."""
        quotes = self.quotes
        at = bisect_left(quotes.starts, quote_start)
        exact = []  # the quotation whose opening mark is at quote_start (the span given with its marks)
        while at < len(quotes.quotes) and quotes.starts[at] == quote_start:
            if quotes.quotes[at].end >= quote_end:
                exact.append(quotes.quotes[at])
            at += 1
        for quote in exact + self.quotes.enclosing(quote_start, quote_end):
            if quote in self._quote_speakers:
                return self._quote_speakers[quote]
            if quote in self._quote_only_speakers:
                return self._quote_only_speakers[quote]
        att = self.attribute(quote_start, quote_end)
        return QuoteAttribution(att.attributed_to, att.attribution_text, att.attribution_start)

    def _sentence_cue(self, i: int, start: int, end: int) -> Attribution | None:
        levels: set[Quote | None] = {None, *self.quotes.enclosing(start, end)}
        usable = [  # a cue whose speaker phrase holds the claim does not attribute it
            f for f in self._cues[i]
            if f.cue.kind != "issue" and f.quote in levels and not self._recovery(f)
            and not (f.cue.speaker_start < end and start < f.cue.speaker_end)
        ]
        s, _ = self.ctx.sentence_spans[i]
        before = [f for f in usable if f.cue.end <= start and self._reaches_forward(f.cue, s, start)]
        after = [f for f in usable if f.cue.start >= end and (f.cue.kind == "preposition" or not self._opens_quote(
            f.cue)) and not self._in_relative(f.cue, end) and not self._speaks_forward(f.cue, end)
            # "14 of them Alsatians who said they had been conscripted": a speaker before "who" speaks forward
            and not (f.cue.kind == "verb" and _WHO_SPEAKS.match(self.text, f.cue.speaker_end))
            # "most of its 6,000 inhabitants had left, and according to X no more than 3,000 remained": a source
            # opening the next clause speaks for that clause only
            and not (f.cue.kind == "preposition" and _CLAUSE_JOIN.search(self.text, max(end, f.cue.start - 12),
                                                                        f.cue.start))]
        if before and before[-1].cue.verb in self.lex.relay_verbs and after:
            return after[0].attribution  # "De Waal cites the figure of 485 produced by the inquiry"
        if after and _APPOSITIVE_SOURCE.fullmatch(self.text, end, after[0].cue.start) and (
                not before or before[-1].cue.kind == "numbers" or ":" in self.text[before[-1].cue.end:start]):
            # "prints two figures: about 100 dead, the number the ministry gave" (but "X put the dead at 1,700,
            # the figure the group boasted of" stays X's toll)
            return after[0].attribution
        if before and after and after[0].cue.kind == "preposition" and self._right_after(end, after[0].cue):
            return after[0].attribution  # "X acknowledged two dozen, to 1,000 given by Y": Y's figure
        if before:
            return before[-1].attribution
        if after:
            return after[0].attribution
        issued = [f for f in self._cues[i] if f.cue.kind == "issue" and f.cue.end <= start and f.quote in levels
                  and _ISSUED_OBJECT.fullmatch(self.text, f.cue.end, start)]
        return issued[-1].attribution if issued else None  # "X published a list of 745 names": X's count

    def _reaches_forward(self, cue: Cue, s: int, start: int) -> bool:
        """Does a cue before the claim speak for it? Not a source after a comma ("..., according to X, and 600
        rockets"), not across a semicolon unless the cue opens the sentence ("According to X, A; B"), and not into
        a relative clause about the speaker ('said Z. D., who lost two daughters')."""
        leading = cue.leading or _OPENING_PHRASE.fullmatch(self.text, s, cue.start) is not None
        if cue.kind == "preposition" and not leading and not self._opens_quote(cue) and not self._in_relative(
                cue, s) and not _CLOSE_AHEAD.fullmatch(self.text, cue.end, start) and not (
                _AND_FIGURE.fullmatch(self.text, cue.end, start)) and not (
                _ASIDE_SOURCE.match(self.text, cue.end) and _within_clause(self.text[cue.end + 1:start])
                and self.text[max(s, cue.start - 2):cue.start].strip() == ","):
            # a source after a comma speaks for what came before it ("..., according to X, and 600 rockets"); but
            # "..., according to the memorial centre: 190 men, 247 women" runs on past its colon, "...: by their
            # estimates between 2,000 and 3,000" stands right before the figure, and "Bosnian police, according
            # to the cantonal prosecutor, recovered 29 bodies" vouches for the clause it interrupts
            return False
        opens = cue.kind in ("preposition", "numbers") and self._opens_sentence(s, cue.start)
        if ";" in self.text[cue.end:start] and not opens:
            return False
        if self._closed_aside(s, cue, start):
            return False  # "(local Armenians counted many more), nor Maragha, where ... killed 40": the aside's own
        if _WORDS.search(self.text, s, cue.start) and _NEW_RELATIVE.search(self.text, cue.end, start):
            return False  # "X, in which, according to Y, 26 died, nor Z, where 40 were killed": Y's clause ended
        return not _RELATIVE_AFTER.match(self.text, cue.end)

    def _closed_aside(self, s: int, cue: Cue, start: int) -> bool:
        """The cue stands in a parenthesis that closes before the claim."""
        opening = self.text.rfind("(", s, cue.start)
        return opening >= 0 and ")" not in self.text[opening:cue.start] and ")" in self.text[cue.end:start]

    def _opens_sentence(self, s: int, at: int) -> bool:
        """Nothing but a footnote marker and a source noun before `at`: "[14] Figures released by X show ..."."""
        label = _LINE_LABEL.match(self.text, s, at)  # "EDITOR'S NOTE: According to official figures, ..."
        words = _WORDS.findall(self.text, label.end() if label else s, at)
        return all(w.lower() in self.lex.source_nouns or w.lower() in self.lex.determiners for w in words)

    def _speaks_forward(self, cue: Cue, end: int) -> bool:
        """"143 bodies were found; experts established that 121 ...": a cue after a semicolon speaks for what
        follows it only (while "Saying that ..., Aliyeva reminded that" holds the words before it too)."""
        gap = self.text[end:cue.start]
        if ";" in gap:
            return True
        # "34 wounded were flown out, and the chief surgeon said his staff ...": a cue opening the next clause
        if cue.kind in ("verb", "pronoun") and _CLAUSE_JOIN.search(gap) and not _SO_AFTER.match(self.text, cue.end):
            _, sentence_end = self.ctx.sentence_at(cue.start)
            return len(_WORDS.findall(self.text, cue.end, sentence_end)) >= 3
        return False

    def _right_after(self, end: int, cue: Cue) -> bool:
        """The source follows the claim closely, with no punctuation between: "1,000 given by the deputy"."""
        gap = self.text[end:cue.start]
        return len(gap) <= 30 and not any(c in gap for c in ",;:()\"“”")

    def _in_relative(self, cue: Cue, since: int) -> bool:
        """The cue stands in a relative clause opened after `since`: "the pogroms of 1988, in which, according to
        X, hundreds died" -- X speaks for that clause, not for the words before it."""
        return _RELATIVE_OPENER.search(self.text, since, cue.start) is not None

    def _opens_quote(self, cue: Cue) -> bool:
        """"X said: "..."" speaks forward only: words before it are not X's."""
        rest = self.text[cue.end:cue.end + 3].lstrip()
        return rest[:1] in (":", '"', "“", "«", "‘")

    @staticmethod
    def _plain(att: Attribution) -> Attribution:
        return Attribution(att.attributed_to, att.attribution_text, att.attribution_start)

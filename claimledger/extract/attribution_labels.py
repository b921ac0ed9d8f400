"""Sources written beside a figure rather than in a sentence: a parenthesis after it ("40+ (UN)", "613
(Azerbaijani govt.)"), the row label of an infobox or table ("Official: 613", a line "Unofficial" above
"1,000+"), and a source heading its line ("The Associated Press: close to 600.")."""
from __future__ import annotations

import re
from itertools import islice

from claimledger.extract import grid, predicates
from claimledger.extract.attribution_entities import SpeakerTable
from claimledger.extract.attribution_phrases import BULLETS, content_word
from claimledger.extract.attribution_words import YEAR, Lexicon, Token, tokenize
from claimledger.extract.context import Attribution

# a date closing a parenthesised source: ", April 2002", ", 12 May 1995", ", 2004"
_DATE_TAIL = re.compile(r"\s*,\s*(?:(?:\d{1,2}\s+)?[A-Z][a-z]{2,8}\.?\s+)?" + YEAR.pattern + r"\s*$")
_TIME_STAMP = re.compile(r"[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]+[A-Z]{2,4})?[ \t]*[-–—|][ \t]*")
_PARENTHESIS_AFTER = re.compile(r"[+]?\s*(?:\[\w{1,4}\]\s*)*\(([^()\n]{1,60})\)")
_ROW_HEAD = re.compile(r"\s*([A-Za-z][A-Za-z ]{1,30}?)\s*(?::|\s(?=[\d(~<>≈]))")
_HEADLINE_GAP = re.compile(r"[ \t]*(?:[\w'’-]+[ \t]+){3,10}")  # words, no punctuation, up to the figure
_SHORT_GAP = re.compile(r"[ \t]*(?:[a-z]+[ \t]+){0,2}")  # "Amnesty International: at least a dozen"
_ROMAN = re.compile(r"[IVXLC]+")
# an infobox row's figure may carry its noun before the source: "Victims 21,857 Polish prisoners (Shelepin note)"
_ROW_NOUNS = re.compile(r"(?:[ \t]+[^\W\d_][\w'’-]*){1,3}(?=[ \t]*\()")
# the line, the table's next cell, or the row's next figure
_ROW_END = re.compile(r"[ \t]*(?:\[\w{1,4}\][ \t]*)*(?:\n|$|(?<=\t)|\t|(?=[~≈<>]?\d))")
_INNER_LABEL = re.compile(r"(?:\t| {2,}|\|)[ \t]*([A-Za-z][A-Za-z ]{1,30}?):[ \t]*[~≈<>]?[ \t]*"
                          r"(?:[\d][\d,.]*\+?[ \t]*\((?:[^()\n]*?,[ \t]*)?)?$")  # its breakdown: "32 (26 A., 6 B.)"
_OWNED_LABEL = re.compile(r"(?:^|\t| {2,}|\|)[ \t]*(?P<label>[A-Za-z][A-Za-z ]{1,30}?)[ \t]*"
                          r"\((?P<owner>[A-Z][^()\n]{1,40})\):[ \t]*[~≈<>]?[ \t]*$")
_QUANTIFIERS = frozenset({"most", "some", "many", "several", "other", "others"})
# an infobox row up to its figure: a short label ("Official: about 1,000 soldiers"), then any earlier figures with
# their nouns ("Army: 174 killed, 1,430 wounded")
_ROW_PREFIX = re.compile(r"[ \t]*(?:[^\W\d_][\w'’-]*:?[ \t]+){0,3}?(?:[~≈<>]?\d[\d,.–-]*\+?(?:[ \t]+[^\W\d_]+){0,2}"
                         r"[ \t]*,[ \t]*)*[~≈<>+]?[ \t]*")
# the rest of an infobox row after a figure: more figures and their nouns, up to a closing parenthesis
_ROW_REST = re.compile(r"(?:[ \t]+[^\W\d_]+|[ \t]*,[ \t]*[~≈<>]?\d[\d,.–-]*\+?)*?(?=[ \t]*\()")
# a figure followed by what happened to it: "174 killed", "1,430 wounded"
_GROUP_ROW = re.compile(r"[ \t]+(?:killed|dead|wounded|injured|missing|captured|died|deaths|casualties)\b",
                        re.IGNORECASE)
_LABEL_END = re.compile(r"[(,\[]|\s[~≈<>]?\d|\s(?:up\s+to|about|around|some|over|at\s+least|more\s+than)\s+\d",
                        re.IGNORECASE)
_WORDS = re.compile(r"[^\W\d_]{2,}")
_SOURCE_ROWS = 15  # rows read back to a table's head
_FIGURE_KINDS = frozenset({"official", "unofficial"})  # "(official)" after a figure: the official figures


class LabelReader:
    def __init__(self, text: str, lex: Lexicon, speakers: SpeakerTable) -> None:
        self.text = text
        self.lex = lex
        self.speakers = speakers

    def source_for(self, start: int, end: int) -> Attribution | None:
        """The source written beside the claim at [start, end), if any."""
        return self._parenthesised(start, end) or self._source_column(start) or self._row_label(start, end)

    def _source_column(self, start: int) -> Attribution | None:
        """A table with a "Source" column (cells divided by pipes or tabs), or whose first column is headed
        "Source" ("Source Killed Deported" above "General Staff report (publ. 2011) 13,806 11,818"): each row's
        figures are its source's. "This study" is the document's own."""
        cell = grid.cell_under(self.text, start, self.lex.source_column_heads)
        if cell is not None:  # "3 Mar | Tallan market | 9–12 | 41 | HCM field team" under "... | Source"
            named = cell.text.strip()
            return Attribution(named, named, cell.start + cell.text.index(named))
        line_start = self.text.rfind("\n", 0, start) + 1
        cut = _LABEL_END.search(self.text, line_start, start)
        label_end = cut.start() if cut else start
        label = self.text[line_start:label_end].strip(" \t,;:-–")
        if not label or len(label) > 60 or not label[:1].isalpha():
            return None
        line_end = self.text.find("\n", start)
        rest = self.text[label_end:line_end if line_end >= 0 else len(self.text)]
        last = label.split()[-1].lower()
        # five words are enough to tell (a line of prose can run for a paragraph): no need to count them all
        if len(list(islice(_WORDS.finditer(rest), 5))) > 4 or not any(c.isdigit() for c in rest) \
                or last in self.lex.connectors \
                or last in self.lex.determiners:
            return None  # a row is its label and its figures, not a sentence wrapped over lines
        head = self._table_head(line_start)
        if head is None or not any(head.lower().startswith(w + " ") for w in self.lex.source_column_heads):
            return None
        if label.split()[0].lower() in self.lex.own_voice or label.split()[0].lower() == "this":
            return Attribution(None)  # "This study (37 villages)": the document itself
        return Attribution(label, label, self.text.index(label, line_start))

    def _table_head(self, line_start: int) -> str | None:
        """The nearest line above without a digit, of two to eight words, in the same block (no blank line)."""
        end = line_start - 1
        for _ in range(_SOURCE_ROWS):
            if end <= 0:
                return None
            head_start = self.text.rfind("\n", 0, end) + 1
            head = self.text[head_start:end].strip()
            end = head_start - 1
            if not head:
                return None  # a blank line ends the table
            if not any(c.isdigit() for c in head) and 2 <= len(head.split()) <= 8:
                return head
        return None

    def _parenthesised(self, start: int, end: int) -> Attribution | None:
        """"40+ (UN)", "613 (Azerbaijani claim)": a short source in parentheses right after the figure, or after
        its noun on an infobox row ("Victims 21,857 Polish prisoners (Shelepin note)")."""
        match = _PARENTHESIS_AFTER.match(self.text, end)
        claim_words = self.text[start:end].split()
        if match is None:
            match = self._after_row_nouns(start, end) or self._row_end(start, end)
        elif claim_words and claim_words[-1][:1].isupper():
            return None  # "Organization of Islamic Cooperation (OIC)" spells a name out, it cites no one
        if match is None or _ROMAN.fullmatch(match.group(1).strip()):
            return None
        a, b = match.span(1)
        lex = self.lex
        comma = self.text.find(",", a, b)
        if comma > a and all(w.strip(".").lower() in lex.not_parenthesised or w.lower() in lex.not_parenthesised
                             for w in self.text[comma + 1:b].split()):
            b = comma  # "(Syrian govt., contested)": the source, then a word about the figure
        dated_tail = _DATE_TAIL.search(self.text, a, b)
        if dated_tail is not None and dated_tail.start() > a:
            b = dated_tail.start()  # "(Palestinian officials, April 2002)": the source, then when it spoke
        names = self._name_list(a, b)
        if names is not None:
            return names
        last_comma = self.text.rfind(",", a, b)
        if last_comma > a:
            head, tail = tokenize(self.text, a, last_comma), tokenize(self.text, last_comma + 1, b)
            if 1 <= len(tail) <= 4 and all(lex.is_name_word(t) or t.text == "." for t in tail) and any(
                    t.is_word and not t.is_cap for t in head):
                a = tail[0].start  # "(prisoners killed afterwards, HRW)": what was counted, then who counted it
        tokens = tokenize(self.text, a, b)
        named = [t for t in tokens if lex.is_name_word(t)]
        if named and len(tokens) >= 2 and tokens[-1].text == "." and tokens[-2].low in lex.estimate_marks:
            tokens = tokens[:-1]
        while named and len(tokens) >= 2 and tokens[-1].low in lex.estimate_marks:
            tokens = tokens[:-1]  # "(Kovalev est.)": the source, then a word saying it is an estimate
            b = tokens[-1].end  # ("(government est.)" names a category as written)
        if len(tokens) == 1 and tokens[0].low in _FIGURE_KINDS:
            word = tokens[0].text  # "(official)": the official figures, as the row label "Official:" is
            return Attribution(f"{word} figures", word, a)
        if len(tokens) >= 2 and YEAR.fullmatch(tokens[-1].text) and tokens[-2].is_cap:
            # an author-year citation, "(Dadrian 1995)": the author is the source ("(Rehn, 1961)" lost its
            # year with the date tail above)
            tokens = tokens[:-1]
            b = tokens[-1].end
        dated = len(tokens) >= 2 and bool(YEAR.fullmatch(tokens[0].text)) and tokens[1].is_word
        if dated:
            tokens = tokens[1:]  # "(1988 investigation)": the year dates the source
        if not tokens or any(t.text[:1].isdigit() for t in tokens):
            return None
        if tokens[0].low in lex.not_parenthesised and not self._quantified_source(tokens):
            return None
        if len(tokens) >= 2 and (tokens[0].low, tokens[1].low) == ("according", "to"):
            tokens = tokens[2:]
        elif tokens and tokens[0].low == "per":
            tokens = tokens[1:]
        if not tokens or len(tokens) > 8:
            return None
        # a source noun heading the phrase lets any plain modifier stand before it: "(contemporary reports)"
        headed = tokens[-1].low in lex.role_words or tokens[-1].low in lex.source_nouns
        if not all(content_word(lex, t) or t.low in lex.connectors or t.low in lex.determiners or t.text == "."
                   or (t.is_word and t.low.isalpha() and (len(t.text) <= 5 or headed) and b < len(self.text))
                   or (headed and t.is_possessive and t.is_word)  # "(victims' associations)"
                   for t in tokens):
            return None
        if not any(lex.is_name_word(t) or t.base.lower() in lex.role_words for t in tokens) and not (
                headed and (len(tokens) > 1 or dated)):
            return None
        while len(tokens) > 1 and tokens[-1].low in lex.generic_tails and lex.is_name_word(tokens[-2]):
            tokens = tokens[:-1]  # "(Azerbaijani claim)" -> Azerbaijani
        if dated or self._quantified_source(tokens):  # "(most historians)", "(1988 investigation)": as written
            return Attribution(self.text[a:b], self.text[a:b], a)
        name = self.speakers.resolve(tokens, a)
        return Attribution(name, self.text[a:b], a) if name else None

    def _name_list(self, a: int, b: int) -> Attribution | None:
        """"(UN, HRW)", "(Memorial, Amnesty International)": several named sources for one figure, as written."""
        parts = self.text[a:b].split(",")
        if len(parts) < 2 or any(not part.strip() for part in parts):
            return None
        for part in parts:
            words = part.split()
            if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words if w.lower() not in
                                                   self.lex.connectors):
                return None
        return Attribution(self.text[a:b], self.text[a:b], a)

    def _quantified_source(self, tokens: list[Token]) -> bool:
        """"most historians", "some sources": a quantifier and one to three source words, nothing else."""
        lex = self.lex
        if not 2 <= len(tokens) <= 4 or tokens[0].low not in _QUANTIFIERS:
            return False
        rest = tokens[1:]
        return all(t.is_word and (lex.is_describer(t) or t.low in lex.generic_tails) for t in rest) and (
            rest[-1].low in lex.role_words or rest[-1].low in lex.source_nouns)

    def _after_row_nouns(self, start: int, end: int) -> re.Match[str] | None:
        """The parenthesis after a figure's noun, on a line that is an infobox row: a short label or nothing
        before the figure, the parenthesis and footnote markers after it."""
        if not _ROW_PREFIX.fullmatch(self.text, self._cell_start(start), start):
            return None
        nouns = _ROW_NOUNS.match(self.text, end)
        if nouns is None:
            return None
        match = _PARENTHESIS_AFTER.match(self.text, nouns.end())
        if match is None or not _ROW_END.match(self.text, match.end()):
            return None
        return match

    def _cell_start(self, start: int) -> int:
        """Where the row's cell holding `start` begins: the line, or the last "|" or tab between cells on it."""
        tab = self.text.rfind("\t", 0, start) if self.text[start:start + 1].isdigit() else -1  # a table's figure
        return max(self.text.rfind("\n", 0, start), self.text.rfind("|", 0, start), tab) + 1

    def _row_end(self, start: int, end: int) -> re.Match[str] | None:
        """"Croatian Army: 174–211 killed, 1,430 wounded (Croatian govt.)": one source closing a row of figures
        speaks for each of them."""
        if not _ROW_PREFIX.fullmatch(self.text, self._cell_start(start), start):
            return None
        rest = _ROW_REST.match(self.text, end)
        if rest is None:
            return None
        match = _PARENTHESIS_AFTER.match(self.text, rest.end())
        return match if match is not None and _ROW_END.match(self.text, match.end()) else None

    def _row_label(self, start: int, end: int | None = None) -> Attribution | None:
        """Rows under a label: "Official: 613", "Official 32 (26 Armenians)", a line "Official" above the figures,
        or a source heading its line: "Mariupol city council: about 300."."""
        line_start = self.text.rfind("\n", 0, start) + 1
        line = self.text[line_start:start]
        owned = _OWNED_LABEL.search(line)
        if owned is not None and owned.group("label").strip().lower() in self.lex.row_labels:
            # "Deaths<TAB>Official (Azerbaijan): 33": the owner in brackets gives the official figure
            a = line_start + owned.start("label")
            return Attribution(owned.group("owner").strip(), self.text[a:line_start + owned.end("owner") + 1], a)
        head = _ROW_HEAD.match(self.text, line_start, start + 1)
        label = self._label(head.group(1)) if head else None
        base = head.start(1) if head else line_start  # where the string _label searched begins
        if label is None:  # a field before the row label: "Deaths<TAB>Official: 32 (26 Armenians, 6 Azerbaijanis)"
            inner = _INNER_LABEL.search(line)
            if inner is not None and self._label(inner.group(1)) is not None:
                label, base = self._label(inner.group(1)), line_start + inner.start(1)
        stamp = _TIME_STAMP.match(line)  # "13:40 GMT - City council: around 300 may have died": a live-blog entry
        skip = stamp.end() if stamp else 0
        colon = line.find(":", skip)
        if label is None and end is not None and _GROUP_ROW.match(self.text, end):
            return None  # "Croatian Army: 174 killed": the row's label is who died, not who counts
        # "• UN rights office: verified civilian deaths in Ukraine rise above 1,400": a headline that names its
        # source before the colon -- only a body or a role, not a place ("Kharkiv: shelling kills 12")
        headline = label is None and colon >= 0 and _HEADLINE_GAP.fullmatch(line[colon + 1:]) is not None
        if headline or (label is None and colon >= 0 and _SHORT_GAP.fullmatch(line[colon + 1:])):
            source = self._line_source(line_start + skip, colon - skip, body_only=headline)
            if source is not None:
                return source
        if label is None and not line.strip():
            prev_end = line_start - 1
            prev_start = self.text.rfind("\n", 0, max(prev_end, 0)) + 1
            if prev_end > 0:
                label = self._label(self.text[prev_start:prev_end])
                base = prev_start
        if label is None:
            return None
        text, offset = label
        offset += base
        words = text.split()
        name = f"{text} figures" if len(words) == 1 and words[0].lower() in self.lex.modifier_words else text
        return Attribution(name, text, offset)

    def _line_source(self, line_start: int, colon: int, body_only: bool = False) -> Attribution | None:
        """"The Associated Press: close to 600." -- a short source name, then a colon, at the head of a line;
        with `body_only`, a name that ends in a body's or a person's role ("UN rights office")."""
        tokens = tokenize(self.text, line_start, line_start + colon)
        while tokens and tokens[0].text in BULLETS:
            tokens = tokens[1:]  # "• UN rights office: verified deaths rise above 1,400"
        lex = self.lex
        if not tokens or len(tokens) > 6 or tokens[0].base.lower() in lex.not_names and tokens[0].low != "the":
            return None
        if body_only and tokens[-1].base.lower() not in lex.role_words and tokens[-1].base.lower() not in (
                lex.person_roles):
            return None
        if len(tokens) == 1 and len(tokens[0].text) == 1:
            return None  # "R : 50,000": a size or grade in a price list, no one's name
        if len(tokens) == 1 and (tokens[0].low in lex.not_line_sources or predicates.table().pattern.fullmatch(
                tokens[0].text)):
            return None  # "Class: 011-01/23-01/112", a letterhead field; "Deported: 2.5 million", a measure
        if tokens[-1].low in lex.victim_groups:
            return None  # "Civilians: 25,000", "Chechen fighters: unknown": who died, not who counts
        if not all(content_word(lex, t) or t.low in lex.connectors or t.low in lex.determiners for t in tokens):
            return None
        if not any(lex.is_name_word(t) for t in tokens) or tokens[-1].low in lex.not_names:
            return None
        name = self.speakers.resolve(tokens, tokens[0].start)
        a, b = tokens[0].start, tokens[-1].end
        return Attribution(name, self.text[a:b], a) if name else None

    def _label(self, line: str) -> tuple[str, int] | None:
        stripped = line.strip().rstrip(":").strip()
        if stripped.lower() in self.lex.row_labels:
            return stripped, line.index(stripped)
        return None

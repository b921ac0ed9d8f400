"""Numbers that are not claim figures: years, dates, ages, durations, distances, times, identifiers
("regiment No. 366", "Resolution 822", "p. 172"), ordinals, footnote markers, codes glued to letters.

`why_not(text, amount)` returns the reason an amount is not a figure, or None when it is one.
The word lists live in `lexicons/numbers.toml` under [not_figures].
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from claimledger.extract import grid
from claimledger.extract.numbers import Amount
from claimledger.lexicons import load


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True)
class _Rules:
    identifiers: frozenset[str]
    months: frozenset[str]
    ages: frozenset[str]
    year_words: frozenset[str]
    old_year_words: frozenset[str]  # the shorter list before a year from 1000 to 1799 ("built 1577")
    month_after: re.Pattern[str]
    unit_after: re.Pattern[str]
    year_after_noun: re.Pattern[str]
    age_compared: re.Pattern[str]
    record_columns: frozenset[str]


@cache
def rules() -> _Rules:
    lex = load("numbers")["not_figures"]
    months = _alt(lex["months"])
    units = _alt(lex["units_after"])
    groups = _alt(lex["age_groups"])
    comparisons = _alt(lex["age_comparisons"])
    return _Rules(
        identifiers=frozenset(w.rstrip(".").lower() for w in lex["identifier_before"]),
        months=frozenset(w.lower() for w in lex["months"]),
        ages=frozenset(w.split()[0].lower() for w in lex["age_before"]),
        year_words=frozenset(w.lower() for w in lex["year_words"]),
        old_year_words=frozenset(w.lower() for w in lex["old_year_words"]),
        month_after=re.compile(rf"(?:st|nd|rd|th)?\s*(?:(?:[-–/&]|and\b|or\b|to\b)\s*\d{{1,2}}(?:st|nd|rd|th)?\s*)?"
                               rf"(?:of\s+)?(?:{months})\b",
                               re.IGNORECASE),
        unit_after=re.compile(rf"(?:\s*[-‐]?\s*)(?:{units})(?![\w])", re.IGNORECASE),
        year_after_noun=re.compile(r"\s*(?-i:[a-z-]+\s+){0,2}?(?:people|persons|civilians|individuals|children|women|"
                                   r"men|residents|inhabitants|victims|bodies|corpses|families|houses|soldiers|"
                                   r"were|have|had|was|are|killed|dead|died|wounded|injured)\b", re.IGNORECASE),
        age_compared=re.compile(rf"\b(?:{groups})\s+(?:{comparisons})\s*$", re.IGNORECASE),
        record_columns=frozenset(w.lower().rstrip(".") for w in lex["record_columns"]),
    )


_WORD = re.compile(r"[A-Za-z]+|\d+")
_LIST_TAIL = re.compile(r"(?:\d+[a-z]?(?:\s*\([IVX]+\))?\s*(?:,|and|&|-|–)\s*)+$")


def _words_before(text: str, pos: int, width: int = 30) -> list[str]:
    return [w.lower() for w in _WORD.findall(text, max(0, pos - width), pos)]


_ROW_BREAK = re.compile(r"[)\]\n][^\w]*$")


_PART_AFTER = re.compile(r"\s+(?:of|among)\s+(?:them|whom|those|these)\b", re.IGNORECASE)


def _identifier_before(text: str, a: Amount) -> bool:
    """"regiment No. 366", "Resolution 822", "p. 172", "resolutions 822, 853 and 884"."""
    ids = rules().identifiers
    words = _words_before(text, a.start)
    if _PART_AFTER.match(text, a.end):
        return False  # "the siege of School No. 1, 155 of them children": a count of people, not an identifier
    if _ROW_BREAK.search(text, max(0, a.start - 12), a.start):
        return False  # "(Shelepin note)\n~22,000": the word before belongs to another line or aside
    if len(words) > 1 and words[-1] == "of" and words[-2] in ids and words[-2] not in _COUNT_NOUNS:
        return True  # "a factor of fifty", "page of 12"
    if len(words) > 2 and words[-1] == "of" and words[-2].isdigit() and words[-3] in ids:
        return True  # "Page 9 of 24"
    if words and (words[-1] in ids or (words[-1] in ("no", "nos", "nr") and len(words) > 1)):
        tail = text[max(0, a.start - 12):a.start].rstrip()
        return not tail.endswith((",", ";")) or words[-1] in ("no", "nos", "nr")
    before = text[max(0, a.start - 80):a.start]
    stripped = before.rstrip()
    if stripped.endswith((",", "and", "&", "-", "–")):
        m = _LIST_TAIL.search(before)
        if m:
            words = _words_before(text, a.start - (len(before) - m.start()))
            return bool(words) and words[-1] in ids
    return False


def _month_before(text: str, pos: int) -> bool:
    """"February 26", "Feb. 25 to 26", "March the 2nd"."""
    months = rules().months
    words = _words_before(text, pos, 24)
    if not words:
        return False
    if words[-1] in months or (words[-1] == "the" and len(words) > 1 and words[-2] in months):
        return True
    tail = text[max(0, pos - 3):pos].rstrip()
    joined = words[-1] in ("to", "and") or tail.endswith(("-", "–", "/"))
    if words[-1] in ("to", "and"):
        words = words[:-1]
    return joined and len(words) >= 2 and words[-1].isdigit() and words[-2] in months


# "the 21st state to recognise": an ordinal that implies a count (FORMAT.md)
_COUNTING_ORDINAL = re.compile(r"(?:st|nd|rd|th)?\s+(?:\w+\s+)?(?:country|state|nation|parliament|legislature|"
                               r"city|municipality)\s+(?:to|that|which)\b", re.IGNORECASE)


_VERBS_AFTER_YEAR = frozenset({"were", "have", "had", "was", "are", "killed", "dead", "died", "wounded", "injured"})
_COUNT_NOUNS = frozenset({"no", "nos", "nr", "number", "numbers", "figure", "total", "toll", "count"})
# a journal's volume and pages in a note: "Karsh Historical Review 14, no. 2 (2003): 55-81, at 61"
_JOURNAL_VOLUME = re.compile(r",\s+no\.\s*\d")
_JOURNAL_PAGES = re.compile(r"\((?:1[6-9]|20)\d\d\):\s*(?:\d+[–-]\d+,\s+at\s+)?\Z")
_CODE_BEFORE = re.compile(r"[A-Za-z][-‐/]\Z")
_CODE_AFTER = re.compile(r"[-‐/]?[A-Za-z]{1,3}\d")
_LETTER_GLUED = re.compile(r"[A-Za-z]\b")
_LEADING_ZERO = re.compile(r"0\d")
_DOTTED_AFTER = re.compile(r"[:./]\d")
_DOTTED_BEFORE = re.compile(r"\d[:./]\Z")  # \Z: "1989.\n" ends a line, it dates no number
_CLOCK_AFTER = re.compile(r"\s?(?:[ap]\.?m\b)")
_PHONE_WORD = re.compile(r"(?:tel|phone|fax)\.?:?\s*$", re.IGNORECASE)
_DECADE_AFTER = re.compile(r"\s*s\b|'s\b")
_YEAR_DASH_BEFORE = re.compile(r"\b(?:1[89]|20)\d\d\s*[-–/]\s*$")
_PHONE_BEFORE = re.compile(r"\+\d{1,4}(?:[\s-]+\d{1,4})*[\s-]+$")
_NUMBERED_SECTION = re.compile(r"\d{1,2}(?:\.\d{1,2})+")
_LINE_OPEN = re.compile(r"(?:^|\n)[ \t]*$")
_HEADING_AFTER = re.compile(r"\.?[ \t]+[A-Z]")
_DAY_MONTH_BEFORE = re.compile(r"\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$")
_MONTH_ABBREVIATION_BEFORE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+$")
_LINE_END_AFTER = re.compile(r"[ \t]*(?:\n|$|[.,;)])")
_CLOCK_RANGE = re.compile(r"\d{1,2}[.:]\d{2}\s*[–-]\s*\d{1,2}[.:]\d{2}")
# "in groups of five and later ten"
_IN_GROUPS_OF = re.compile(r"\b(?:in|into)\s+(?:groups|batches|rows|lines|columns|teams|clusters)\s+of\s+"
                           r"(?:up\s+to\s+)?(?:[\w-]+\s+(?:and|or|to)\s+(?:later\s+|then\s+)?)?$", re.IGNORECASE)
_IBID = re.compile(r"\b(?:ibid|ib|idem|op\.\s*cit|loc\.\s*cit)\.?,?\s*(?:pp?\.\s*)?$", re.IGNORECASE)
_TIME_AFTER = re.compile(r"\s?(?:BST|GMT|CET|CEST|EET|EEST|MSK|UTC|local\s+time|hrs|h)\b")
_LEADER_DOTS = re.compile(r"(?:\.{3,}|…+)\s*$")
_CAPITAL_BEFORE = re.compile(r"[a-z,;]\s+[A-Z][a-z]+\s+$")
_AGE_BEFORE = re.compile(
    r"(?:\b[A-Z][\w'’-]+,\s*|\bwho\s+(?:was|is)\s+|\b(?:boy|girl|man|woman|child|son|daughter)\s+of\s+|"
    r"\b(?:oldest|youngest)\s+(?:[a-z]+\s+){0,2}(?:was|is|were)\s+|"  # "The youngest child killed was eight."
    r"(?:^|[\"“‘\s])(?:I|[Hh]e|[Ss]he)\s+was\s+|"  # '"I was nine.'
    r"\b(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+[a-z]+,\s*|"  # "her neighbour, 68, was killed"
    # "My son was 22.": a relative's age
    r"\b(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+(?:son|daughter|brother|sister|father|mother|husband|wife|child|"
    r"boy|girl|grandson|granddaughter|grandfather|grandmother|uncle|aunt|nephew|niece|cousin)\s+(?:was|is)\s+)$"
)


_COMMA_AFTER = re.compile(r"\s*,")
_PEOPLE_AFTER = re.compile(r"\s+(?:people|persons|civilians|children|of\s+them)\b")
_NUMBER_LIST = re.compile(r"\s*\d+(?:\s*[,;]\s*\d+)+\s*")
_HEADING_WORD = re.compile(r"[ \t]+([A-Z][\w'-]*)")
_LIST_MARK = re.compile(r"^[.)]\s")


def _age_apposition(text: str, a: Amount) -> bool:
    if a.value is None or a.value >= 120:
        return False
    if not _AGE_BEFORE.search(text, max(0, a.start - 40), a.start):
        return False
    before = text[max(0, a.start - 40):a.start]
    if before.rstrip().endswith(","):
        return bool(_COMMA_AFTER.match(text, a.end, a.end + 2))  # "Gulnara Safarli, 34, said"
    return not _PEOPLE_AFTER.match(text[a.end:a.end + 20])


def _before(text: str, pos: int, width: int = 40) -> str:
    return text[max(0, pos - width):pos]


def _after(text: str, pos: int, width: int = 30) -> str:
    return text[pos:pos + width]


def _is_year(value: float | None) -> bool:
    return value is not None and value.is_integer() and 1800 <= value <= 2099


def why_not(text: str, a: Amount) -> str | None:
    """The reason `a` is not a claim figure, or None when it is one."""
    r = rules()
    before, after = _before(text, a.start), _after(text, a.end)
    if a.ordinal and not _COUNTING_ORDINAL.match(text, a.end):
        return "ordinal"
    prev = text[a.start - 1:a.start] if a.start else ""
    nxt = text[a.end:a.end + 1]
    if (prev and prev in "[^") or (nxt and nxt in "]^"):
        return "footnote marker"  # "4,250[12]": the [12] is not a figure
    if _CODE_BEFORE.search(before) or _CODE_AFTER.match(after) or prev == "#" or _LETTER_GLUED.match(after):
        return "code"  # "Su-25", "COVID-19", "T-72", "#3", "Sonderkommando 4a"
    if a.digits and _LEADING_ZERO.match(text, a.start):
        return "code"  # "011-01/23": counts are not written with a leading zero
    if nxt and nxt in "°′″":
        return "coordinate or angle"
    if _TIME_AFTER.match(text, a.end) or _LEADER_DOTS.search(text, max(0, a.start - 12), a.start):
        return "time or page number"  # "21.40 BST", "3. The toll ........ 3"
    if _NUMBERED_SECTION.fullmatch(text, a.start, a.end) and _LINE_OPEN.search(
            text, max(0, a.start - 8), a.start) and _HEADING_AFTER.match(text, a.end):
        return "section number"  # "3.4 Expulsions. The Muslim population ...": a numbered paragraph
    if _CLOCK_RANGE.fullmatch(text, a.start, a.end):
        return "opening hours"  # "open Tue–Sat 9.00–17.00"
    if _IN_GROUPS_OF.search(text, max(0, a.start - 30), a.start):
        return "group size"  # "shot them in groups of twenty"
    if _IBID.search(text, max(0, a.start - 24), a.start):
        return "page of a citation"  # "Ibid., 312.", "op. cit., p. 44"
    if not a.vague and not a.is_range and _age_apposition(text, a):
        return "age"  # "Gulnara Safarli, 34, said", "who was nineteen at the time", "a boy of twelve"
    if _DOTTED_AFTER.match(after) or _DOTTED_BEFORE.search(before) or _CLOCK_AFTER.match(after):
        return "date, time or decimal code"  # "26.02.1992", "10:30", "26/02"
    if prev == "+" or _PHONE_BEFORE.search(before) or _PHONE_WORD.search(before):
        return "phone number"
    if not a.vague:
        if _identifier_before(text, a) or _JOURNAL_VOLUME.match(text, a.end) or _JOURNAL_PAGES.search(
                text, max(0, a.start - 40), a.start):
            return "identifier"
        if _inside_number_list(text, a):
            return "identifier list"
    if r.unit_after.match(after):
        return "duration, age or distance"
    words = _words_before(text, a.start, 20)
    if words and (words[-1] in r.ages or (len(words) > 1 and words[-2] in r.ages and words[-1] in ("of", "between"))):
        return "age"
    if _compared_age(text, a):
        return "age"  # "14 were under 18", "children under 15", "several were older than 70"
    if a.digits and not a.vague:
        small_day = all(v is not None and v.is_integer() and 1 <= v <= 31 for v in (a.low, a.high))
        if small_day and (_month_before(text, a.start) or r.month_after.match(after)):
            return "date"
        if a.simple and (_DAY_MONTH_BEFORE.search(text, max(0, a.start - 16), a.start) or (
                _MONTH_ABBREVIATION_BEFORE.search(text, max(0, a.start - 6), a.start) and a.value is not None
                and 32 <= a.value <= 99 and _LINE_END_AFTER.match(text, a.end))):
            return "year"  # "28 Feb 92", "161842 GMT Jan 99": a short year after the day and month
        if _year_like(text, a):
            return "year"
    if a.digits and _DECADE_AFTER.match(after):
        return "decade"  # "the 1990s"
    if _PAGINATION.search(text, max(0, a.start - 40), a.start) or (
            _PAGINATION_HEAD.search(before) and _PAGINATION_TAIL.match(text, a.end)):
        return "pagination"  # "Showing records 1–10 of 118", "results 21-40 of 300"
    if _CITATION_PAGE.search(text, max(0, a.start - 80), a.start):
        return "page of a citation"  # "(Aydemir 2006: 44)", "(Kervan and Soylu 2014: 203-205)"
    if _SUBTITLE_CUE.match(text, a.end) and (a.start == 0 or text[a.start - 1] == "\n"):
        return "subtitle cue number"  # "12" on its own line above "00:01:23,456 --> 00:01:27,000"
    if _record_column(text, a):
        return "record field"  # "0007    Antić, Marija    1901    42    17": ID, born, age, house number
    if _line_number(text, a) or _contents_line(text, a) or _contents_run(text, a):
        return "list number"
    if _PAGE_LINE.fullmatch(text, text.rfind("\n", 0, a.start) + 1, _line_end(text, a.end)):
        return "page number"  # "- 14 -", "Page 3 of 9" alone on a line between paragraphs
    if a.simple and a.value is not None and a.value < 100 and _YEAR_DASH_BEFORE.search(before):
        return "year"  # "1991-92"
    return None


# what may follow an age: an end of phrase, "years", a verb or a preposition; not a counted noun
_AGE_END = re.compile(r"[ \t]*(?:\n|$)|\s*(?:years?\b|yrs\b|[,;.)\]:]|$|(?:and|or|were|was|are|had|have|who|when|at|"
                      r"in|on|from|died|killed)\b)", re.IGNORECASE)


def _compared_age(text: str, a: Amount) -> bool:
    if a.vague or a.is_range or a.value is None or a.value >= 120:
        return False
    if not rules().age_compared.search(text, max(0, a.start - 40), a.start):
        return False
    return bool(_AGE_END.match(text, a.end))


_CLOSED_AFTER = re.compile(r"\s*(?:[,;.)]|$)")
_COUNTED_AFTER = re.compile(r"\s+[a-z]+s\b")  # "in 1500 households": a count after all


def _year_like(text: str, a: Amount) -> bool:
    raw = text[a.start:a.end]
    if a.currency or a.plus or (not a.is_range and ("," in raw or " " in raw.strip())):
        return False
    if a.is_range:
        return _is_year(a.low) and (a.high is None or _is_year(a.high) or (a.high is not None and a.high < 100))
    if not _is_year(a.value):
        # an older year only where a year word or a month stands right before it: "built 1577", "in 1453"
        if a.value is None or not a.value.is_integer() or not 1000 <= a.value < 1800:
            return False
        words = _words_before(text, a.start, 16)
        if words and words[-1] == "of" and _CLOSED_AFTER.match(text, a.end):
            return True  # "the Aladža Mosque of 1550, ...": nothing is counted after it
        return bool(words) and (words[-1] in rules().old_year_words or words[-1] in rules().months) and not (
            _COUNTED_AFTER.match(text, a.end))
    after = _after(text, a.end, 40)
    # "1990 people were killed" is a count; "in 1992 the town" is a year
    words = _words_before(text, a.start, 16)
    if words and (words[-1] in rules().months or (words[-1].isdigit() and len(words[-1]) <= 2)):
        return True  # "14 March 1992", "Feb. 26, 1992"
    noun = rules().year_after_noun.match(after)
    if not noun or (1900 <= (a.value or 0) <= 2030 and noun.group(0).split()[-1].lower() in _VERBS_AFTER_YEAR):
        return True  # "in 1992 the town", "1992 had been the worst year"; but "1990 people were killed"
    # "1990 people were killed" is a count; "in 1992 the town" is a year, so is "Orthodox Christmas 1993"
    if _CAPITAL_BEFORE.search(text, max(0, a.start - 20), a.start):
        return True
    tail = text[max(0, a.start - 3):a.start].rstrip()
    return (bool(words) and words[-1] in rules().year_words) or tail.endswith((",", "(", "-", "–"))


def _inside_number_list(text: str, a: Amount) -> bool:
    """Numbers in a parenthesised list of numbers only: "4 (822, 853, 874, 884) resolutions"."""
    open_at = text.rfind("(", max(0, a.start - 40), a.start)
    if open_at < 0:
        return False
    close_at = text.find(")", a.end, a.end + 40)
    if close_at < 0:
        return False
    inner = text[open_at + 1:close_at]
    return bool(_NUMBER_LIST.fullmatch(inner))


def _contents_line(text: str, a: Amount) -> bool:
    """Tables of contents and footnotes: "1 Background", "3 Casualties", "2 Human Rights Watch, 1992."."""
    line_start = text.rfind("\n", 0, a.start) + 1
    if text[line_start:a.start].strip() or not a.simple or a.value is None or a.value >= 100:
        return False
    m = _HEADING_WORD.match(text[a.end:a.end + 40])
    if not m:
        return False
    line_end = text.find("\n", a.end)
    line_len = (line_end if line_end >= 0 else len(text)) - line_start
    return line_len < 40 or not m.group(1).endswith("s")


_SECTION_NUMBER = re.compile(r"(?<!\S)(\d{1,2})(?=\.?\s+[A-Z])")
# between two headings' numbers: the heading, a few words with no list punctuation ("Massacre allegations")
_HEADING_GAP = re.compile(r"\.?\s+[A-Z][\w'’-]*(?:\s+(?!and\b)[\w'’-]+){0,5}\s+")


def _contents_run(text: str, a: Amount) -> bool:
    """A table of contents flattened onto one line: "Contents 1 Background 2 Battle 3 Massacre allegations"."""
    if not a.simple or a.value is None or a.value >= 100 or _SECTION_NUMBER.match(text, a.start) is None:
        return False  # only a number followed by a heading word is worth reading its line for
    line_start = text.rfind("\n", 0, a.start) + 1
    line_end = text.find("\n", a.end)
    found = list(_SECTION_NUMBER.finditer(text, line_start, line_end if line_end >= 0 else len(text)))

    def follows(k: int) -> bool:  # number k counts on from number k - 1 with only a heading between them
        return int(found[k].group(1)) == int(found[k - 1].group(1)) + 1 and _HEADING_GAP.fullmatch(
            text, found[k - 1].end(), found[k].start()) is not None

    for i, m in enumerate(found):
        if m.start() != a.start:
            continue
        first, last = i, i
        while first > 0 and follows(first):
            first -= 1
        while last + 1 < len(found) and follows(last + 1):
            last += 1
        return last - first >= 2
    return False


# a page number alone on its line: "- 14 -", "Page 3 of 9" (a bare number on a line is a table or infobox cell)
_PAGE_LINE = re.compile(r"[ \t]*(?:[-–—][ \t]*\d{1,4}[ \t]*[-–—]|page[ \t]+\d{1,4}(?:[ \t]+of[ \t]+\d{1,4})?)[ \t]*",
                        re.IGNORECASE)


_CITATION_PAGE = re.compile(r"\([A-Z][^()\n]{0,60}?\b(?:1[6-9]|20)\d\d[a-z]?\s*(?::|,\s*(?:pp?\.\s*)?)\s*$")
_SUBTITLE_CUE = re.compile(r"[ \t]*\r?\n[ \t]*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}[ \t]*-->")
_LISTED = r"\b(?:showing|displaying|records|results|items|entries|posts|page)\s+"
_PAGINATION_HEAD = re.compile(_LISTED + "$", re.IGNORECASE)
_PAGINATION_TAIL = re.compile(r"\s*[-–]\s*\d+\s+of\s+\d|\s+of\s+\d")
_PAGINATION = re.compile(_LISTED + r"\d+\s*[-–]\s*\d+\s+of\s+$", re.IGNORECASE)


def _record_column(text: str, a: Amount) -> bool:
    """A cell of a table under a head such as "ID", "Born", "Age", "House no." or "Place": a register's record
    number, a birth year, an age, "Road 14"."""
    column = grid.column_of(text, a.start)
    return column is not None and column.lower().rstrip(".") in rules().record_columns


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


_PARAGRAPH_MARK = re.compile(r"\.[ \t]+[A-Z]")


def _line_number(text: str, a: Amount) -> bool:
    """A numbered list or heading marker at the start of a line: "1. Introduction", "2) ..."."""
    line_start = text.rfind("\n", 0, a.start) + 1
    if text[line_start:a.start].strip() or not a.simple or a.value is None:
        return False
    if a.value < 100:
        return bool(_LIST_MARK.match(text[a.end:a.end + 2]))
    # a report's or judgment's numbered paragraph: "212. The Trial Chamber finds ..."
    return a.value < 10000 and "," not in text[a.start:a.end] and bool(_PARAGRAPH_MARK.match(text, a.end))

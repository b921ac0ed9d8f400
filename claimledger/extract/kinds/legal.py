"""Legal reference claims: conventions and covenants, numbered resolutions, court judgments, national laws.

`instrument` is normalised so one instrument compares equal across documents: well-known ones through the
alias table in `instruments.toml` ("the Genocide Convention" and "Convention on the Prevention and
Punishment of the Crime of Genocide" -> "Genocide Convention (1948)"), resolutions as "<body> Resolution
<number>" (one claim per number of a list), judgments as "<court> judgment of <date>", other instruments by
their own capitalised name with the year the text gives.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from claimledger.extract.context import DocContext
from claimledger.extract.kinds import keywords
from claimledger.extract.kinds._shared import (
    fold,
    make_claim,
    name_run_end,
    name_run_start,
    phrase_pattern,
)
from claimledger.extract.kinds.keywords import family, finditer_at
from claimledger.lexicons import load
from claimledger.model import Claim

_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DATE = rf"(?:\d{{1,2}}\s+{_MONTHS}\s+\d{{4}}|{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}|\d{{4}})"
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_ROMAN = r"(?:\((?:[IVXL]+|ES-\d+)\))"


def _year_of(text: str, start: int, end: int) -> str:
    """" (2010)": the first year written in text[start:end], as a name's suffix; "" when there is none."""
    year = _YEAR.search(text[start:end])
    return f" ({year.group()})" if year else ""


def inside(refs: list[Reference], starts: list[int], start: int, end: int) -> bool:
    """Does one of `refs` (sorted by start, not overlapping; `starts` their starts) hold [start, end)?"""
    i = bisect_right(starts, start) - 1
    return i >= 0 and refs[i].start <= start and end <= refs[i].end


@dataclass(frozen=True)
class Reference:
    start: int
    end: int
    instrument: str
    extra: tuple[tuple[str, str], ...] = ()


@cache
def _lexicon() -> dict:
    return load("instruments")


def _alias_key(alias: str) -> str:
    return " ".join(fold(alias).replace(",", " ").split())


@cache
def _alias_table() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """One regex for every name (case-insensitive, on folded text, commas optional: "Cruel, Inhuman, or
    Degrading" as "Cruel Inhuman or"), one for every acronym (case-sensitive), and alias -> normalised name."""
    names: dict[str, str] = {}
    for entry in _lexicon()["instrument"]:
        for alias in entry["aliases"]:
            names[alias if alias.isupper() else _alias_key(alias)] = entry["name"]
    spelled = [a for a in names if not a.isupper()]
    acronyms = [a for a in names if a.isupper()]
    pattern = phrase_pattern(spelled).replace(r"\s+", r",?\s+")
    acronym_pattern = r"(?<![\w-])(?:" + "|".join(map(re.escape, acronyms)) + r")(?![\w-])"
    return re.compile(pattern), re.compile(acronym_pattern), names


def _known(text: str) -> list[Reference]:
    spelled, acronyms, names = _alias_table()
    folded = fold(text)
    found = [Reference(m.start(), m.end(), names[_alias_key(m.group())])
             for m in finditer_at(spelled, folded, keywords.starts(folded, "legal.alias"))]
    found += [Reference(m.start(), m.end(), names[m.group()])
              for m in finditer_at(acronyms, text, keywords.starts(folded, "legal.acronym"))]
    return found


def _resolution_body(sentence: str, before: int) -> str | None:
    bodies: dict[str, str] = _lexicon()["resolutions"]["bodies"]
    low = fold(sentence[:before])
    best: tuple[int, str] | None = None
    for key, body in bodies.items():
        for m in re.finditer(r"(?<![\w-])" + re.escape(key) + r"(?![\w-])", low):
            if best is None or m.start() >= best[0]:
                best = (m.start(), body)
    return best[1] if best else None


# a number cut out of a longer code ("47-IX", "1244/99/Rev") is not a resolution number; "ES-10/10" is one of
# the General Assembly's emergency special sessions
_RES_NUM = r"(?:(?:ES-)?\d{1,3}/\d{1,4}(?:\s+[A-H]\b)?|\d{2,4}(?![\w/-])\s*" + _ROMAN + r"?)(?:\s*\(\d{4}\))?"
_RES_LIST = re.compile(
    r"(?i)\b(?P<head>resolutions?)\s+(?:nos?\.?\s*)?(?P<nums>" + _RES_NUM + r"(?:\s*(?:,|and|&)\s*" + _RES_NUM + r")*)"
    r"(?P<date>\s+of\s+" + _DATE + r")?")
_RES_PAREN = re.compile(r"(?i)\((?P<nums>\d{2,4}(?:\s*,\s*\d{2,4})+)\)\s*resolutions\b")
_NUM = re.compile(r"(?P<n>(?:ES-)?\d{1,3}/\d{1,4}(?:\s+[A-H]\b)?|\d{2,4})\s*(?P<session>" + _ROMAN + r")?"
                  r"(?:\s*\((?P<year>\d{4})\))?")


def _resolutions(ctx: DocContext) -> list[Reference]:
    text = ctx.text
    found: list[Reference] = []
    spans: list[tuple[int, int, str]] = []
    for m in finditer_at(_RES_LIST, text, keywords.starts(fold(text), "legal.resolution")):
        spans.append((m.start("nums"), m.end("nums"), m.group("date") or ""))
    for m in _RES_PAREN.finditer(text):
        spans.append((m.start("nums"), m.end("nums"), ""))
    for s, e, date in spans:
        sent_start, _ = ctx.sentence_at(s)
        sent_start = min(sent_start, s)
        body = _resolution_body(text[sent_start:e], s - sent_start)
        numbers = list(_NUM.finditer(text, s, e))
        sentence_years = _YEAR.findall(text[sent_start:s])
        for n in numbers:
            session = n.group("session")
            slashed = "/" in n.group("n")  # "50/22 C": the General Assembly's session/number form
            this_body = body or ("UN General Assembly" if (session and session[1:-1].isalpha()) or slashed else None)
            name = f"{this_body} Resolution {n.group('n')}" if this_body else f"Resolution {n.group('n')}"
            if session:
                name += f" {session}"
            date_year = _YEAR.search(date) if date else None
            year = n.group("year") or (date_year.group() if date_year else None)
            if not year and len(numbers) > 1 and sentence_years:
                year = sentence_years[-1]
            if year:
                name += f" ({year})"
            if len(numbers) == 1:  # a single resolution: the span names it in full
                head = text.rfind("esolution", sent_start, s)
                start = head - 1 if head > 0 and s - head < 20 else n.start()
                for prefix in ("UN Security Council ", "Security Council ", "UN General Assembly ", "General Assembly ",
                               "United Nations General Assembly ", "United Nations Security Council "):
                    if text[max(0, start - len(prefix)):start] == prefix:
                        start -= len(prefix)
                        break
                found.append(Reference(start, n.end(), name))
            else:
                found.append(Reference(n.start(), n.start() + len(n.group("n")), name))
    return found


_ADOPTED = re.compile(r"(?i)\b(?:passed|adopted|approved|issued)\s+(?:a|an|its)\s+(?:\w+\s+)?"
                      r"(?P<what>resolution|declaration|decision|statement)\b")
_BODY_RUN = re.compile(r"[A-Z\u00C0-\u024F][\w'’-]*(?:\s+(?:(?:of|for|the|and)\s+)*[A-Z\u00C0-\u024F][\w'’-]*)*")


def _adopted_acts(ctx: DocContext, numbered: list[Reference]) -> list[Reference]:
    """"On 7 July 1988 the European Parliament passed a resolution condemning ...": an unnumbered act."""
    text = ctx.text
    found: list[Reference] = []
    for m in finditer_at(_ADOPTED, text, keywords.starts(fold(text), "legal.adopted")):
        s0, s1 = ctx.sentence_at(m.start())
        if any(s0 <= r.start < s1 for r in numbered):
            continue
        runs = [r.group() for r in _BODY_RUN.finditer(text, s0, m.start())
                if not re.fullmatch(rf"(?:On|In|The|A|An|By|{_MONTHS})", r.group())]
        if not runs:
            continue
        body = runs[-1].removeprefix("The ")
        date = re.search(_DATE, text[s0:s1])
        when = " ".join(date.group().split()) if date else None
        name = f"{body} {m.group('what')}" + ((f" of {when}" if not when.isdigit() else f" ({when})") if when else "")
        found.append(Reference(m.start(), m.end(), name))
    return found


@cache
def _court_regex() -> re.Pattern[str]:
    return re.compile(phrase_pattern(_lexicon()["courts"]["names"]))


@cache
def _decision_regex() -> re.Pattern[str]:
    words = "|".join(map(re.escape, _lexicon()["courts"]["decisions"]))
    return re.compile(rf"(?i)\b(?:{words})\s+(?:of|dated|delivered on|on)\s+(?P<date>{_DATE})")


_CASE = re.compile(r"\b(?P<case>(?:Prosecutor|[A-Z][\w'’-]+(?:\s+and\s+Others)?(?:\s+[A-Z][\w'’-]+)?)\s+v\.?\s+"
                   r"[A-Z][\w'’-]+(?:\s+and\s+(?:[A-Z][\w'’-]+|Others))?(?:\s+[A-Z][\w'’-]+)?(?:\s+et\s+al\.)?)")
_CHAMBER = re.compile(r"\b((?:Grand\s+)?Chamber|[Tt]rial|[Aa]ppeals?)\b")
_APPLICATION = re.compile(r"(?i)\b(?:application\s+)?no\.?\s*(?P<no>\d{1,6})/(?P<yy>\d{2})\b")
_GENERIC_COURT = re.compile(r"\b(?:[A-Z][\w'’-]+\s+){1,4}(?:Tribunal|Court)"
                            r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)?")
_RULED = re.compile(r"\s*(?:,[^,]{0,80},\s*)?(?:ruled|found|convicted|held|acquitted|upheld|concluded)\b")


def _court_name(found: str) -> str:
    names: dict[str, str] = _lexicon()["courts"]["names"]
    return names.get(found, found)


def _ecli(court: str, date: str, sentence: str) -> tuple[tuple[str, str], ...]:
    """ECLI:CE:ECHR:2010:0422JUD004098407 when the court has an ECLI scheme and the application number is given."""
    code = _lexicon()["courts"].get("ecli", {}).get(court)
    app = _APPLICATION.search(sentence)
    parts = re.fullmatch(rf"\d{{1,2}}\s+{_MONTHS}\s+\d{{4}}", date)
    if not (code and app and parts):
        return ()
    from datetime import datetime

    when = datetime.strptime(date, "%d %B %Y")
    return (("ecli", f"ECLI:{code}:{when:%Y}:{when:%m%d}JUD{int(app.group('no')):07d}{app.group('yy')}"),)


def _courts(text: str) -> list[re.Match[str]]:
    """`_court_regex().finditer(text)` then `_GENERIC_COURT.finditer(text)`, each run only where it can match:
    a generic court lies inside the run of name characters around its "Court" or "Tribunal"."""
    folded = fold(text)
    found = list(finditer_at(_court_regex(), text, keywords.starts(folded, "legal.court")))
    done = 0
    for key in keywords.starts(folded, "legal.generic_court"):
        if key < done or not text.startswith(("Court", "Tribunal"), key):
            continue
        start, end = name_run_start(text, key, done), name_run_end(text, key + 1)
        m = _GENERIC_COURT.search(text, start, end)
        while m is not None:
            found.append(m)
            m = _GENERIC_COURT.search(text, m.end(), end)
        done = end
    return found


@cache
def _decision_of_regex() -> re.Pattern[str]:
    words = "|".join(map(re.escape, _lexicon()["courts"]["decisions"]))
    return re.compile(rf"(?i)\b(?:{words})\s+of\s+the\s+")


def _judgments(ctx: DocContext) -> list[Reference]:
    """Court decisions: "its judgment of 22 April 2010" (court named in the sentence), "the judgment of the
    International Court of Justice", "In 2010 the Iraqi High Tribunal ruled", "ruled in X v. Y"."""
    text = ctx.text
    found: list[Reference] = []
    dated_sentences: set[tuple[int, int]] = set()
    folded = fold(text)
    for m in finditer_at(_decision_regex(), text, keywords.starts(folded, "legal.decision")):
        s0, s1 = ctx.sentence_at(m.start())
        sentence = text[min(s0, m.start()):max(s1, m.end())]
        court = _court_regex().search(sentence) or _GENERIC_COURT.search(sentence)
        case = _CASE.search(sentence)
        chambers = list(_CHAMBER.finditer(text, s0, m.start()))
        chamber = chambers[-1] if chambers else None
        if not court and chamber:  # "The Chamber judgment of 16 April 2012": the case named just before
            earlier = text[max(0, s0 - 400):s0]
            cases = list(_CASE.finditer(earlier))
            courts = list(_court_regex().finditer(earlier))
            case = cases[-1] if cases else None
            court = courts[-1] if courts else None
            if case is None and court is None:
                continue
        elif not court:
            continue
        court_name = _court_name(court.group()) if court else None
        date = " ".join(m.group("date").split())
        parts = [p for p in (court_name, " ".join(case.group("case").split()) if case else None) if p]
        decision = f"{chamber.group(1)} judgment" if chamber else "judgment"
        name = f"{', '.join(parts)}, {decision} of {date}" if len(parts) > 1 or not court_name else \
            f"{court_name} {decision} of {date}"
        found.append(Reference(m.start(), m.end(), name, _ecli(court_name, date, sentence) if court_name else ()))
        dated_sentences.add((s0, s1))
    for m in finditer_at(_decision_of_regex(), text, keywords.starts(folded, "legal.decision")):
        court = _court_regex().match(text, m.end()) or _GENERIC_COURT.match(text, m.end())
        if court and ctx.sentence_at(m.start()) not in dated_sentences:
            found.append(Reference(m.start(), court.end(), f"{_court_name(court.group())} judgment"))
    for court in _courts(text):
        ruled = _RULED.match(text, court.end())
        s0, s1 = ctx.sentence_at(court.start())
        if not ruled or (s0, s1) in dated_sentences or any(r.start <= court.start() < r.end for r in found):
            continue
        cases = list(_CASE.finditer(text, s0, s1))
        court_name = _court_name(court.group())
        when = _year_of(text, s0, s1)
        for case in cases:  # "In A v. X (2006) and B v. X (2007), the Court found": each case its own year
            own = re.match(r"\s*\((\d{4})\)", text[case.end("case"):case.end("case") + 8])
            year = f" ({own.group(1)})" if own and len(cases) > 1 else when
            found.append(Reference(case.start("case"), case.end("case"),
                                   f"{court_name}, {' '.join(case.group('case').split())}{year}"))
        if not cases and when:  # "In 2010 the X High Tribunal ruled"; an undated "the ICTY found" is a finding
            found.append(Reference(court.start(), court.end(), f"{court_name} ruling{when}"))
    for case in _CASE.finditer(text) if "Prosecutor" in text else ():  # "Prosecutor v. X": a case by its name
        if case.group("case").startswith("Prosecutor") and not any(
                r.start <= case.start() < r.end for r in found):
            found.append(Reference(case.start("case"), case.end("case"), " ".join(case.group("case").split())))
    return found


@cache
def _general_regex() -> re.Pattern[str]:
    pats = _lexicon()["patterns"]
    word = r"[A-Z\u00C0-\u024F][\w'’-]*"
    connector = r"(?:" + "|".join(map(re.escape, pats["connectors"])) + r")"
    heads = r"(?:" + "|".join(map(re.escape, sorted(pats["heads"], key=len, reverse=True))) + r")(?![\w-])"
    dated = r"(?:" + "|".join(map(re.escape, pats["dated_heads"])) + r")"
    lower = r"(?:" + "|".join(map(re.escape, pats["dated_heads_lowercase"])) + r")"
    name = rf"(?:{word}\s+(?:{connector}\s+)*)*"
    return re.compile(
        rf"(?P<a>(?:(?:the\s+)?\d{{4}}\s+)?{name}{heads}(?:\s+(?:{connector}\s+)+{word}(?:\s+(?:{connector}\s+)*{word})*)?)"
        rf"|(?P<b>(?:[a-z]+\s+)?(?:{dated}|{lower})\s+of\s+\d{{1,2}}\s+{_MONTHS}\s+\d{{4}})"
        rf"|(?P<c>(?:[a-z]+\s+)?{dated}\s+of\s+{_DATE})")


@cache
def _general_keys() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What every match of `_general_regex` holds: a head word, or a dated head with its date. Each hit
    guarantees a match starting at or before it, so searching from just before a hit never runs far.
    Two regexes, as one alternation mixing capitalised and lower-case first letters scans several times slower."""
    pats = _lexicon()["patterns"]
    heads = "|".join(map(re.escape, sorted(pats["heads"], key=len, reverse=True)))
    dated = "|".join(map(re.escape, pats["dated_heads"] + pats["dated_heads_lowercase"]))
    return re.compile(rf"(?:{heads})(?![\w-])"), re.compile(rf"(?:{dated})\s+of\s+{_DATE}")


def _general_matches(text: str) -> list[re.Match[str]]:
    """`_general_regex().finditer(text)`, run only near keyword hits: a match never starts before the last
    character outside [\\w\\s'’-] ahead of its keyword, and no match lacks a keyword."""
    heads, dated = _general_keys()
    hits = [at for at in keywords.starts(fold(text), "legal.head") if heads.match(text, at) or dated.match(text, at)]
    regex = _general_regex()
    out: list[re.Match[str]] = []
    done = 0
    for hit in hits:
        if hit < done:
            continue
        m = regex.search(text, name_run_start(text, hit, done))
        if m is None:
            break
        out.append(m)
        done = m.end()
    return out


def _general(ctx: DocContext, taken: list[Reference]) -> list[Reference]:
    text = ctx.text
    not_first = set(_lexicon()["patterns"]["not_first"])
    heads = set(_lexicon()["patterns"]["heads"])
    found: list[Reference] = []
    for m in _general_matches(text):
        s, e = m.span()
        if m.group("a") is None:  # "the trilateral Statement of 10 November 2020": the words as they stand
            own = re.match(r"(?i)(?:its|their|his|her|our|the|this|that)\s+", text[s:e])
            s += own.end() if own else 0
            if not any(r.start < e and s < r.end for r in taken):
                name = " ".join(text[s:e].split())
                found.append(Reference(s, e, name[0].upper() + name[1:]))
            continue
        words = text[s:e].split()
        while words and (words[0] in not_first or words[0].islower()) and not (words[0].isdigit() and len(words) > 1):
            s = text.index(words[0], s) + len(words[0])
            words = words[1:]
        while words and words[-1].islower():
            words = words[:-1]
        if not words:
            continue
        s = text.index(words[0], s)
        e = s + len(" ".join(words)) if text[s:e].split() == words else text.rindex(words[-1], s, e) + len(words[-1])
        if m.group("a") is not None:
            capitalised = [w for w in words if w[0].isupper() and w not in heads]
            shouting = len(capitalised) >= 2 and all(w.isupper() for w in capitalised)
            if not capitalised or shouting:
                continue  # a bare "Convention" or "Law" names nothing; "DIRECTORATE Communique" is a heading
            if re.match(r"\s+[A-Z]", text[e:e + 2]):
                continue  # "Humanitarian Law Center": the name of an organisation
        if any(r.start < e and s < r.end for r in taken):
            continue
        name = " ".join(text[s:e].split())
        name = name[0].upper() + name[1:]
        trailing = text[e:e + 12] if text[e:e + 4] in (" of ", " (19", " (20") else ""  # "Conventions of 1949"
        years = _YEAR.findall(text[s:e]) or _YEAR.findall(trailing)
        name = re.sub(r"^(?:the\s+)?((?:1[89]|20)\d\d)\s+", "", name, flags=re.IGNORECASE)
        if years and years[0] not in name:
            name += f" ({years[0]})"
        found.append(Reference(s, e, name))
    return found


_ARTICLE = re.compile(r"(?i)\b(?:articles?|art\.)\s+(?P<nums>\d+[\w.()-]*(?:\s*(?:,|and)\s*\d+[\w.()-]*)*)"
                      r"\s+(?P<common>common\s+to|of)\s+(?:the\s+)?(?:\d{4}\s+)?$")


_BARE = re.compile(r"(?i)\b(?:articles?|art\.)\s+(?P<nums>\d+[\w.()-]*(?:\s*(?:,|and)\s*\d+[\w.()-]*)*)\s+of\s+the\s+"
                   r"(?P<head>Convention|Covenant|Charter|Statute)\b")


def _bare_articles(ctx: DocContext, refs: list[Reference]) -> list[Reference]:
    """"Article 2 of the Convention": the convention named earlier, or the one the court in the sentence applies."""
    text = ctx.text
    court_instruments: dict[str, str] = _lexicon()["courts"].get("instruments", {})
    found: list[Reference] = []
    starts = [r.start for r in refs]
    ordered = sorted(refs, key=lambda r: r.end)
    ends = [r.end for r in ordered]
    last_of: dict[str, str] = {}  # head word -> the last instrument with it named so far
    done = 0
    for m in finditer_at(_BARE, text, keywords.starts(fold(text), "legal.article")):
        if inside(refs, starts, m.start(), m.start() + 1):
            continue
        while done < len(ordered) and ends[done] <= m.start():
            for head_word in ("convention", "covenant", "charter", "statute"):
                if head_word in ordered[done].instrument.lower():
                    last_of[head_word] = ordered[done].instrument
            done += 1
        s0, s1 = ctx.sentence_at(m.start())
        court = _court_regex().search(text, s0, s1)
        instrument = last_of.get(m.group("head").lower()) or (
            court_instruments.get(_court_name(court.group())) if court else None)
        if instrument:
            nums = re.split(r"\s*(?:,|and)\s*", m.group("nums"))
            label = "Article" if len(nums) == 1 else "Articles"
            found.append(Reference(m.start(), m.end(), f"{instrument}, {label} {', '.join(nums)}"))
    return found


def _with_articles(text: str, refs: list[Reference]) -> list[Reference]:
    """"Article 103 of the Criminal Code of X": the article joins the instrument's name and span."""
    out: list[Reference] = []
    for r in refs:
        m = _ARTICLE.search(text, max(0, r.start - 60), r.start)
        if m:
            nums = re.split(r"\s*(?:,|and)\s*", m.group("nums"))
            label = "Article" if len(nums) == 1 else "Articles"
            common = "common " if m.group("common").lower().startswith("common") else ""
            out.append(Reference(m.start(), r.end, f"{r.instrument}, {common}{label} {', '.join(nums)}", r.extra))
        else:
            out.append(r)
    return out


_LAST: list[tuple[DocContext, list[Reference]]] = []  # the last document's references: two components ask


def find_references(ctx: DocContext) -> list[Reference]:
    """Every legal reference of the document, earliest first, overlaps resolved to the longer one."""
    if _LAST and _LAST[0][0] is ctx:
        return _LAST[0][1]
    refs = _find_references(ctx)
    _LAST[:] = [(ctx, refs)]
    return refs


_TITLED = re.compile(r"\b(?P<head>[Ll]aw|[Dd]ecree)\s+[«\"“]?(?P<title>On\s+(?:the\s+)?[A-Z][\w'’-]*"
                     r"(?:\s+(?:(?:of|the|and|for|in|to|on|against)\s+)*[A-Z][\w'’-]*)*)")


def _titled_acts(ctx: DocContext) -> list[Reference]:
    """"the law On the Genocide of the X People": a law or decree cited by its title, which opens with "On"."""
    text = ctx.text
    found = []
    for m in finditer_at(_TITLED, text, keywords.starts(fold(text), "legal.head")):
        s0, s1 = ctx.sentence_at(m.start())
        name = f"{m.group('head').capitalize()} {' '.join(m.group('title').split())}"
        found.append(Reference(m.start(), m.end(), name + _year_of(text, min(s0, m.start()), max(s1, m.end()))))
    return found


_AGAINST = re.compile(r"\b(?:its|the|a)\s+(?:(?:trial|appeals?|final|first-instance)\s+)?judgment\s+"
                      r"(?:against|in\s+the\s+case\s+(?:of|against))\s+(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})")
_CONVICTED_BY = re.compile(r"\b(?:convicted|sentenced|acquitted)\s+(?:\w+\s+){0,3}?by\s+(?P<court>(?:the\s+)?"
                           r"(?:[A-Z][\w'’-]+\s+)*(?:Court|Tribunal)(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]+"
                           r"(?:\s+(?:and\s+)?[A-Z][\w'’-]+)*)?)")
_A_COURT = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?P<court>(?:[A-Z][\w'’-]+\s+)?(?:(?:military|district|regional|"
                      r"supreme|federal|national|local|criminal|special)\s+)?court)\s+(?:\w+\s+)?"
                      r"(?:convicted|sentenced|acquitted)\b")
_VERDICTS = ("convicted", "sentenced", "acquitted")  # one of them is in every match of the two regexes above
_NUMBERED_LAW = re.compile(r"\b(?:Law|Decree|Order|Act)\s+No\.?\s*\d+(?:[-/]\d+)*(?:\s+of\s+(?:\d{1,2}\s+"
                           + _MONTHS + r"\s+)?\d{4})?")


def _prose_judgments(ctx: DocContext) -> list[Reference]:
    """Judgments told in prose: "in its judgment against Milomir Stakić, the ICTY ...", "convicted by the Court of
    Bosnia and Herzegovina", "a Dutch court convicted ...", and numbered laws ("Law No. 49 of 1980")."""
    text = ctx.text
    found: list[Reference] = []
    # each regex needs a literal word the text may not hold at all: a substring test skips a full scan
    verdict = any(word in text for word in _VERDICTS)
    for m in _AGAINST.finditer(text) if "judgment" in text else ():
        s0, s1 = ctx.sentence_at(m.start())
        court = _court_regex().search(text, s0, s1) or _GENERIC_COURT.search(text, s0, s1)
        name = f"{_court_name(court.group()) if court else 'Court'} judgment against {m.group('who')}"
        found.append(Reference(m.start(), m.end(), name))
    for m in _CONVICTED_BY.finditer(text) if verdict else ():
        by_court = re.sub(r"^the\s+", "", m.group("court"))
        when = _year_of(text, *ctx.sentence_at(m.start()))
        found.append(Reference(m.start(), m.end(), f"{_court_name(by_court)} judgment{when}"))
    for m in _A_COURT.finditer(text) if verdict and "court" in text else ():
        when = _year_of(text, *ctx.sentence_at(m.start()))
        found.append(Reference(m.start(), m.end(), f"{m.group('court')} judgment{when}"))
    for m in _NUMBERED_LAW.finditer(text) if "No" in text else ():
        found.append(Reference(m.start(), m.end(), " ".join(m.group().split())))
    return found


def _find_references(ctx: DocContext) -> list[Reference]:
    numbered = _resolutions(ctx)
    taken = _known(ctx.text) + numbered + _judgments(ctx) + _adopted_acts(ctx, numbered) + _titled_acts(ctx)
    taken += [r for r in _prose_judgments(ctx) if not any(t.start < r.end and r.start < t.end for t in taken)]
    refs = taken + _general(ctx, taken)
    refs.sort(key=lambda r: (r.start, -(r.end - r.start)))
    kept: list[Reference] = []
    for r in refs:
        if kept and r.start < kept[-1].end:
            if r.end - r.start > kept[-1].end - kept[-1].start and r.start == kept[-1].start:
                kept[-1] = r
            continue
        kept.append(r)
    with_articles = _with_articles(ctx.text, kept)
    return sorted(with_articles + _bare_articles(ctx, with_articles), key=lambda r: r.start)


def extract_legal_references(ctx: DocContext) -> list[Claim]:
    claims = []
    for r in find_references(ctx):
        claim = make_claim(ctx, "legal_reference", r.start, r.end, instrument=r.instrument)
        claim.extra.update(dict(r.extra))
        claims.append(claim)
    return claims


# the words that start every match of this module's regexes (see keywords.py), in lower case
family("legal.alias", lambda: (" ".join(a.split()[:2]) for a in _alias_table()[2] if not a.isupper()))
family("legal.acronym", lambda: (a.lower() for a in _alias_table()[2] if a.isupper()))
family("legal.resolution", lambda: ["resolution"])
family("legal.adopted", lambda: ["passed", "adopted", "approved", "issued"])
family("legal.article", lambda: ["article", "art."])
family("legal.court", lambda: (name.lower() for name in _lexicon()["courts"]["names"]))
family("legal.generic_court", lambda: ["court", "tribunal"])
family("legal.decision", lambda: _lexicon()["courts"]["decisions"])
family("legal.head", lambda: (h.lower() for key in ("heads", "dated_heads", "dated_heads_lowercase")
                              for h in _lexicon()["patterns"][key]))

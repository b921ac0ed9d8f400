"""Breakdowns: figures that split a total by group or cause. "613 people, including 63 children, 106 women and
70 elderly", "of whom 40 died of gunshot wounds", "150 of them", "613 civilians (63 children, 106 women)".

`link(text, mentions)` runs before measures: it sets `parent` and `subgroup`. `settle(text, mentions)` runs
after them: a breakdown takes its total's measure unless its own clause gives it another one, in which case it
is a figure of its own ("1275 were taken hostage (the fate of 150 of them remains unknown)": 150 is missing).
Parts listed with no stated total keep subgroup null (FORMAT.md).
"""
from __future__ import annotations

import re
from functools import cache

from claimledger.extract import predicates, units
from claimledger.extract.mention import Mention
from claimledger.lexicons import load

_CUE_BEFORE = re.compile(
    r"(?:\b(?:of|among)\s+(?:them|those|these|whom)(?:\s+[a-z]+){1,4}\s*,|\bincluding|\bincl\.|\bamong\s+them|\bamong\s+whom|\bof\s+whom|\bof\s+them|\bof\s+which|\bamong\s+those|"
    r"\bamong\s+the\s+(?:dead|victims|killed|wounded|injured|missing|hostages)|\bsuch\s+as|\bmostly|\bmainly|"
    r"\bin\s+particular|\bnotably|\bincluded)\s*,?\s*(?:were|are|was)?\s*:?\s*$",
    re.IGNORECASE,
)
_OF_THE_TOTAL = re.compile(r"\b(?:of|among)\s+(?:the|these|those)\s+$", re.IGNORECASE)
_COMMA = re.compile(r"[^,;:()]{0,40},\s*")
_SUBSET_CUE = re.compile(r"\s*(?:of|among)\s+(?:whom|them|those|these|which)\b", re.IGNORECASE)
_COLON_LIST = re.compile(r"[^,;:.()]{1,50}:\s*$")  # "3,309 victims in the whole raid: 2,550 Serbs, ..."
_COLON_AFTER = re.compile(r"[ \t]*:[ \t]*")
_PAREN_OPEN = re.compile(r"\s*[(\[]\s*(?:including\s+)?$", re.IGNORECASE)
_OF_THEM_AFTER = re.compile(r"\s*(?:of\s+them|of\s+whom|of\s+those|of\s+these)\b", re.IGNORECASE)
_CONTINUE = re.compile(
    r"(?:\s+(?:were|was|are)\s+[^,;:.()\d]{1,40}?)?\s*(?:,|;|and|&|,\s*and|as\s+well\s+as|plus)\s*",
    re.IGNORECASE,
)
_DROP_WORDS = frozenset({"of", "the", "other", "more", "additional", "further", "their", "these", "those", "its",
                         "them", "whom", "which"})


_PHRASE = re.compile(
    r"\s*(?:of\s+(?:them|whom|those|these|the\s+(?:dead|victims|wounded|injured|deaths|deceased|killed|bodies))"
    r"\s*,?\s*)?(?P<copula>(?:(?:were|was|are|is|had|have|"
    r"has|been|also|reportedly|remain|remains|remained)\s+)*)(?P<phrase>[^,;:.()\[\]]{2,60}?)\s*"
    r"(?=[,;:.()\[\]]|\s+and\s+\d|\s+and\s+(?:a|an|the)\s|\s+and\s+\w+\s+(?:were|was|are|died)\b|"
    r"\s+and\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|several|dozens)\b|$)",
    re.IGNORECASE,
)
_PHRASE_VERBS = re.compile(
    r"(?:died|killed|dead|perished|murdered|shot|froze|burned|drowned|executed|by|from|with|of|"
    r"women|men|children|girls|boys|elderly|civilians|soldiers|over|under|aged|"
    r"(?:in\s+)?(?:a\s+)?(?:serious|critical|stable|grave|severe)\s+condition)\b",
    re.IGNORECASE,
)
_CONDITION = re.compile(r"(?:in\s+)?(?:a\s+)?(?:serious|critical|stable|grave|severe)\s+condition", re.IGNORECASE)
_PREPOSITION = re.compile(r"\s+(?:of|in|from|at|on|for|with|who|which|that)\s+", re.IGNORECASE)
# "died of gunshot wounds"; after a first cause the verb is left out: "19 of shrapnel wounds", "7 from burns"
_CAUSE = re.compile(r"(?:(?:died|killed|perished|dead)\s+)?(?:of|from|by|as\s+a\s+result\s+of)\s+(.+)", re.IGNORECASE)


@cache
def _age_phrase() -> re.Pattern[str]:
    """An age bracket as a group: "under 18", "older than 70" (the comparisons of `numbers.toml`)."""
    words = sorted(load("numbers")["not_figures"]["age_comparisons"], key=len, reverse=True)
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?:{alternation})\s+\d{{1,3}}(?:\s+years?(?:\s+old)?)?", re.IGNORECASE)


def _words_start(m: Mention) -> int:
    """Where a part's own words start: after its number, or after the sign of a percentage ("58% were men")."""
    return m.tail if m.unit == "percent" else m.end


def _phrase(text: str, m: Mention) -> str | None:
    """What a breakdown without a noun says of its part: "died of gunshot wounds", "by shrapnel", "were women"."""
    found = _PHRASE.match(text, _words_start(m), m.sentence[1])
    if not found:
        return None
    phrase = " ".join(found.group("phrase").split())
    if phrase.lower().startswith(("including", "among")):
        return None
    if any(c.isdigit() for c in phrase):  # "of whom 32 were under 18"; "410 were children under 14": children
        age = _age_phrase().search(phrase)
        if not age or age.end() != len(phrase) or any(c.isdigit() for c in phrase[:age.start()]):
            return None
        phrase = phrase[:age.start()].strip() or phrase
    copula = bool(found.group("copula").strip()) or text[m.end:found.start("phrase")].strip().lower().startswith("of")
    if copula and not _PHRASE_VERBS.match(phrase):
        phrase = _PREPOSITION.split(phrase)[0]  # "were servicemen of the armed forces" -> "servicemen"
    if len(phrase.split()) > 9 or not (_PHRASE_VERBS.match(phrase) or (copula and len(phrase.split()) <= 4)):
        return None
    condition = _CONDITION.match(phrase)
    if condition:
        return condition.group(0)  # "remain in serious condition at the hospital": the condition is the group
    cause = _CAUSE.match(phrase)
    return cause.group(1) if cause else phrase


_PLACE_AFTER = re.compile(r"\s+((?:in|at|on|inside|outside|near)\s+[^,;:()\[\]\d]{2,50}?)\s*(?=[,;)\]]|\s+and\s+\d)",
                          re.IGNORECASE)


def _place_in_brackets(text: str, m: Mention) -> re.Match[str] | None:
    """"48 (42 in the Trade Unions House, 6 in street fighting)": a part inside a parenthesis, named by where it
    happened. Only inside an open parenthesis of its sentence, where a bare "in ..." cannot be the main clause."""
    opening = text.rfind("(", m.sentence[0], m.start)
    if opening < 0 or ")" in text[opening:m.start]:
        return None
    return _PLACE_AFTER.match(text, m.end, m.sentence[1])


def _bracketed_place(text: str, m: Mention) -> str | None:
    found = _place_in_brackets(text, m)
    return " ".join(found.group(1).split()) if found else None


def _phrase_end(text: str, m: Mention) -> int:
    """End of what a breakdown without a noun says of itself ("120 died of gunshot wounds| and 23 froze")."""
    found = _PHRASE.match(text, _words_start(m), m.sentence[1])
    if found and _phrase(text, m):
        return found.end("phrase")
    place = _place_in_brackets(text, m)
    if place:
        return place.end(1)
    bare = _bare_match(text, m)
    return bare.end(1) if bare else m.tail


_SIGNS = frozenset({"%", "percent", "per", "cent"})
_GENERIC = frozenset({"people", "persons", "person", "individuals", "civilians"})
# no group of a total: "41 deaths, 23 of them children, and 112 people injured" starts a count of its own
_ANYONE = frozenset({"people", "persons", "person", "individuals"})


def _subgroup(m: Mention, text: str) -> str | None:
    partitive = (m.unit_text or "").lower().startswith("of the ")  # "Thirty-four of the victims were policemen"
    words = [] if partitive else [w for w in (m.unit_text or "").split()
                                  if w.lower() not in _DROP_WORDS and w.lower() not in _SIGNS]
    if words:  # "of whom 58% were men": the group follows the sign, not the sign itself
        if words[-1].lower() in _GENERIC and m.unit_end is not None:
            age = _age_phrase().match(text, m.unit_end + 1, m.sentence[1])
            if age and text[m.unit_end:m.unit_end + 1] == " ":
                return age.group(0)  # "at least six people over 70": the age bracket is the group
        return " ".join(words)
    return _phrase(text, m) or _bracketed_place(text, m) or _bare_group(text, m)


# one lower-case noun closing a list item: "of whom 24 were patients, 14 staff and 4 caretakers"
_BARE_GROUP = re.compile(r"[ \t]+([a-z][\w-]{2,})[ \t]*(?=,|;|\.|\band\b|$)")


def _bare_match(text: str, m: Mention) -> re.Match[str] | None:
    found = _BARE_GROUP.match(text, m.end, m.sentence[1])
    return found if found and not predicates.find(text, found.start(1), found.end(1)) else None


def _bare_group(text: str, m: Mention) -> str | None:
    found = _bare_match(text, m)
    return found.group(1) if found else None


_OPENS_ON_TOTAL = re.compile(
    r"\s*(?:[\w'’]+\s+){0,6}?(?:of|among)\s+(?:these|them|those|the\s+(?:dead|victims|killed|bodies|deceased))\b"
    r"(?:\s+[\w'’-]+){0,4}?\s*(?:,|\s+were|\s+was|\s+are)?\s*(?:also\s+)?$",
    re.IGNORECASE,
)
_THE_HARMED = r"(?:the\s+)?(?:victims|dead|deceased|killed|wounded|injured)\s+"
_INCLUDE = r"(?:include[sd]?|including|comprised?)"
_DEAD_INCLUDE = re.compile(r"\s*" + _THE_HARMED + r"(?:" + _INCLUDE + r"|were)\s*", re.IGNORECASE)
# "According to the commission, the victims included 63 children": the same after an opening phrase
_DEAD_INCLUDE_AFTER_OPENER = re.compile(r"[,;:]\s*" + _THE_HARMED + _INCLUDE + r"\s*$", re.IGNORECASE)
_VICTIMS_OPEN = re.compile(r"\s*(?:the\s+)?(?:victims|dead|deceased|killed)\s*(?:,|:|\s+were)\s*", re.IGNORECASE)
# "Estimates of the dead ranged from ...": a count of the whole, not a part of an earlier total
_COUNT_OF = re.compile(r"\b(?:estimates?|numbers?|toll|count|figures?|tally|totals?)\s+of\s+the\b", re.IGNORECASE)
_ANOTHER = re.compile(r"\s*(?:another|a\s+further|further)\s+", re.IGNORECASE)
_AMONG_THE_DEAD = re.compile(r"\b(?:of|among)\s+the\s+(?:dead|killed|deceased)\b", re.IGNORECASE)
_OF_THE_DEAD_AFTER = re.compile(
    r"\s*of\s+the\s+(?:(?P<dead>dead|victims|bodies|deceased|killed|deaths)|wounded|injured)\b", re.IGNORECASE)


def _colon_list(text: str, prev: Mention, m: Mention) -> bool:
    """A list after a colon that counts a harm: "412 citizens lost their lives: 228 civilians, 170 servicemen"."""
    if _COLON_LIST.fullmatch(text, prev.end, m.start) is None:
        return False
    return any(p.measure == "killed" for p in predicates.find(text, prev.end, m.start))


def _whole_of(text: str, m: Mention, earlier: Mention | None, dead: Mention | None,
              wounded: Mention | None) -> Mention | None:
    """The total "N of the dead" or "N of the wounded" takes a part of: the last count of that harm, else the
    last total when it counts the same harm."""
    found = _OF_THE_DEAD_AFTER.match(text, m.end)
    if found is None:
        return None
    if found.group("dead"):
        return dead or (earlier if earlier is not None and earlier.measure in (None, "killed") else None)
    return wounded or (earlier if earlier is not None and earlier.measure == "injured" else None)


def link(text: str, mentions: list[Mention], earlier: Mention | None = None, dead: Mention | None = None,
         wounded: Mention | None = None) -> None:
    """Set parent and subgroup on the breakdown figures of one sentence. `earlier` is the total the sentences
    just before gave, for "Of these, 78 were men" and "Among the dead were 4 citizens of ..."; `dead` the last
    count of the killed among them, for "Of the dead, 11 were children" after "34 were killed and scores wounded"."""
    listed: set[int] = set()  # breakdowns that are items of a list ("including 63 children, 106 women")
    for i, m in enumerate(mentions):
        if i == 0:
            if dead is not None and _AMONG_THE_DEAD.search(text, m.sentence[0], m.start):
                earlier = dead
            if (earlier is not None and _OPENS_ON_TOTAL.fullmatch(text, m.sentence[0], m.start)
                    and not _COUNT_OF.search(text, m.sentence[0], m.start)):
                m.parent = earlier
                m.subgroup = _subgroup(m, text)
                listed.add(id(m))
            elif (earlier is not None and _ANOTHER.fullmatch(text, m.sentence[0], m.start) and not m.unit
                  and (sub := _phrase(text, m)) and not predicates.find(text, m.end, m.sentence[1])):
                m.parent, m.subgroup = earlier, sub  # "Another 22 were servicemen."
            elif (earlier is not None and _VICTIMS_OPEN.fullmatch(text, m.sentence[0], m.start)
                  and (m.unit or "").lower() in _SEX_AGE) or (
                    earlier is not None and m.unit and (_DEAD_INCLUDE.fullmatch(text, m.sentence[0], m.start)
                                                        or _DEAD_INCLUDE_AFTER_OPENER.search(text, m.sentence[0],
                                                                                             m.start))):
                # "The dead include 19 police officers, four soldiers and 12 civilians": parts of the last total
                m.parent = earlier  # "The victims, 19 men, 6 women and 23 children, had ..."
                m.subgroup = _subgroup(m, text)
                listed.add(id(m))
            elif (earlier is not None and _OF_THEM_AFTER.match(text, m.end, m.sentence[1])
                  and not text[m.sentence[0]:m.start].strip() and (sub := _subgroup(m, text))
                  and not predicates.find(text, m.end, min(m.sentence[1], m.end + len(sub) + 30))):
                # "Some 70,000 of them were Jews." (not "About 200 of them were shot there": a deed of its own)
                m.parent, m.subgroup, m.subset = earlier, sub, True
                listed.add(id(m))
            elif (whole := _whole_of(text, m, earlier, dead, wounded)) is not None and (
                    not m.unit or (m.unit_text or "").lower().startswith("of ")):  # "Thirty-four of the victims"
                m.parent = whole
                m.subgroup = _subgroup(m, text)
                listed.add(id(m))  # "173 of the victims died of gunshot wounds and 29 of burns"
            continue
        prev = mentions[i - 1]
        gap = text[prev.tail:m.start]
        said = _phrase_end(text, prev) if prev.parent is not None and (
            not prev.unit or prev.unit == "percent") else prev.tail
        if prev.parent is not None and id(prev) in listed and _CONTINUE.fullmatch(text, said, m.start) and (
                m.unit or _phrase(text, m) is not None or _bracketed_place(text, m) or _bare_group(text, m)
        ) and not predicates.find(
                text, said, m.start) and (_subgroup(m, text) or "").lower() not in _ANYONE:
            m.parent = prev.parent
        elif _OF_THE_TOTAL.search(text, max(m.sentence[0], prev.start - 12), prev.start) and _COMMA.fullmatch(gap):
            m.parent = prev  # "Of the 200 victims, 40 died of gunshot wounds"
        elif (cue := _CUE_BEFORE.search(gap)) or _colon_list(text, prev, m):
            # a list item with a group ("51 women, among them 13 children") hands on its total; a subset count
            # ("150 of them, including 68 women") is the total of what follows
            m.parent = prev.parent if id(prev) in listed and prev.subgroup else prev
            if cue and _WHOM.search(cue.group(0)) and (prev.unit or "").lower() in _PLACES and i >= 2:
                m.parent = mentions[i - 2]  # "1,146 dead in eleven villages, of whom 388 were children"
            elif cue and (prev.unit or "").lower() in _HOUSEHOLDS and i >= 2 and _OF_COUNTED.fullmatch(
                    text, mentions[i - 2].tail, prev.start):
                m.parent = mentions[i - 2]  # "37 members of three families, including 11 children"
            m.subset = bool(cue and _SUBSET_CUE.match(cue.group(0)))
        elif _appositive(text, prev, m, mentions[i + 1:]):
            m.parent = prev  # "181 bodies were examined, 130 men and 51 women"
        elif _PAREN_OPEN.fullmatch(gap) and prev.parent is None and (m.unit is not None or _bracketed_place(text, m)):
            m.parent = prev
        elif _COLON_AFTER.fullmatch(gap) and prev.parent is None and m.unit is not None:
            m.parent = prev  # "put the dead at 139: 35 police officers, 12 civilians and 92 attackers"
        elif _OF_THEM_AFTER.match(text, m.end, m.sentence[1]) and (
                not m.unit or (m.unit_text or "").lower().startswith(("of them", "of whom"))):
            m.parent = prev.parent or prev  # "121 of them children", "150 of them"
            m.subset = True
            m.subgroup = _subgroup(m, text)
            if m.subgroup:
                listed.add(id(m))
            continue
        else:
            continue
        listed.add(id(m))
        if m.parent is not None and m.parent.amount.vague and not m.amount.vague and not _CUE_BEFORE.search(gap):
            m.parent = None
            continue
        m.subgroup = _subgroup(m, text)
    _summed_parts(text, mentions)
    if earlier is not None:
        _labelled_parts(text, mentions, earlier)


_GROUP_LABEL = re.compile(r"(?:^|[·|;,\t])[ \t]*([A-Za-z][\w ]{1,20}?)[ \t]*:[ \t]*\Z", re.MULTILINE)


def _labelled_parts(text: str, mentions: list[Mention], earlier: Mention) -> None:
    """An infobox row of groups under a total: "Victims / Official: 340 / Men: 192 · Women: 60 · Children: 88"."""
    if "\n" not in text[earlier.end:mentions[0].start] or text.count("\n", earlier.end, mentions[0].start) > 2:
        return
    own = _GROUP_LABEL.search(text, text.rfind("\n", 0, earlier.start) + 1, earlier.start)
    if own is not None and own.group(1).strip().lower() not in _TOTAL_LABELS:
        return  # "Krajina Serb forces: 560 killed / Civilians: 677": rows of their own, not parts of the one above
    groups = units.group_nouns()
    for m in mentions:
        line_start = text.rfind("\n", 0, m.start) + 1
        label = _GROUP_LABEL.search(text, line_start, m.start)
        if m.parent is None and label and units.singular(label.group(1).strip().lower()) in groups:
            m.parent, m.subgroup = earlier, label.group(1).strip()


_TOTAL_LABELS = frozenset({"official", "unofficial", "total", "victims", "deaths", "dead", "killed", "casualties",
                           "toll", "death toll"})


_SUM_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|:\s*|\s+[–-]\s+)")
# "32 dead, 26 ...", "42 members of the security forces, 30 officers and 12 police": the total's own noun
_SUM_OPEN = re.compile(r"(?:\s+[a-z]+){0,2}\s*(?:,|:|\s+[–-])\s*|(?:\s+[a-z]+){0,2}\s+(?:of|from)\s+(?:the\s+)?"
                       r"[\w'’-]+(?:\s+[\w'’-]+){0,2}\s*,\s*")


def _summed_parts(text: str, mentions: list[Mention]) -> None:
    """"lost 42 men, 30 officers and 12 police", "admitted 32 dead, 26 Armenians and 6 Azerbaijanis": counts with
    groups listed right after a figure that add up to it exactly are its parts."""
    for i, m in enumerate(mentions):
        total = m.q.value
        if m.parent is not None or total is None or m.q.qualifier != "exact" or m.amount.vague:
            continue
        parts: list[Mention] = []
        reached, end = 0.0, m.tail
        for n in mentions[i + 1:]:
            gap = _SUM_OPEN if not parts else _SUM_GAP
            if n.parent is not None or n.q.value is None or n.q.qualifier != "exact" or n.amount.vague or not (
                    gap.fullmatch(text, end, n.start)):
                break
            parts.append(n)
            reached, end = reached + n.q.value, n.tail
            if reached >= total:
                break
        if len(parts) >= 2 and reached == total and all(n.unit and n.unit != "percent" for n in parts):
            for n in parts:
                n.parent, n.subgroup = m, _subgroup(n, text)


_WHOM = re.compile(r"\bwhom\b", re.IGNORECASE)
# counted places and things that "of whom" cannot break down: the people counted before them are the total
_PLACES = frozenset({"village", "hamlet", "town", "city", "settlement", "district", "region", "camp", "house", "home",
                     "building", "country", "state", "province", "street", "school", "hospital", "day", "week",
                     "grave", "site", "trench", "pit"})
# groups that hold the people counted before them: "37 members of three families"
_HOUSEHOLDS = frozenset({"family", "household", "clan", "generation"})
_OF_COUNTED = re.compile(r"\s*(?:of|from|in)\s+(?:the\s+)?", re.IGNORECASE)
_SEX_AGE = frozenset({"man", "woman", "child", "boy", "girl", "elderly", "baby", "infant", "teenager"})
_WHOLE = frozenset({"body", "corpse", "person", "civilian", "victim", "individual", "resident", "inhabitant", "people"})
# "181 bodies were examined, 130 men ..."; "643 people died, according to the register: 190 men ..."
_APPOSITION_GAP = re.compile(r"[^,;:()]{0,50},\s*|[^;:()]{0,70}:\s*")


def _appositive(text: str, total: Mention, m: Mention, rest: list[Mention]) -> bool:
    """A list of sex or age groups set after a count of people or bodies, with no verb of its own."""
    if total.parent is not None or (total.unit or "").lower() not in _WHOLE or (m.unit or "").lower() not in _SEX_AGE:
        return False
    if not _APPOSITION_GAP.fullmatch(text, total.tail, m.start):
        return False
    end = m.sentence[1]
    for nxt in rest:
        if (nxt.unit or "").lower() not in _SEX_AGE:
            end = nxt.start
            break
    return not [p for p in predicates.find(text, m.tail, end) if not p.weak]


def settle(text: str, mentions: list[Mention]) -> None:
    """Give each breakdown its total's measure, or cut it loose when its own predicate says otherwise."""
    for m in mentions:
        if m.parent is None:
            continue
        own = _own_measure(text, m)
        parent_measure = m.parent.measure
        if own is not None and own != parent_measure:
            m.parent = None
            m.subgroup = None
            m.measure = own
        else:
            m.measure = parent_measure


_OWN_LEFT_GAP = re.compile(r"\s*(?:of|the|for)?\s*")
_OWN_RIGHT_GAP = re.compile(r"\s*(?:of\s+(?:them|whom|those|these)\s*,?)?\s*"
                            r"(?:(?:were|was|are|is|have|has|had|been|being|got|taken|held|later|also|then|\w+ly|"
                            r"still|since|remains?|reportedly|"
                            r"(?:described|listed|recorded|registered|classified|counted|reported|confirmed|marked)\s+as)"
                            r"\s+)*",
                            re.IGNORECASE)


def _own_measure(text: str, m: Mention) -> str | None:
    """A predicate that governs the breakdown itself: right before it ("the fate of 150 of them") or right after
    its noun before the next figure ("of whom 40 died ...")."""
    s_start, s_end = m.sentence
    left = [p for p in predicates.find(text, max(s_start, m.start - 25), m.start) if not p.weak]
    if left and _OWN_LEFT_GAP.fullmatch(text, left[-1].end, m.start):
        return left[-1].measure
    window_end = min(s_end, m.tail + 40)
    right = [p for p in predicates.find(text, m.tail, window_end) if not p.weak]
    if right:
        gap = text[m.tail:right[0].start]
        if _OWN_RIGHT_GAP.fullmatch(gap):
            return right[0].measure
    return None

"""Which measure each figure of a sentence counts: the nearest governing predicate in its own clause.

Order of preference for one figure (breakdowns are handled in `breakdowns.py` and skipped here):
1. a predicate right after the figure and its noun, past auxiliaries only ("613 civilians were killed");
2. a predicate right before it ("killed 613", "the death toll at no fewer than 40", "fate of 150");
3. the first predicate after it in its clause, strong ones before weak ones;
4. the nearest predicate before it in its clause;
5. the measure of a figure it is listed with ("30 officers and 12 police were killed", "Deaths: 40+ (UN), 57");
6. a short label line above it (infobox rows: "Deaths" on one line, "613 (official)" on the next);
then the unit may impose or filter the measure (families, bodies, countries, money, counted things), and a
figure that no predicate governs counts something that is not harm: `other`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from claimledger.extract import predicates, units
from claimledger.extract.mention import Mention
from claimledger.extract.predicates import Predicate
from claimledger.lexicons import load

_BOUNDARY = re.compile(r";|\s[-–—]\s|\bwhile\b|\bwhereas\b|\bbut\b|\bwhile\b|\.\s", re.IGNORECASE)
_AUX = re.compile(
    r"\s*(?:(?:were|was|are|is|have|has|had|been|being|be|got|get|reportedly|allegedly|also|all|then|later|"
    r"subsequently|either|eventually|still|not|who|which|that|\w+ly|taken|went|gone|go|lost|left|in\s+total|total)\s*)*"
    r"[,]?\s*",
    re.IGNORECASE,
)
_ADJACENT_LEFT = re.compile(
    r"\s*(?:[:(\-–—|]\s*)?(?:(?:of|at|to|is|was|were|are|as|by|the|a|an|total|totall?ed|reached|numbered|stood|stands|"
    r"put|rose|climbed|amounted|among|estimated|being|be|some|about|counted|brought|nearly)\s+){0,3}[:(\"“'‘]?\s*",
    re.IGNORECASE,
)
_NEAR_LEFT = re.compile(r"[^,;:.]{0,30}")
_LIST_GAP = re.compile(
    r"(?:\s|\([^()]{0,60}\)|\[\w{1,5}\]|[,;/&]|\band\b|\bor\b|\bas\s+well\s+as\b|"
    r"\b(?:perhaps|possibly|maybe|probably|even)\b)*",
    re.IGNORECASE,
)
_SUBORDINATE = re.compile(r"\b(?:as|when|after|before|because|since|while|until)\s+(?:they|he|she|we|it|the|their|"
                          r"its|these|those)\b|\b(?:who|which|whom|where)\b", re.IGNORECASE)
_ASIDE_END = re.compile(r"[,;)]")
_ELLIPSIS_END = re.compile(r"(?:,|\band)\s*$")
_PEOPLE = frozenset({"person", "people", "civilian", "inhabitant", "resident", "citizen", "life"})
_HARM = frozenset({"killed", "injured", "hostage", "missing", "expelled", "displaced", "detained", "released",
                   "orphaned", "destroyed"})


@dataclass(frozen=True)
class _UnitRules:
    recognitions: frozenset[str]
    not_harm: frozenset[str]
    bodies: frozenset[str]
    things: frozenset[str]
    family: frozenset[str]
    currency: frozenset[str]
    bodies_other: re.Pattern[str]
    residents: frozenset[str]
    names_of_dead: re.Pattern[str]  # a list or memorial in the sentence: its names are the dead
    names_of_others: re.Pattern[str]  # a petition's or the missing's names


@cache
def _unit_rules() -> _UnitRules:
    lex = load("measures")
    u = lex["units"]
    return _UnitRules(
        frozenset(u["recognitions"]), frozenset(u["not_harm"]), frozenset(u["bodies"]), frozenset(u["things"]),
        frozenset(u["family"]), frozenset(u["currency"]),
        re.compile(r"\b(?:" + "|".join(lex["bodies"]["other"]) + r")\b", re.IGNORECASE),
        frozenset(u["residents"]),
        re.compile(r"\b(?:" + "|".join(lex["names"]["of_the_dead"]) + r")\b", re.IGNORECASE),
        re.compile(r"\b(?:" + "|".join(lex["names"]["of_others"]) + r")", re.IGNORECASE),
    )


def _clause_start(text: str, lo: int, pos: int) -> int:
    last = lo
    for m in _BOUNDARY.finditer(text, lo, pos):
        last = m.end()
    return last


def _clause_end(text: str, pos: int, hi: int) -> int:
    m = _BOUNDARY.search(text, pos, hi)
    return m.start() if m else hi


def assign(text: str, mentions: list[Mention], previous_lines: list[tuple[int, int]],
           carried: str | None = None, spoken: str | None = None) -> None:
    """Set `measure` on every mention of one sentence (in order). Breakdowns take their parent's later.
    `carried` is the harm the sentences before were counting: "The number of dead is disputed. The government's
    figure is 613." `spoken` the one harm the sentence before spoke of without a figure: "Crews found bodies in
    the snow. One pilot said he had counted at least 60." """
    if not mentions:
        return
    s_start, s_end = mentions[0].sentence
    preds = predicates.find(text, s_start, s_end)
    heads = [m for m in mentions if m.parent is None]
    children: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.parent is not None:
            children.setdefault(id(m.parent), []).append(m)
    claimed_end = s_start
    for i, m in enumerate(heads):
        nxt = heads[i + 1].start if i + 1 < len(heads) else s_end
        kids = children.get(id(m), [])
        if m is not mentions[0] and not kids and _CAUSE_AFTER.match(text, m.end) and (
                _DIED_OF.search(text, s_start, m.start)) and (not i or heads[i - 1].measure == "killed"):
            m.measure = "killed"  # "160 died of gunshot wounds, 19 of shrapnel injuries": a cause, not the wounded
            continue
        if _RATIO.match(text, m.end):
            m.measure = "other"  # "one hundred hostages for every soldier killed": a rate, not a count of harm
            continue
        hidden = [(k.start, _subset_end(text, k, s_end) if k.subset else k.tail) for k in kids]
        left_lo = _clause_start(text, max(claimed_end, heads[i - 1].tail if i else s_start), m.start)
        right_hi = _clause_end(text, m.tail, nxt) if not kids else _clause_end(text, kids[-1].tail, nxt)
        left = [p for p in preds if left_lo <= p.start and p.end <= m.start]
        right = [_inside_unit(p, m) for p in preds if p.start >= m.end and p.end <= right_hi
                 and not any(a <= p.start < b for a, b in hidden)
                 and not (_ABOUT_OTHERS.search(text, m.end, p.start) and not _PARTITIVE.match(text, m.end))
                 and not (left and _in_group_list(text, m.end, p.start))]
        if kids and m.unit and _OF_THE.search(text, max(s_start, m.start - 12), m.start):
            # "Of the 88 children, 82 were gassed": the verb after the parts is theirs; the total is counted by
            # its own noun ("Of the 613 victims, 63 were children") or by nothing
            right = [p for p in right if p.start < kids[0].start]  # "of the 184 women deported, 60 ...": its own
        chosen = _choose(text, m, left, right, kids, nxt)
        if chosen is not None and i and heads[i - 1].measure == "killed" and chosen.start >= m.end and (
                _LATER_IN_HOSPITAL.fullmatch(text, m.end, chosen.end)):
            m.measure = "killed"  # "Nineteen died on the spot and two later in hospital": the verb left out
            continue
        fate = next((p for p in right if chosen is not None and _what_became(chosen, p)
                     and p.start > chosen.end >= m.end and _AND_THEN.fullmatch(text, chosen.end, p.start)), None)
        if fate is not None:
            # "taken away at the checkpoints and never seen again", "marched to the quarry and shot": what became
            # of them is the count
            chosen = fate
        if chosen is not None:
            m.measure = chosen.measure
            if chosen.start >= m.end:
                m.measure_end = chosen.end
                claimed_end = chosen.end
    _share_with_list(text, heads)
    _share_estimates(text, heads)
    for m in heads:
        if m.measure is None:
            m.measure = _label_line(text, previous_lines)
        if m.measure is None and carried in _HARM and (_ESTIMATE.search(text, s_start, m.start)
                                                        or s_end - s_start < 60):
            m.measure = carried
        if m.measure is None and spoken is not None and not m.unit and _ESTIMATE.search(text, s_start, m.start) and (
                _BARE_AFTER.match(text, m.tail)):
            m.measure = spoken  # a bare count, with no noun of its own ("about a dozen German marksmen" has one)
    for m in heads:
        m.measure = _by_unit(text, m)


# a predicate about others than the counted: "Thousands laid flowers in memory of those who died"
_ABOUT_OTHERS = re.compile(r"\bthose\s+(?:who|that|whom)\b[^,;]*$|\b(?:in\s+memory\s+of|in\s+honou?r\s+of|"
                           r"to\s+commemorate|commemorating|mourning|to\s+mourn)\b[^,;]*$", re.IGNORECASE)
_RATIO = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:for|to)\s+(?:every|each)\b", re.IGNORECASE)
# who the counted were, after a predicate before the figure: "killed ... at 70,000, among them prisoners of war"
_GROUP_LIST = re.compile(r",\s*(?:among\s+them|among\s+whom|including|mostly|mainly)\b", re.IGNORECASE)
_LIST_END = re.compile(r",\s*(?:had|have|has|were|was|are|is|would|will)\b|[;)]", re.IGNORECASE)


def _in_group_list(text: str, start: int, at: int) -> bool:
    """Does the predicate at `at` stand inside a list of who the counted were ("..., among them Jews, Roma and
    prisoners of war"), not after it ("..., mostly women and children, had been taken hostage")?"""
    group = _GROUP_LIST.search(text, start, at)
    return group is not None and _LIST_END.search(text, group.end(), at) is None


def _what_became(first: Predicate, then: Predicate) -> bool:
    """"taken away and never seen again" (missing), "marched to the quarry and shot" (killed)."""
    return (first.measure == "hostage" and then.measure == "missing") or (
        first.measure == "other" and then.measure in _HARM)


_AND_THEN = re.compile(r"[^,;()]*\band\s+")  # one chain of verbs: "taken away at the checkpoints and never seen"
_PARTITIVE = re.compile(r"\s+(?:of|among)\s+those\b", re.IGNORECASE)  # "40 of those who fled were killed"
_LATER_IN_HOSPITAL = re.compile(r"\s+(?:(?:later|afterwards|subsequently|more)\s+)+in\s+(?:the\s+)?hospitals?",
                                re.IGNORECASE)
# a count followed by its cause of death, the verb left out after the first: "19 of shrapnel injuries", "7 from burns"
_CAUSE_AFTER = re.compile(r"\s+(?:of|from)\s+(?!them\b|whom\b|those\b|these\b|the\s)", re.IGNORECASE)
_DIED_OF = re.compile(r"\b(?:died|killed|dead)\s+(?:of|from|by)\b", re.IGNORECASE)


def _subset_end(text: str, kid: Mention, s_end: int) -> int:
    """Where what is said of a subset ends: "of whom 2,800 were identified." to the sentence end; "among them
    20 women, were taken hostage" at the comma that closes the aside."""
    m = _ASIDE_END.search(text, kid.tail, s_end)
    return m.start() if m else s_end


def _choose(text: str, m: Mention, left: list[Predicate], right: list[Predicate],
            kids: list[Mention], nxt: int) -> Predicate | None:
    after = kids[-1].tail if kids else m.tail
    if len(left) >= 2 and left[-1].measure == "other" and left[-2].measure in _HARM and (
            not text[left[-2].end:left[-1].start].strip()):
        left = left[:-1]  # "Among the dead identified by the parish were 37": the participle describes the dead
    # "Deaths 71 Injured 130+": a label standing right before the next figure is that figure's
    outside = [p for p in right if p.start >= m.tail and not (
        text[p.start].isupper() and nxt < len(text) and _ADJACENT_LEFT.fullmatch(text, p.end, nxt))]
    if outside and left and not left[-1].weak and _ADJACENT_LEFT.fullmatch(text, left[-1].end, m.start) and (
            "," in text[m.tail:outside[0].start]):
        return left[-1]  # "killed 12 people, wounded 30": the verb before the figure, not the next clause's
    if outside:
        first = outside[0]
        gap_start = m.tail if first.start < after else after
        if _AUX.fullmatch(text, gap_start, first.start):
            return _strongest_run(text, outside)
    if left:
        last = left[-1]
        own_noun = [p for p in right if p.start < m.tail] if m.unit != "percent" else []
        captives = bool(own_noun) and last.measure == "killed" and text[last.start].islower() and all(
            p.measure in _CAPTIVITY for p in own_noun)
        if _ADJACENT_LEFT.fullmatch(text, last.end, m.start) and "," not in text[last.end:m.start] and not (
                last.weak and own_noun and not captives and not (_row_label(text, last)
                                                                 and _ROW_END.match(text, m.tail))):
            # "held 5,000 refugees": the noun says more than a weak verb, but not than a row label, and not
            # what was done to captives ("shot 40 prisoners" kills them)
            return last
    # a verb right before the next figure governs that one: "fired 600 rockets, wounding dozens"
    right = [p for p in right if not _ADJACENT_LEFT.fullmatch(text, p.end, nxt)]
    strong_right = [p for p in right if not p.weak and p.start >= m.tail]
    strong_left = [p for p in left if not p.weak]
    if strong_right and strong_left and "," in text[m.tail:strong_right[0].start] and \
            _NEAR_LEFT.fullmatch(text, strong_left[-1].end, m.start):
        return strong_left[-1]  # "the dead ranged from 24, the number the rebels acknowledged": an aside
    if strong_right:
        return strong_right[0]
    inside = [p for p in right if p.start < m.tail]
    if inside:  # its own noun or modifier: "613 victims", "forcibly displaced persons", "at least 12 deaths"
        return inside[-1]
    if strong_left and len(text[strong_left[-1].end:m.start].split()) <= 15:
        return strong_left[-1]
    if right:
        return right[0]
    if left and len(text[left[-1].end:m.start].split()) <= 15:
        return left[-1]
    return None


_CAPTIVITY = frozenset({"hostage", "detained"})
_ROW_END = re.compile(r"[ \t]*(?:[(\[]|\n|$)")


def _row_label(text: str, p: Predicate) -> bool:
    """An infobox row's label: the predicate opens its line ("Victims 2,400 prisoners")."""
    line_start = text.rfind("\n", 0, p.start) + 1
    return not text[line_start:p.start].strip()


def _inside_unit(p: Predicate, m: Mention) -> Predicate:
    """A predicate word inside the figure's noun phrase ("forcibly displaced persons") counts, but the noun
    itself ("150 hostages", "613 victims") only weakly: its clause may say what happened to them."""
    if p.end >= m.tail > p.start:
        return Predicate(p.start, p.end, p.measure, weak=True)
    return p


def _strongest_run(text: str, right: list[Predicate]) -> Predicate:
    """The first predicate after the figure; when it is weak ("living"), a strong one later in the clause wins,
    but not one in a clause of its own ("were shot as they fled": they were shot)."""
    first = right[0]
    if first.weak:
        for p in right[1:]:
            if _SUBORDINATE.search(text, first.end, p.start):
                break
            if not p.weak:
                return p
    return first


def _listed(text: str, a: Mention, b: Mention) -> bool:
    """b follows a in one list: only separators between them, or a short phrase with no predicate and a comma or
    "and" before b ("4,421 shot in Katyn forest, 3,820 at Kharkiv and 6,311 at Kalinin")."""
    if _LIST_GAP.fullmatch(text, a.tail, b.start):
        return True
    gap = text[a.tail:b.start]
    return (len(gap) <= 40 and bool(_ELLIPSIS_END.search(gap)) and not predicates.find(text, a.tail, b.start)
            and not _BOUNDARY.search(gap))


def _share_with_list(text: str, heads: list[Mention]) -> None:
    """Figures listed together share the predicate of the list ("30 officers and 12 police were killed")."""
    changed = True
    while changed:
        changed = False
        for a, b in zip(heads, heads[1:], strict=False):
            if not _listed(text, a, b):
                continue
            if a.measure is None and b.measure is not None and b.measure_end is not None:
                a.measure, a.measure_end = b.measure, b.measure_end
                changed = True
            elif b.measure is None and a.measure is not None:
                b.measure = a.measure
                changed = True


_ESTIMATE = re.compile(
    r"\b(?:estimates?|estimated|figures?|tally|count|counts|numbers?|totals?|sources|reach(?:es|ed)?|"
    r"put\s+it\s+at|say|says|said|claims?|according)\b",
    re.IGNORECASE,
)
# between two figures of one sentence: the second is another estimate of the first's count
_NEXT_ESTIMATE = re.compile(
    rf"{_ESTIMATE.pattern}|\b(?:reports?|reported|mentioned|spoke(?:\s+\w+){{0,3}}\s+of|speaks?\s+of|gave|gives?|giving|cites?|cited|"
    r"puts?|lists?|listed|records?|recorded|rose|revised|reduced|raised|lowered)\b",
    re.IGNORECASE,
)


_VERB_AFTER = re.compile(r"\s+(?:were|was|are|is|had|have|has)\b", re.IGNORECASE)
_ELLIPSIS_JOIN = re.compile(r"\band\b|\bor\b|,")


def _elliptic(text: str, prev: Mention, m: Mention) -> bool:
    """"214 dead and the other side no more than 40", "60,000 were killed, and up to 100,000 when ...": a figure
    joined to the one before, with no predicate between them, counts the same."""
    end = prev.measure_end if prev.measure_end is not None and prev.measure_end < m.start else prev.tail
    gap = text[end:m.start]
    if _VERB_AFTER.match(text, m.tail):
        return False  # "..., and dozens were taken to camps": a clause of its own
    return (len(gap) <= 100 and bool(_ELLIPSIS_JOIN.search(gap)) and not _BOUNDARY.search(gap)
            and not predicates.find(text, end, m.start))


_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_TO = re.compile(r"\bto\s+$", re.IGNORECASE)


def _share_estimates(text: str, heads: list[Mention]) -> None:
    """A second estimate of the same count takes its measure: "official figures put the dead at 4,250 while
    unofficial estimates reach 8,000"."""
    for i, m in enumerate(heads):
        if i == 0 or m.measure in _HARM:
            continue
        prev = heads[i - 1]
        if prev.measure in _HARM and _FROM.search(text, max(0, prev.start - 12), prev.start) and \
                _TO.search(text, prev.tail, m.start):
            m.measure = prev.measure  # "ranged from a few dozen, the number X acknowledged, to 1,000": one span
        elif m.measure is None and prev.measure in _HARM and (_NEXT_ESTIMATE.search(text, prev.tail, m.start)
                                                             or _elliptic(text, prev, m)):
            m.measure = prev.measure


_OF_THE = re.compile(r"\b(?:of|among)\s+(?:the|these|those)\s+$", re.IGNORECASE)
_OF_VICTIMS = re.compile(r"\s+of\s+(?:the\s+)?(?:victims|dead|killed|missing|hostages|deceased)\b", re.IGNORECASE)
_MEMBERS_OF = re.compile(r"\b(?:members|people|persons|relatives|individuals|children|women|men)\s+(?:of|from)\s+"
                        r"(?:the\s+)?$", re.IGNORECASE)


_BARE_AFTER = re.compile(r"\s*(?:[,;.:)]|$|(?:on|in|at|from|and|or|to|by|were|was|had|have)\b)")


def spoken_of(text: str, span: tuple[int, int]) -> str | None:
    """The one harm a sentence without figures speaks of: "their crews found bodies in the snow." before "One
    pilot said he had counted at least 60"."""
    found = {p.measure for p in predicates.find(text, *span) if p.measure in _HARM}
    return found.pop() if len(found) == 1 else None


def _label_line(text: str, previous_lines: list[tuple[int, int]]) -> str | None:
    """Infobox rows: the label stands on a short line of its own above the figures."""
    for start, end in reversed(previous_lines[-3:]):
        if end - start > 80:
            return None
        found = [p for p in predicates.find(text, start, end) if not p.weak] or predicates.find(text, start, end)
        if found:
            return found[0].measure
    return None


_SHARE_OF = re.compile(r"\s+of\s+(?:the|its|their|all)?\s*(?:[\w-]+\s+){0,2}?([\w-]+s)\b", re.IGNORECASE)
_BODIES_FOUND = re.compile(r"\b(?:recovered|found|examined|exhumed|counted|brought|collected|seen|lay|lying)\b",
                           re.IGNORECASE)


def _said_of_bodies(text: str, m: Mention, pattern: re.Pattern[str]) -> bool:
    """Identified, buried, handed over: said of these bodies in the figure's own clause, not further off."""
    s_start, s_end = m.sentence
    before = text[max(s_start, m.start - 30):m.start]
    after = text[m.tail:min(s_end, m.tail + 30)]
    before = before[before.rfind(",") + 1:]
    after = after.split(",")[0]
    said = pattern.search(after)
    found = _BODIES_FOUND.search(after)
    if said and found and found.start() < said.start():
        return False  # "447 bodies recovered from a burial site": recovered is what is said of them
    return bool(pattern.search(before) or said)


def _by_unit(text: str, m: Mention) -> str:
    """The measure the figure's unit imposes or allows."""
    r = _unit_rules()
    unit = (m.unit or "").lower()
    measure = m.measure
    s_start, s_end = m.sentence
    if unit in r.not_harm:
        return "other"
    if unit in r.recognitions:
        found = predicates.find(text, s_start, s_end)
        return "recognitions" if any(p.measure == "recognitions" for p in found) else "other"
    if measure == "recognitions":  # only bodies that can recognise: countries, states, parliaments
        return "other"
    if unit in r.bodies:
        return "other" if _said_of_bodies(text, m, r.bodies_other) else "killed"
    if unit in r.residents and measure is None:
        return "population"  # "Khojaly had about 7,000 residents before the war"
    if unit == "name" and measure in (None, "other") and r.names_of_dead.search(text, s_start, s_end) and not (
            r.names_of_others.search(text, s_start, s_end)):
        return "killed"  # "the memorial lists 490 names", "a plaque listed 112 names": the names of the dead
    if unit in r.family and measure in ("killed", "destroyed", "other"):
        if _MEMBERS_OF.search(text, max(s_start, m.start - 40), m.start) or _OF_VICTIMS.match(text, m.tail):
            # "37 members of three families", "several dozen families of victims were housed": the families
            # hold the counted or mourn them; they are no harm
            return "other"
        return "destroyed" if measure != "other" else "other"
    if unit in r.currency:
        return "damage" if measure in ("damage", "destroyed") else "other"
    if measure == "damage":  # money counts damage; "cost 13,000 lives", "losses at 3 million people" the dead
        return "killed" if (m.unit_text or "").lower().endswith("lives") or unit in _PEOPLE else "other"
    share_of = (m.unit_text or "").split()[-1:] if unit == "percent" else []
    if share_of and share_of[0].lower() in ("%", "percent", "per cent", "cent"):
        noun = _SHARE_OF.match(text, m.tail, s_end)  # "40% of the homes": a share of homes
        share_of = [noun.group(1)] if noun else []
    counted = units.singular(share_of[0]).lower() if share_of else unit
    if counted in r.things and measure not in ("destroyed", "damage", "population"):
        return "other"  # houses, villages, territory ("one-fifth of the territories") are not people
    return measure or "other"

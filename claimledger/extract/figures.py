"""Figure claims: every count a document states, with its qualifier, bounds, measure, unit, breakdown, event and
attribution (schema kind `figure`).

A short pipeline over the sentences that can hold a number (`prefilter`):
amounts (`numbers`) -> not-figures dropped (`nonfigures`) -> qualifier and bounds (`qualifiers`) -> unit
(`units`) -> breakdown links (`breakdowns.link`) -> measures (`measures`) -> breakdown measures
(`breakdowns.settle`) -> table columns (`tables`) -> Claims with the event (`ctx.event_for`) and the
speaker (`ctx.attribution`).
"""
from __future__ import annotations

import re

from claimledger.extract import breakdowns, measures, nonfigures, prefilter, qualifiers, tables, units
from claimledger.extract.context import DocContext
from claimledger.extract.mention import Mention
from claimledger.extract.numbers import find_amounts
from claimledger.model import Claim

_OPEN_HIGH = re.compile(r"\s+(?:and|or|to)\s+(?:possibly|perhaps|maybe|even|probably)\s+", re.IGNORECASE)


def sentence_mentions(text: str, start: int, end: int) -> list[Mention]:
    """The figures of one sentence, before measures: amounts that are figures, qualified, with units."""
    out: list[Mention] = []
    for amount in find_amounts(text, start, end):
        if nonfigures.why_not(text, amount) is not None:
            continue
        q = qualifiers.qualify(text, amount, start, end)
        if out and q.start < out[-1].end:
            continue  # a qualifier cannot swallow the figure before it
        if out and q.qualifier == "at_most" and _OPEN_HIGH.fullmatch(text, out[-1].end, q.start) and \
                out[-1].q.value is not None and q.value is not None and out[-1].q.value < q.value:
            low = out[-1]  # "50,000 and possibly as many as 100,000": one range
            q = qualifiers.Qualified(low.start, q.end, "range", None, low.q.value, q.value)
            out[-1] = Mention(amount=low.amount, q=q, sentence=(start, end))
            continue
        out.append(Mention(amount=amount, q=q, sentence=(start, end)))
    for i, m in enumerate(out):
        limit = out[i + 1].start if i + 1 < len(out) else end
        unit = units.find_unit(text, m, limit)
        if unit is not None:
            m.unit, m.unit_text, m.unit_end = unit.unit, unit.text, unit.end
    return out


def extract_figures(ctx: DocContext) -> list[Claim]:
    text = ctx.text
    claims: list[Claim] = []
    spans = ctx.sentence_spans
    carried: str | None = None  # the harm the previous figures counted, for "the government's figure is 613"
    total: Mention | None = None  # the last total, for "Of these, 78 were men" in the next sentence
    dead: Mention | None = None  # the last count of the killed, for "Of the dead, 11 were children"
    wounded: Mention | None = None  # and of the wounded, for "34 of the wounded remain in a serious condition"
    last_index = -10
    made: dict[int, Claim] = {}
    for index in prefilter.candidates(text, spans):
        start, end = spans[index]
        mentions = sentence_mentions(text, start, end)
        if not mentions:
            continue
        if index - last_index > 4:
            carried, total, dead, wounded = None, None, None, None
        spoken = measures.spoken_of(text, spans[index - 1]) if carried is None and index > 0 else None
        breakdowns.link(text, mentions, total, dead, wounded)
        measures.assign(text, mentions, spans[max(0, index - 3):index], carried, spoken)
        breakdowns.settle(text, mentions)
        tables.settle(text, mentions, spans[max(0, index - 12):index])
        tables.settle_divided(text, mentions)
        heads = [m for m in mentions if m.parent is None and m.measure not in (None, "other")]
        if heads:
            carried, last_index = heads[-1].measure, index
            if total is None or mentions[0].parent is not total:  # a sentence breaking the total down keeps it
                total = heads[-1]
            dead = next((m for m in reversed(heads) if m.measure == "killed"), dead)
            wounded = next((m for m in reversed(heads) if m.measure == "injured"), wounded)
        claims.extend(_claims(ctx, mentions, (start, end), made))
    return claims


def _claims(ctx: DocContext, mentions: list[Mention], sentence: tuple[int, int],
            made: dict[int, Claim]) -> list[Claim]:
    out: list[Claim] = []
    for m in mentions:
        attribution = ctx.attribution(m.start, m.end)
        if attribution.attributed_to is None and attribution.attribution_text is None:
            attribution = ctx.attributor.owner_after(m.start, m.end) or ctx.attributor.closing_citation(m.start) \
                or attribution
        claim = Claim(
            doc=ctx.document.path, kind="figure", text=ctx.text[m.start:m.end], start=m.start, end=m.end,
            sentence_start=sentence[0], sentence_end=sentence[1],
            attributed_to=attribution.attributed_to, attribution_text=attribution.attribution_text,
            attribution_start=attribution.attribution_start, event=ctx.event_for(m.start, m.end),
            measure=m.measure, value=m.q.value, low=m.q.low, high=m.q.high, qualifier=m.q.qualifier,
            unit=m.unit, subgroup=m.subgroup,
        )
        if m.parent is not None and id(m.parent) in made:
            parent = claim.parent_claim = made[id(m.parent)]
            if claim.attributed_to is None and claim.attribution_text is None and parent.attributed_to and (
                    _same_or_next_row(ctx.text, parent.end, claim.start)):
                # "75 bodies were laid out, a doctor said; seven of them were children": a part is told by
                # whoever told its total, unless its own words name someone
                claim.attributed_to, claim.attribution_text = parent.attributed_to, parent.attribution_text
                claim.attribution_start = parent.attribution_start
        made[id(m)] = claim
        out.append(claim)
    return out


_LABEL_ROW = re.compile(r"[ \t]*[A-Z][\w ]{0,30}:[ \t]")


def _same_or_next_row(text: str, parent_end: int, start: int) -> bool:
    """A part stands in its total's line, or in the next line of a box that breaks it down ("Official: 340 (X)"
    over "Men: 192 · Women: 60")."""
    between = text[parent_end:start]
    if "\n" not in between:
        return True
    line = between.rfind("\n") + 1
    return between.count("\n") == 1 and _LABEL_ROW.match(between, line) is not None

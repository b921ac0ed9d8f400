"""The counted thing after a figure: "613 peaceful civilians" -> civilian, "8 families" -> family,
"170 million USD" -> usd, "77 percent" -> percent, "dozens of mangled corpses" -> corpse.

Known nouns come from `lexicons/units.toml`; other plural nouns (and demonyms: "Azerbaijanis", "Bosniaks")
are singularised by rule. Stops at punctuation and at words that start a predicate or a clause.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from claimledger.extract import predicates
from claimledger.extract.mention import Mention
from claimledger.lexicons import load

_TOKEN = re.compile(r"[%$€£]|[A-Za-z\u00C0-\u024F][\w'’.\-]*[\w]|[A-Za-z]|[^\s\w]")


_FRACTION_OF = re.compile(
    r"\s+of\s+(?:the|its|their|these|those|all)?\s*(?:(?:[\w-]+\s+){0,2}?[\w-]+s\b|[\w-]+)", re.IGNORECASE
)


_ID_LIST = re.compile(r"\s*\([\d,;\s]{1,40}\)")


@dataclass(frozen=True)
class Unit:
    unit: str
    text: str  # the phrase as written, from the first word after the number to the noun
    end: int


@cache
def _lexicon() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    lex = load("units")
    plural = {" ".join(k.lower().split()): v for k, v in lex["plural"].items()}
    modifiers = frozenset(w.lower() for w in lex["modifiers"])
    groups = frozenset(w.lower() for w in lex["groups"])
    return plural, modifiers, groups


@cache
def _verb_before() -> dict[str, frozenset[str]]:
    return {noun: frozenset(after) for noun, after in load("units").get("verb_before", {}).items()}


@cache
def _stop() -> frozenset[str]:
    """Words that end the search for the noun: verbs, prepositions, conjunctions."""
    return frozenset(w.lower() for w in load("units")["stop_words"])


def singular(word: str) -> str:
    """A plural noun's singular by rule ('families' -> 'family'); lexicon plurals first."""
    plural, _, _ = _lexicon()
    low = word.lower()
    if low in plural:
        return plural[low]
    if low.endswith("ies") and len(low) > 4:
        return word[:-3] + "y"
    if low.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3:
        return word[:-1]
    if low.endswith("is") and word[:1].isupper():
        return word[:-1]  # "Azerbaijanis" -> "Azerbaijani"
    return word


def group_nouns() -> frozenset[str]:
    """The nouns of groups of people, singular and lower case ("woman", "child", "police officer")."""
    return _lexicon()[2]


def _known(word: str) -> bool:
    plural, _, groups = _lexicon()
    low = word.lower()
    return low in plural or low in _singulars() or singular(low).lower() in groups


@cache
def _singulars() -> frozenset[str]:
    plural, _, _ = _lexicon()
    return frozenset(v.lower() for v in plural.values())


def _is_predicate(word: str) -> bool:
    return bool(predicates.table().pattern.fullmatch(word))


def _nounish(word: str) -> bool:
    """A word that can be the counted noun though the lexicon does not list it: a plural or a demonym."""
    low = word.lower()
    if low in _stop() or not word.isalpha() and "-" not in word:
        return False
    return low.endswith("s") and len(low) > 3 and not low.endswith(("ss", "ous", "us"))


def find_unit(text: str, m: Mention, limit: int) -> Unit | None:
    """The unit of mention `m`, looking at most four words past the figure and never past `limit`."""
    plural, modifiers, _ = _lexicon()
    if m.amount.fraction:  # "half of the hostages": a share; the noun after "of" ends the phrase
        noun = _FRACTION_OF.match(text, m.end, limit)
        return Unit("percent", noun.group(0).strip() if noun else "", noun.end() if noun else m.end)
    if m.amount.currency:
        return Unit(plural.get(m.amount.currency.lower(), "usd"), m.amount.currency, m.end)
    pos = m.end
    skipped = _ID_LIST.match(text[pos:limit])
    if skipped:  # "4 (822, 853, 874, 884) resolutions": a list of identifiers between number and noun
        pos += skipped.end()
    words: list[re.Match[str]] = []
    for tok in _TOKEN.finditer(text, pos, min(limit, pos + 80)):
        words.append(tok)
        if len(words) >= 6:
            break
    if not words:
        return None
    first = words[0].group(0)
    if first == "%":
        return Unit("percent", "%", words[0].end())
    allow_of = m.amount.vague or m.amount.words
    for i, tok in enumerate(words[:5]):
        word = tok.group(0)
        low = word.lower().rstrip(".")
        if i + 1 < len(words):
            pair = f"{low} {words[i + 1].group(0).lower()}"
            if pair in plural:
                return Unit(plural[pair], text[words[0].start():words[i + 1].end()], words[i + 1].end())
        if i + 1 < len(words) and words[i + 1].group(0).lower() in _verb_before().get(low, ()):
            return None  # "the fate of 158 remains unknown": the noun is a verb here
        if low in plural or (_known(low) and not low.endswith("ly")):
            return Unit(plural.get(low, singular(low)), text[words[0].start():tok.end()], tok.end())
        if not word[0].isalnum():
            return None
        if low == "of" and not (allow_of and i == 0):
            return None
        if low in _stop() or (low not in modifiers and not _nounish(word) and _is_predicate(low)):
            return None  # "1,275 taken hostage": the verb starts the predicate, no noun follows
        if low in modifiers or low == "of":
            continue
        if word[0].isupper() and i + 1 < len(words) and words[i + 1].group(0)[:1].islower():
            nxt = words[i + 1].group(0).lower()
            if nxt in plural or _known(nxt):
                continue  # a demonym before its noun: "94 Azerbaijani civilians"
        if _nounish(word):
            return Unit(singular(word), text[words[0].start():tok.end()], tok.end())
        if i >= 2:
            return None
    return None

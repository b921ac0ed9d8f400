"""Who speaks: a comparable key for each speaker, the state a government body speaks for, and which names
name the same source (the acronym, or overlapping words with every distinguishing word shared)."""
from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache, lru_cache

import pycountry
from rapidfuzz import fuzz

from claimledger import lexicons

_WORD = re.compile(r"[\w.]+(?:[’'-]\w+)*", re.UNICODE)


@cache
def _lexicon() -> tuple[tuple[str, ...], frozenset[str], dict[str, str], dict[str, str]]:
    data = lexicons.load("source_aliases")
    roles = tuple(sorted((r.lower() for r in data.get("state_roles", [])), key=len, reverse=True))
    return (roles, frozenset(w.lower() for w in data.get("role_words", [])),
            {k.lower(): v for k, v in data.get("demonyms", {}).items()},
            {k.lower(): v.lower() for k, v in data.get("phrases", {}).items()})


@cache
def _countries() -> dict[str, str]:
    """Lower-case country names (name, common and official name) -> ISO alpha-2."""
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names[value.lower()] = country.alpha_2
    names.setdefault("usa", "US")
    names.setdefault("united states", "US")
    names.setdefault("russia", "RU")
    names.setdefault("turkey", "TR")
    return names


@cache
def country_of_word(word: str) -> str | None:
    """ISO code of a country name or demonym ("Azerbaijan's", "Azerbaijani", "Armenian", "Turkish")."""
    if not word[:1].isupper() or word.lower() == "us" and word != "US":  # "told us" names no country
        return None
    lowered = word.lower().replace(".", "").strip("’'")
    lowered = re.sub(r"[’']s$", "", lowered)
    _, _, demonyms, _ = _lexicon()
    if lowered in demonyms:
        return demonyms[lowered]
    countries = _countries()
    if lowered in countries:
        return countries[lowered]
    if len(lowered) < 5:
        return None
    for name, code in countries.items():  # demonym built on the name: Azerbaijan-i, Armenia-n, Georgia-n
        if " " not in name and len(name) >= 4 and lowered.startswith(name[: max(4, len(name) - 1)]):
            return code
    return None


@lru_cache(maxsize=65536)  # reuse checks ask about the same passage once per candidate pair
def countries_in(text: str) -> frozenset[str]:
    """ISO codes of the countries `text` names, by name or demonym."""
    words = _WORD.findall(text)
    found: set[str] = set()
    names = _countries()
    lowered = [w.lower() for w in words]
    for size in (3, 2):  # multi-word names first: "United States", "Bosnia and Herzegovina"
        for i in range(len(words) - size + 1):
            code = names.get(" ".join(lowered[i:i + size]))
            if code:
                found.add(code)
    for word in words:
        code = country_of_word(word)
        if code:
            found.add(code)
    return frozenset(found)


def state_of(name: str | None) -> str | None:
    """The ISO code of the state a speaker speaks for when it is an office of that state, else None.

    "Ministry of Foreign Affairs of Azerbaijan" -> "AZ"; "an Azerbaijani official" -> "AZ";
    "Human Rights Watch" -> None; a body naming two countries is not assigned to either.
    """
    if not name:
        return None
    roles, _, _, _ = _lexicon()
    words = [w for w in _WORD.findall(name) if w.lower() not in {"the", "a", "an", "republic", "of"}]
    if len(words) == 1 and country_of_word(words[0]):  # "Azerbaijan said", "the Azerbaijani side"
        return country_of_word(words[0])
    lowered = " " + " ".join(_WORD.findall(name.lower())) + " "
    if not any(f" {role} " in lowered for role in roles):
        return None
    countries = countries_in(name)
    return next(iter(countries)) if len(countries) == 1 else None


def source_key(name: str) -> str:
    """Comparable form of a speaker's name: lower case, folded phrases ("Ministry of Foreign Affairs" ->
    "foreign ministry"), countries as ISO codes, no articles or punctuation."""
    _, _, _, phrases = _lexicon()
    text = " ".join(_WORD.findall(name.lower().replace("’", "'")))
    text = re.sub(r"'s\b", "", text)
    for phrase, replacement in phrases.items():
        text = re.sub(rf"(?<!\w){re.escape(phrase)}(?!\w)", replacement, text)
    words = []
    for word in text.split():
        code = country_of_word(word.upper() if word in {"us", "u.s."} else word.capitalize())
        words.append(code.lower() if code else word)
    return " ".join(w for w in words if w not in {"the", "a", "an"})


def distinguishing_words(key: str) -> set[str]:
    _, role_words, _, _ = _lexicon()
    return {w for w in key.split() if w not in role_words}


def acronym(key: str) -> str:
    return "".join(w[0] for w in key.split() if w not in {"of", "and", "for", "the"})


def same_source(a: str, b: str) -> bool:
    """Do the keys `a` and `b` name one source? Equal; one the other's acronym; or overlapping words
    (token-set ratio >= 80) with every distinguishing word of the shorter also in the longer. A bare role
    ("foreign ministry") has no distinguishing word and matches only itself."""
    if a == b:
        return True
    if " " not in a and a == acronym(b) or " " not in b and b == acronym(a):
        return len(min(a, b, key=len)) >= 2
    shorter, longer = sorted((a, b), key=len)
    if " and " in longer and " and " not in shorter:
        return False  # "HRW and Memorial" speak jointly: neither alone is that speaker
    distinct = distinguishing_words(shorter)
    if not distinct or not distinct <= set(longer.split()):
        return False
    return fuzz.token_set_ratio(a, b) >= 80


_APPOSITION_STOP = re.compile(r"[,;:.!?()\[\]\n\"“”]|\s(?:and|or|by|to|from|with|than|per|paraphrasing|according)\s",
                              re.IGNORECASE)


def _titles(words: list[str]) -> bool:
    """Do `words` end as a title before a name does ("... of the Republic of Azerbaijan", "Azerbaijan's ombudsman",
    "Foreign Minister")? Ordinary nouns ("the official figures") do not."""
    if not words:
        return False
    roles, _, _, _ = _lexicon()
    last = words[-1].strip("’'")
    return last[:1].isupper() or last.lower() in {r for r in roles if " " not in r} or bool(country_of_word(last))


def apposition(name: str, text: str, width: int = 12) -> str:
    """The title that introduces `name` at its first mention in `text` ("the Commissioner for Human Rights of
    the Republic of Azerbaijan Sabina Aliyeva" -> "Commissioner for Human Rights of the Republic of Azerbaijan"),
    or follows it after a comma ("Elmar Mamedov, mayor of Khojaly"); "" when none stands there."""
    match = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text)
    if match is None:
        return ""
    before = _APPOSITION_STOP.split(text[max(0, match.start() - 200):match.start()])[-1]
    words = before.split()[-width:]
    if not _titles(words):
        words = []
    after = text[match.end():match.end() + 120]
    tail = _APPOSITION_STOP.split(after[1:])[0].split()[:width] if after.startswith(",") else []
    if tail and not (tail[0][:1].islower() or country_of_word(tail[0].strip("’'"))):
        tail = []  # ", Human Rights Watch and ..." goes on with a list, not with a title
    return " ".join([*words, *tail])


def describe_speakers(names: set[str], text: str) -> Mapping[str, str]:
    """For each speaker name found in `text`, the name with the words that introduce it in that text."""
    out: dict[str, str] = {}
    for name in names:
        extra = apposition(name, text)
        if extra and extra not in name:
            out[name] = f"{extra} {name}"
    return out

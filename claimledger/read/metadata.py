"""What a plain text says about itself: its title, dateline, byline and publisher.

Only the header (first lines) and the signature (last lines) are searched; a date in the body of a statement
("on the night of 25 to 26 February 1992") is about the event, not the publication. Every cue word is data
in lexicons/read.toml.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from claimledger.read.data import cues
from claimledger.read.dates import iso_date

_SEGMENTS = re.compile(r"\s{2,}|\t|\s[|•·]\s")  # "26 February 2020    Read: 1413"
_AGENCY = re.compile(r"\s*\([^)]{1,40}\)\s*$")  # "(AP)", "(Reuters)"
_MARKUP = re.compile(r"^[\s*_#>]+|[\s*_#]+$")  # markdown emphasis and headings around a line
_YEARS = re.compile(r"\b(?:1[89]|20)\d{2}(?:\s*[-–]\s*(?:1[89]|20)\d{2})?\b")
_PLACE = re.compile(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}")  # "Baku", "New York", "The Hague"
_SMALL_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "to", "a", "an", "at", "by"})


@dataclass
class TextMetadata:
    title: str | None = None
    published: str | None = None
    author: str | None = None
    publisher: str | None = None


def _plain(line: str) -> str:
    if line and not (line[0].isspace() or line[0] in "*_#>") and not (line[-1].isspace() or line[-1] in "*_#"):
        return line  # no markup at either end (the usual line): the regex, tried at every space, would find none
    return _MARKUP.sub("", line).strip()


_EDGE_CHARS = 20_000  # header and signature lie within this many characters of the ends
_LINE_CHARS = 1_000  # no cue is further into a line than this; a 50 MB single line is cut, not scanned


def _first_plain(lines: Iterable[str], count: int) -> list[str]:
    """The first `count` non-empty lines, cleaned; only those are cleaned (the header and signature are short)."""
    out: list[str] = []
    for line in lines:
        plain = _plain(line[:_LINE_CHARS])
        if plain:
            out.append(plain)
            if len(out) == count:
                break
    return out


def _non_empty(lines: list[str]) -> list[str]:
    return [line for line in lines if line]


def header_lines(lines: list[str], limit: int) -> list[str]:
    """The first non-empty lines, a short heading joined with a next line that runs on in lower case
    ("STATEMENT" + "of the Commissioner ...")."""
    joined: list[str] = []
    for line in _non_empty(lines)[:limit]:
        if joined and line[0].islower() and len(joined[-1]) <= 40 and not joined[-1].endswith((".", ":")):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


def find_title(header: list[str]) -> str | None:
    config = cues()["title"]
    if not header:
        return None
    first = header[0]
    letters = sum(ch.isalpha() for ch in first)
    if len(first) > config["max_chars"] or letters < config["min_letters"]:
        return None
    if first.lower().rstrip(".:!") in config["not_titles"] or find_author([first]) or find_date([first]):
        return None
    if first.endswith(".") and (first.count(". ") >= 1 or len(first.split()) > config["max_words_with_period"]):
        return None  # a sentence or two: a paragraph or an editor's note, not a heading
    return first


def find_author(header: list[str]) -> str | None:
    config = cues()["byline"]
    openers = sorted(config["openers"], key=len, reverse=True)
    for line in header:
        lowered = line.lower()
        for opener in openers:
            if not lowered.startswith(opener + " "):
                continue
            name = re.split(r"\s*(?:[,|/]|\s[-–—]\s)\s*", line[len(opener) + 1:].strip(), maxsplit=1)[0].strip()
            words = name.split()
            if not words or len(words) > config["max_words"] or words[0].lower() in config["not_person"]:
                continue
            if not words[0][0].isupper() or any(ch.isdigit() for ch in name):
                continue
            return name
    return None


def _dateline_date(line: str) -> str | None:
    """'BAKU, Feb. 26, 1992 (AP) --' -> the date between the place and the dash, when it has a year."""
    config = cues()["dateline"]
    for dash in config["agency_dash"]:
        head, sep, _ = line.partition(f" {dash} ")
        if not sep:
            head, sep, _ = line.partition(f"{dash} ")
        if sep and len(head) <= 80:
            head = _AGENCY.sub("", head)
            pieces = [piece.strip() for piece in head.split(",")]
            for size in (3, 2, 1):  # "February 26, 1992" spans two comma pieces
                if len(pieces) > size and pieces[0].isupper():
                    found = iso_date(", ".join(pieces[-size:]))
                    if found:
                        return found
    return None


def find_date(lines: list[str]) -> str | None:
    """The first line that is a date, starts with one ("26 February 2020    Read: 1413"), carries a label
    ("Published: 3 May 2021"), or is a dateline."""
    found = find_dated_line(lines)
    return found[0] if found else None


@cache
def _date_labels() -> list[str]:
    return sorted(cues()["dateline"]["labels"], key=len, reverse=True)


def find_dated_line(lines: list[str]) -> tuple[str, int] | None:
    """The ISO date of the first dated line (see find_date) and that line's index."""
    labels = _date_labels()
    for index, line in enumerate(lines):
        segment = _SEGMENTS.search(line)  # only the first segment counts: no need to split the whole line
        candidates = [line, line[:segment.start()] if segment else line]
        lowered = line.lower()
        candidates += [line[len(label):] for label in labels if lowered.startswith(label)]
        place, comma, rest = line.partition(",")
        if comma and _PLACE.fullmatch(place.strip()):
            candidates.append(rest)  # "Baku, 25 February 2020": a statement's place and date
        for candidate in candidates:
            found = iso_date(candidate)
            if found:
                return found, index
        found = _dateline_date(line)
        if found:
            return found, index
    return None


def _body_line(line: str, index: int, config: dict[str, Any]) -> str | None:
    """An office's name standing alone in the header: "Ministry of Foreign Affairs of the Republic of X", or
    below the title an all-capitals "NATIONAL ASSEMBLY OF X - COMMEMORATION NOTICES" (the part naming it)."""
    for part in re.split(r"\s+[-–—|]\s+", line):
        words = part.split()
        if not 2 <= len(words) <= 14 or part.endswith((".", ":", ";", ",", "?", "!")):
            continue
        if any(ch.isdigit() for ch in part) or not _names_a_body(part, config):
            continue
        if words[0].lower() in config["bodies"] and words[1].lower() in ("of", "for"):
            return part
        if index > 0 and part.isupper():
            return part
    return None


def signer(tail: list[str], date_index: int) -> str | None:
    """The body that signs a statement: the short line right above its signature date, when it names an
    office or organisation ("Ministry of Foreign Affairs of the Republic of X" over "12 March 2004")."""
    config = cues()["publisher"]
    if date_index == 0:
        return None
    line = tail[date_index - 1].strip(" *_")
    if line.endswith((".", ":", ";", ",", "?", "!", '"', "”")) or not 2 <= len(line.split()) <= 14:
        return None
    if not line[:1].isupper() or not _names_a_body(line, config):
        return None
    return _smart_title(line.removeprefix("The ").removeprefix("the "))


def _cut(text: str, stops: list[str]) -> str:
    lowered = text.lower()
    cut = len(text)
    for stop in stops:
        index = lowered.find(stop)
        if 0 < index < cut:
            cut = index
    return text[:cut].strip(" :;,.*-–—")


def _smart_title(name: str) -> str:
    """'EMBASSY OF THE REPUBLIC OF X' -> 'Embassy of the Republic of X'; mixed case is left as written."""
    if not name.isupper():
        return name
    words = name.lower().split()
    return " ".join(w if i and w in _SMALL_WORDS else _capitalize(w) for i, w in enumerate(words))


def _capitalize(word: str) -> str:
    """'nagorno-karabakh' -> 'Nagorno-Karabakh', '(ombudsman)' -> '(Ombudsman)'."""
    return re.sub(r"(?:^|(?<=[-(‘“'\"]))\w", lambda m: m.group().upper(), word)


def _names_a_body(name: str, config: dict[str, Any]) -> bool:
    lowered = name.lower()
    return any(re.search(rf"\b{re.escape(word)}", lowered) for word in config["bodies"])


def find_publisher(header: list[str], tail: list[str], tail_date_index: int | None = None) -> str | None:
    """The issuing body named in the header ("Statement by the Embassy of X", or a line that is an office's
    name), else the signer above the signature date, else a copyright holder."""
    config = cues()["publisher"]
    openers = sorted(config["openers"], key=len, reverse=True)
    for line in header:
        lowered = line.lower()
        for opener in openers:
            position = lowered.find(opener + " ")
            if position < 0 or (position > 0 and lowered[:position].strip() not in ("", "statement", "joint")):
                continue  # the opener starts the line, or follows a bare "STATEMENT"
            name = _cut(line[position + len(opener) + 1:], config["stops"])
            if name and _names_a_body(name, config) and len(name.split()) <= 16:
                return _smart_title(name)
    for index, line in enumerate(header[:config["header_body_lines"]]):
        office = _body_line(line, index, config)
        if office:
            return _smart_title(office)
    if tail_date_index is not None:
        signed = signer(tail, tail_date_index)
        if signed:
            return signed
    for line in reversed(tail):
        lowered = line.lower()
        if not any(marker in lowered for marker in config["copyright"]):
            continue
        holder = line
        for marker in sorted(config["copyright"], key=len, reverse=True):
            holder = re.sub(re.escape(marker), " ", holder, flags=re.I)
        holder = _YEARS.sub(" ", holder)
        holder = _cut(" ".join(holder.split()), config["holder_stops"])
        if sum(ch.isalpha() for ch in holder) >= 3:
            return _smart_title(holder)
    return None


def text_metadata(text: str) -> TextMetadata:
    """Title, publication date, author and publisher, as far as the text's own header and signature say."""
    config = cues()["dateline"]
    header = header_lines(_first_plain(text[:_EDGE_CHARS].splitlines(), config["head_lines"]), config["head_lines"])
    tail_upward = _first_plain(reversed(text[-_EDGE_CHARS:].splitlines()), config["tail_lines"])  # last line first
    tail = tail_upward[::-1]
    signature = find_dated_line(tail_upward)
    tail_date_index = len(tail) - 1 - signature[1] if signature else None
    published = find_date(header) or (signature[0] if signature else None)
    return TextMetadata(
        title=find_title(header),
        published=published,
        author=find_author(header),
        publisher=find_publisher(header, tail, tail_date_index),
    )

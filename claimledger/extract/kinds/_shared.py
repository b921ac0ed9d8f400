"""What the claim-kind components share: accent-folded text for lexicon matching, phrase regexes built from
lexicon lists, and the one place a Claim of these kinds is assembled (span, sentence, attribution, event)."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from claimledger.extract.context import DocContext
from claimledger.extract.wordscan import top_level_bar
from claimledger.model import Claim

_CHAR_FOLD = {"’": "'", "‘": "'", "‐": "-", "‑": "-", "\u00a0": " "}


@lru_cache(maxsize=16)
def fold(text: str) -> str:
    """Lower-case `text` with accents stripped, one character for one, so offsets stay valid ("İ" -> "i")."""
    if text.isascii():
        return text.lower()
    return text.translate({ord(ch): _fold_char(ch) for ch in set(text)})


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in _CHAR_FOLD:
        return _CHAR_FOLD[ch]
    low = ch.lower()
    if len(low) == 1 and ord(low) < 128:
        return low
    base = unicodedata.normalize("NFKD", ch)[0].lower()
    return base if len(base) == 1 else ch


def phrase_pattern(phrases: Iterable[str]) -> str:
    """An alternation of whole-word phrases, the longest that fits first, with any run of spaces between words.

    The alternation is written as a trie ("con(?:vention|venant)"): the regex engine then tries one branch per
    character instead of every phrase at every position, which makes long lexicon lists cheap to scan."""
    return r"(?<![\w-])" + trie_pattern(p.split() for p in phrases if p.strip()) + r"(?![\w-])"


_END = ""  # the trie key that marks the end of a phrase


def trie_pattern(phrases: Iterable[list[str]], separator: str = r"\s+") -> str:
    """A regex matching any of `phrases` (each a list of words, matched literally with `separator` between
    them), preferring the longest: deeper branches come before a phrase's end."""
    trie: dict[str, Any] = {}
    for words in phrases:
        node = trie
        for i, word in enumerate(words):
            for ch in (" " if i else "") + word:  # " ": the separator token
                node = node.setdefault(ch, {})
        node[_END] = {}
    return "(?:" + _trie_regex(trie, separator) + ")" if trie else "(?!)"


def _trie_regex(node: dict[str, Any], separator: str) -> str:
    branches = [(separator if ch == " " else re.escape(ch)) + _trie_regex(child, separator)
                for ch, child in node.items() if ch != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END in node:
        return body if not body else ("(?:" + body + ")?" if len(branches) == 1 else body + "?")
    return body


def words_re(phrases: Iterable[str], before: str = "", after: str = "", flags: int = 0) -> re.Pattern[str]:
    """`before` + the phrases as whole words + `after`, compiled once per lexicon list."""
    return _words_re(tuple(phrases), before, after, flags)


@lru_cache(maxsize=256)
def _words_re(phrases: tuple[str, ...], before: str, after: str, flags: int) -> re.Pattern[str]:
    return re.compile(before + phrase_pattern(phrases) + after, flags)


_STEM_TOKEN = re.compile(r"(?P<word>\w+)|(?P<space>\\s\+)")


def literal_stem(pattern: str) -> str | None:
    """The literal text every match of `pattern` starts with ('war\\s+crimes?' -> "war crime", a space for
    any run of white space), or None when the pattern does not start with one."""
    if top_level_bar(pattern):  # "killed|dead" must be grouped before a stem is read
        return None
    stem, pos = "", 0
    while (m := _STEM_TOKEN.match(pattern, pos)) is not None:
        if m.group("space"):
            stem += " "
        elif pattern[m.end():m.end() + 1] in ("?", "*", "{"):
            stem += m.group()[:-1]  # "crimes?": the "s" may be absent
            break
        else:
            stem += m.group()
        pos = m.end()
    return stem.strip() or None


_OUTSIDE_NAME = re.compile(r"[^\w\s'’-]")
_LAST_OUTSIDE = re.compile(r"[^\w\s'’-][\w\s'’-]*$")


def name_run_start(text: str, at: int, floor: int = 0) -> int:
    """Where the run of name characters ([\\w\\s'’-]: words, spaces, apostrophes, hyphens) ending at `at`
    begins, not before `floor`."""
    reach = 256
    while True:
        lo = max(floor, at - reach)
        bad = _LAST_OUTSIDE.search(text, lo, at)
        if bad is not None:
            return bad.start() + 1
        if lo == floor:
            return floor
        reach *= 4


def name_run_end(text: str, at: int) -> int:
    bad = _OUTSIDE_NAME.search(text, at)
    return len(text) if bad is None else bad.start()


def sentence_bounds(ctx: DocContext, start: int, end: int) -> tuple[int, int]:
    """The sentences that hold [start, end), widened if needed so the claim always lies inside."""
    first = ctx.sentence_at(start)
    last = ctx.sentence_at(max(start, end - 1))
    return min(first[0], start), max(last[1], end)


def make_claim(ctx: DocContext, kind: str, start: int, end: int, **fields: Any) -> Claim:
    """A claim of `kind` on text[start:end], attributed by the shared attribution component."""
    sentence_start, sentence_end = sentence_bounds(ctx, start, end)
    attribution = ctx.attribution(start, end)
    return Claim(
        doc=ctx.document.path, kind=kind, text=ctx.text[start:end], start=start, end=end,
        sentence_start=sentence_start, sentence_end=sentence_end,
        attributed_to=attribution.attributed_to, attribution_text=attribution.attribution_text,
        attribution_start=attribution.attribution_start, event=ctx.event_for(start, end), **fields,
    )


def trim_span(text: str, start: int, end: int, chars: str = " \t\r\n,;:.\"'“”‘’()") -> tuple[int, int]:
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end

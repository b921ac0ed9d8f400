"""Text reuse between documents: near-duplicate sentences, robust to light paraphrase.

Candidates come from MinHash LSH over word shingles of each passage (datasketch), so the work grows with the
number of passages, not with its square; each candidate pair is verified with rapidfuzz. Words inside
quotation marks are left out by default: two documents quoting the same third party share that party's words,
not an author (their claims meet through attribution instead).
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from typing import Any

from datasketch import MinHash, MinHashLSH
from rapidfuzz import fuzz

from claimledger.reconcile.sources import countries_in

_QUOTED = re.compile(r"“[^”]{0,2000}”|\"[^\"\n]{0,2000}\"|«[^»]{0,2000}»|„[^“”]{0,2000}[“”]")
_SPLIT = re.compile(r"(?<=[.!?])[\"”’)\]]*\s+|\n+")
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Passage:
    document_id: Any
    start: int
    end: int
    text: str
    words: tuple[str, ...]


@dataclass(frozen=True)
class SharedPassage:
    """One passage two documents share, with where it stands in each and how alike the two are (0-100)."""

    doc_a: Any
    doc_b: Any
    start_a: int
    end_a: int
    start_b: int
    end_b: int
    text_a: str
    text_b: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ReuseSettings:
    min_words: int = 8  # shorter passages (headings, datelines) are shared by chance
    shingle: int = 3  # words per shingle
    num_perm: int = 64
    lsh_threshold: float = 0.4  # Jaccard of shingles that makes a pair a candidate
    min_ratio: float = 80.0  # rapidfuzz token_sort_ratio a candidate must reach
    include_quotes: bool = False
    max_documents: int = 50  # a passage in more documents than this is boilerplate, not reuse


def _mask_quotes(text: str) -> str:
    return _QUOTED.sub(lambda m: " " * len(m.group(0)), text)


def passages(document_id: Any, text: str, settings: ReuseSettings) -> Iterator[Passage]:
    """The sentences of `text` long enough to count, with their offsets."""
    source = text if settings.include_quotes else _mask_quotes(text)
    position = 0
    for piece in _SPLIT.split(source):
        start = source.find(piece, position) if piece else position
        if start < 0:
            continue
        position = start + len(piece)
        words = tuple(w.lower() for w in _WORD.findall(piece))
        if len(words) >= settings.min_words:
            yield Passage(document_id, start, position, text[start:position].strip(), words)


def _shingles(words: tuple[str, ...], size: int) -> list[bytes]:
    return [" ".join(words[i:i + size]).encode() for i in range(max(1, len(words) - size + 1))]


def find_reuse(documents: Iterable[tuple[Any, str]], settings: ReuseSettings | None = None) -> list[SharedPassage]:
    """Every verified pair of near-duplicate passages between two different documents."""
    settings = settings or ReuseSettings()
    all_passages: list[Passage] = []
    for document_id, text in documents:
        seen: set[tuple[str, ...]] = set()  # a sentence a document repeats is one passage of it, not many
        for passage in passages(document_id, text or "", settings):
            if passage.words not in seen:
                seen.add(passage.words)
                all_passages.append(passage)
    lsh = MinHashLSH(threshold=settings.lsh_threshold, num_perm=settings.num_perm)
    template = MinHash(num_perm=settings.num_perm)  # permutations drawn once, shared by every signature
    exact: dict[tuple[str, ...], list[int]] = defaultdict(list)
    candidates: set[tuple[int, int]] = set()
    # A passage repeated in more documents than max_documents is boilerplate; pairs inside one document are never
    # reuse. Both bounds keep the candidate set linear when a (hostile or templated) text repeats one sentence.
    cap = settings.max_documents + 1
    for index, passage in enumerate(all_passages):
        same = exact[passage.words]
        candidates.update((j, index) for j in _other_documents(all_passages, same, passage, cap))
        same.append(index)
        if len(same) > 1:  # a verbatim copy is already paired; no need to hash it again
            continue
        signature = MinHash(num_perm=settings.num_perm, permutations=template.permutations, scheme=template.scheme)
        signature.update_batch(_shingles(passage.words, settings.shingle))
        candidates.update((j, index) for j in _other_documents(all_passages, lsh.query(signature), passage, cap))
        lsh.insert(index, signature)
    # verbatim copies of a first passage also pair with that passage's near-duplicates
    partners: dict[int, set[int]] = defaultdict(set)
    for i, j in candidates:
        partners[i].add(j)
        partners[j].add(i)
    for group in exact.values():
        if len(group) > 1:
            linked = (partners[group[0]] | {group[0]}) if len(partners[group[0]]) <= cap else set()
            for g in group[1:cap]:
                candidates.update((min(p, g), max(p, g)) for p in linked
                                  if p != g and all_passages[p].document_id != all_passages[g].document_id)
    return _verify(all_passages, candidates, settings)


def _other_documents(all_passages: list[Passage], indices: Iterable[int], passage: Passage, cap: int) -> list[int]:
    """The passages among `indices` that stand in other documents than `passage`; none when more than `cap`
    documents share it (boilerplate)."""
    found = [j for j in indices if all_passages[j].document_id != passage.document_id]
    return [] if len({all_passages[j].document_id for j in found}) > cap else found


def _swapped_countries(a: str, b: str) -> bool:
    """One template filled in for two sides ("the Ministry of Foreign Affairs of Armenia / of Azerbaijan") is
    not reuse: each passage names a country the other does not."""
    in_a, in_b = countries_in(a), countries_in(b)
    return bool(in_a - in_b) and bool(in_b - in_a)


def _verify(all_passages: list[Passage], candidates: set[tuple[int, int]],
            settings: ReuseSettings) -> list[SharedPassage]:
    spread: dict[int, set[Any]] = defaultdict(set)  # passage -> documents it is shared with
    found: list[tuple[int, int, float]] = []
    for i, j in sorted(candidates):
        a, b = all_passages[i], all_passages[j]
        if a.document_id == b.document_id:
            continue
        shorter, longer = sorted((len(a.words), len(b.words)))
        if shorter < 0.6 * longer:
            continue
        score = fuzz.token_sort_ratio(" ".join(a.words), " ".join(b.words))
        if score >= settings.min_ratio and not _swapped_countries(a.text, b.text):
            found.append((i, j, score))
            spread[i].add(b.document_id)
            spread[j].add(a.document_id)
    out = []
    for i, j, score in found:
        if len(spread[i]) > settings.max_documents or len(spread[j]) > settings.max_documents:
            continue
        a, b = all_passages[i], all_passages[j]
        out.append(SharedPassage(a.document_id, b.document_id, a.start, a.end, b.start, b.end, a.text, b.text,
                                 round(score, 1)))
    return out

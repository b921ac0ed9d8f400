"""Origin families: documents and speakers that stand behind one figure as one origin.

Three links join them (union-find): every claim attributed to the same source in any document, and a
source's own documents (attribution chains); the bodies of one state (a ministry, an embassy, an ombudsman and
"an official" of one government are one origin); and documents that share passages with a source's statement
(text reuse), which then speak with that source's voice. Corroboration counts families, never documents.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

import pycountry

from claimledger.reconcile import sources
from claimledger.reconcile.reuse import ReuseSettings, SharedPassage, find_reuse
from claimledger.reconcile.unionfind import UnionFind


@dataclass
class OriginFamily:
    """One origin: its documents, the speakers that belong to it, and the passages that link its documents."""

    id: str
    name: str
    documents: list[Any] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)
    state: str | None = None  # ISO code when the family is the voice of a state's bodies
    links: list[SharedPassage] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "documents": list(self.documents), "speakers": list(self.speakers),
                "state": self.state, "links": [link.to_dict() for link in self.links]}


@dataclass
class Origins:
    """The families, and the family of every claim (by claim id) and every document."""

    families: dict[str, OriginFamily]
    claim_origin: dict[Any, str]
    document_origin: dict[Any, str]
    speaker_origin: dict[tuple[Any, str], str]  # (document id, speaker as written) -> family

    def of_claim(self, claim_id: Any) -> str | None:
        return self.claim_origin.get(claim_id)

    def to_dict(self) -> dict[str, Any]:
        return {"families": [f.to_dict() for f in self.families.values()],
                "claim_origin": {str(k): v for k, v in self.claim_origin.items()}}


def speaker_of(row: dict[str, Any]) -> str | None:
    """Who makes a claim: its attribution; None for the document's own voice."""
    speaker = row.get("attributed_to") or (row.get("speaker") if row.get("kind") == "quote" else None)
    return speaker.strip() if isinstance(speaker, str) and speaker.strip() else None


def _cluster_keys(keys: Sequence[str], uf: UnionFind) -> None:
    """Union the speaker keys that name one source. Two keys can only match when the longer holds every
    distinguishing word of the shorter, so each key is compared only with the keys holding its rarest word."""
    if len(keys) < 2:
        return
    postings: dict[str, list[str]] = defaultdict(list)
    by_acronym: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        for word in sources.distinguishing_words(key):
            postings[word].append(key)
        if " " in key:
            by_acronym[sources.acronym(key)].append(key)
    for key in keys:
        candidates = list(by_acronym.get(key, []))
        words = sources.distinguishing_words(key)
        if words:
            candidates += postings[min(words, key=lambda w: (len(postings[w]), w))]
        for other in candidates:
            if other != key and sources.same_source(key, other):
                uf.union(("src", key), ("src", other))


def _state_name(code: str) -> str:
    country = pycountry.countries.get(alpha_2=code)
    return f"state bodies of {getattr(country, 'common_name', None) or country.name}" if country else code


def _document_voices(uf: UnionFind, docs: dict[Any, dict[str, Any]], publishers: dict[Any, tuple[Any, ...]],
                     reuse: Sequence[SharedPassage], cited: set[tuple[Any, ...]], states: dict[Hashable, str],
                     ) -> list[tuple[Any, Hashable]]:
    """Whose voice each document's own words are: its publisher's, or, for a document that shares passages with
    the statement of a source (a state body, or a speaker cited anywhere), that source's.

    Reuse reassigns documents one by one and never joins two publishers: an outlet that reprinted one side's
    statement once and the other side's another time must not make the two sides one origin. Documents that
    share passages with the statements of two different sources keep their publisher's voice.
    """
    sourced = {uf.find(node) for node in cited} | {uf.find(node) for node in states}

    def voice(document_id: Any) -> Hashable | None:
        return uf.find(publishers[document_id]) if document_id in publishers else None

    copies = UnionFind()
    for link in reuse:
        copies.union(link.doc_a, link.doc_b)
    assigned: list[tuple[Any, Hashable]] = []
    for group in copies.groups().values():
        voices = {voice(d) for d in group} & sourced
        if len(voices) == 1:
            target = next(iter(voices))
            assigned.extend((d, target) for d in group)
        elif not voices:  # outlets copying one another: those documents are one origin, their outlets are not
            first = min(group, key=str)
            assigned.extend((d, ("doc", first)) for d in group)
    done = {d for d, _ in assigned}
    for document_id in docs:
        uf.add(("doc", document_id))
        if document_id not in done and document_id in publishers:
            assigned.append((document_id, publishers[document_id]))
    return assigned


def build_origins(documents: Iterable[dict[str, Any]], rows: Iterable[dict[str, Any]],
                  reuse: Sequence[SharedPassage] | None = None, group_states: bool = True,
                  settings: ReuseSettings | None = None) -> Origins:
    """Origin families over `documents` (Ledger.document_rows, `text` optional) and claim `rows`.

    `reuse` defaults to `find_reuse` over the documents that carry a `text`.
    """
    docs = {d["id"]: d for d in documents}
    rows = list(rows)
    if reuse is None:
        reuse = find_reuse(((i, d["text"]) for i, d in docs.items() if d.get("text")), settings)
    uf = UnionFind()
    names: dict[Hashable, Counter[str]] = defaultdict(Counter)  # node -> names it was seen under
    states: dict[Hashable, str] = {}

    def speaker_node(document_id: Any, name: str) -> tuple[Any, ...]:
        key = sources.source_key(name)
        text = docs.get(document_id, {}).get("text") or ""
        described = sources.describe_speakers({name}, text).get(name, name) if text else name
        state = sources.state_of(described) if group_states else None
        # A bare role ("the ministry", "the embassy") names no one beyond its document: the state its title
        # names, else the voice of that document; never joined across documents by its words alone.
        node: tuple[Any, ...] = ("src", key) if sources.distinguishing_words(key) else ("role", document_id, key)
        uf.add(node)
        names[node][name] += 1
        if state:
            uf.union(node, ("state", state))
            states[("state", state)] = state
        elif node[0] == "role":
            uf.union(node, ("doc", document_id))
        return node

    speaker_nodes: dict[tuple[Any, str], tuple[Any, ...]] = {}
    for row in rows:
        name = speaker_of(row)
        document_id = row.get("document_id")
        if name and (document_id, name) not in speaker_nodes:
            speaker_nodes[(document_id, name)] = speaker_node(document_id, name)
    publishers = {d: speaker_node(d, doc["publisher"]) for d, doc in docs.items() if doc.get("publisher")}
    _cluster_keys(sorted({node[1] for node in names if isinstance(node, tuple) and node[0] == "src"}), uf)
    for document_id, target in _document_voices(uf, docs, publishers, reuse, set(speaker_nodes.values()), states):
        uf.union(("doc", document_id), target)

    needed = {uf.find(("doc", d)) for d in docs} | {uf.find(n) for n in speaker_nodes.values()}
    families, root_id = _families(uf, docs, reuse, names, states, needed)
    document_origin = {d: root_id[uf.find(("doc", d))] for d in docs}
    speaker_origin = {k: root_id[uf.find(n)] for k, n in speaker_nodes.items()}
    claim_origin: dict[Any, str] = {}
    for row in rows:
        name = speaker_of(row)
        document_id = row.get("document_id")
        if name:
            claim_origin[row["id"]] = speaker_origin[(document_id, name)]
        elif document_id in document_origin:
            claim_origin[row["id"]] = document_origin[document_id]
        else:
            claim_origin[row["id"]] = root_id.setdefault(("doc", document_id), f"doc:{document_id}")
    return Origins(families, claim_origin, document_origin, speaker_origin)


def _families(uf: UnionFind, docs: dict[Any, dict[str, Any]], reuse: Sequence[SharedPassage],
              names: dict[Hashable, Counter[str]], states: dict[Hashable, str], needed: set[Hashable],
              ) -> tuple[dict[str, OriginFamily], dict[Hashable, str]]:
    """The families, numbered in a stable order, and the family id of each union-find root."""
    families: dict[str, OriginFamily] = {}
    root_id: dict[Hashable, str] = {}
    links: dict[Hashable, list[SharedPassage]] = defaultdict(list)
    for link in reuse:
        if uf.find(("doc", link.doc_a)) == uf.find(("doc", link.doc_b)):
            links[uf.find(("doc", link.doc_a))].append(link)
    groups = sorted(((r, m) for r, m in uf.groups().items() if r in needed), key=lambda kv: repr(kv[0]))
    for index, (root, members) in enumerate(groups):
        documents = [n[1] for n in members if isinstance(n, tuple) and n[0] == "doc"]
        seen: Counter[str] = Counter()
        for node in members:
            seen.update(names.get(node, Counter()))
        state = next((states[n] for n in members if n in states), None)
        if state:
            name = _state_name(state)
        elif seen:
            name = seen.most_common(1)[0][0]
        else:
            doc = docs.get(documents[0], {}) if documents else {}
            path = doc.get("path")
            name = str(doc.get("title") or (PurePath(path).name if path else None)
                       or (documents[0] if documents else root))
        family = OriginFamily(id=f"O{index + 1}", name=name, documents=sorted(documents, key=str),
                              speakers=sorted(seen), state=state, links=links.get(root, []))
        families[family.id] = family
        root_id[root] = family.id
    return families, root_id

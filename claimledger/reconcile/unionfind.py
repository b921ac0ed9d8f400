"""A small union-find (disjoint sets) over hashable nodes, with path halving."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable


class UnionFind:
    def __init__(self) -> None:
        self._parent: dict[Hashable, Hashable] = {}

    def add(self, node: Hashable) -> None:
        self._parent.setdefault(node, node)

    def find(self, node: Hashable) -> Hashable:
        self.add(node)
        parent = self._parent
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    def union(self, a: Hashable, b: Hashable) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # keep the smaller repr as root so results do not depend on insertion order
            if repr(rb) < repr(ra):
                ra, rb = rb, ra
            self._parent[rb] = ra

    def groups(self) -> dict[Hashable, list[Hashable]]:
        out: dict[Hashable, list[Hashable]] = defaultdict(list)
        for node in self._parent:
            out[self.find(node)].append(node)
        return dict(out)

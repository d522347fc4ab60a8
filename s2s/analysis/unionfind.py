"""Union-find over value names, and the joins every alias or naming analysis starts from."""
from __future__ import annotations

from ..ir.nodes import For, If, Var, While, walk_stmts


class UnionFind:
    def __init__(self):
        self.parent = {}

    def find(self, a):
        self.parent.setdefault(a, a)
        while self.parent[a] != a:
            self.parent[a] = self.parent[self.parent[a]]
            a = self.parent[a]
        return a

    def union(self, a, b):
        """Join the classes of a and b (a's root stays the root); True if they were apart."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self.parent[rb] = ra
        return True

    def same(self, a, b):
        return self.find(a) == self.find(b)

    def members(self, a):
        root = self.find(a)
        return sorted(n for n in self.parent if self.find(n) == root)


def joins(fn):
    """Groups of names a branch or loop boundary joins into one value, the joined value
    first: an ``If``'s out with the results of both arms; a loop carry with its initial
    value, the body's result and the value after the loop."""
    groups = []
    for s in walk_stmts(fn.body):
        if isinstance(s, If):
            for k, o in enumerate(s.outs):
                groups.append([o] + [r.name for r in (s.then.results[k], s.orelse.results[k])
                                     if isinstance(r, Var)])
        elif isinstance(s, (For, While)):
            for k, c in enumerate(s.carries):
                groups.append([c, s.outs[k]] + [a.name for a in (s.inits[k], s.body.results[k])
                                                if isinstance(a, Var)])
    return groups


def union_joins(fn, uf):
    for group in joins(fn):
        for other in group[1:]:
            uf.union(group[0], other)

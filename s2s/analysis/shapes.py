"""Same-shape analysis: which values are known to have the shape of which others.

A union-find over value names, fed by facts that hold for every input: an elementwise
function keeps its argument's shape; a broadcasting operation with a Python scalar keeps
the other operand's shape (and so does one with a value known to be a scalar, such as
``np.size(x)``); both operands of a broadcasting operation whose result is a
scalar are scalars. The reverse transform asks ``same(a, b)`` before summing a cotangent
back to an operand's shape, so ``unbroadcast`` appears only where broadcasting can happen.
"""
from __future__ import annotations

from ..ir.nodes import Assign, Const, For, If, Var, While
from .unionfind import UnionFind

SCALAR = "<scalar>"
# operations whose result has the shape of their first argument
SAME_SHAPE = {"setitem", "np.copy", "np.zeros_like", "np.ones_like", "np.empty_like",
              "np.full_like", "stop_gradient", "np.asarray"}

# operations whose result is a Python scalar
SCALAR_RESULT = {"np.size", "np.ndim", "len"}


class Shapes(UnionFind):
    """Classes of values with the same shape; ``SCALAR`` is the class of 0-d values."""

    def union(self, a, b):
        if self.find(b) == self.find(SCALAR):
            a, b = b, a
        return super().union(a, b)

    def scalar(self, a):
        return self.find(a) == self.find(SCALAR)

    def members(self, a):
        return [n for n in super().members(a) if n != SCALAR]


def _key(atom):
    if isinstance(atom, Var):
        return atom.name
    if isinstance(atom, Const) and isinstance(atom.value, (int, float, bool)):
        return SCALAR
    return None


def analyse(fn, table, scalar_outputs=False):
    sh = Shapes()
    sh.find(SCALAR)
    if scalar_outputs:
        for r in fn.body.results:
            if _key(r):
                sh.union(_key(r), SCALAR)

    def block(blk):
        changed = False
        for s in blk.stmts:
            if isinstance(s, Assign) and len(s.outs) == 1:
                rule = table.get(s.prim)
                keys = [_key(a) for a in s.args]
                out = s.outs[0]
                if s.prim in SAME_SHAPE and keys and keys[0]:
                    changed |= sh.union(out, keys[0])
                    continue
                if s.prim in SCALAR_RESULT:
                    changed |= sh.union(out, SCALAR)
                    continue
                if rule is None:
                    continue
                if rule.cotangent == "elementwise":
                    if keys and keys[0]:
                        changed |= sh.union(out, keys[0])
                elif rule.cotangent == "broadcast" and len(keys) == 2:
                    a, b = keys
                    if a and b and sh.same(a, b):
                        changed |= sh.union(out, a)
                    if a and b and sh.scalar(b):
                        changed |= sh.union(out, a)
                    elif a and b and sh.scalar(a):
                        changed |= sh.union(out, b)
                    if sh.scalar(out):
                        for k in (a, b):
                            if k:
                                changed |= sh.union(k, SCALAR)
            elif isinstance(s, If):
                changed |= block(s.then) | block(s.orelse)
                for o, a, b in zip(s.outs, s.then.results, s.orelse.results):
                    ka, kb = _key(a), _key(b)
                    if ka and kb and sh.same(ka, kb):
                        changed |= sh.union(o, ka)
            elif isinstance(s, (For, While)):
                changed |= block(s.body)
                for c, i, r, o in zip(s.carries, s.inits, s.body.results, s.outs):
                    ki, kr = _key(i), _key(r)
                    # an iteration that keeps the carry's shape keeps the initial shape
                    if kr and sh.same(kr, c):
                        changed |= sh.union(o, c)
                        if ki:
                            changed |= sh.union(c, ki)
        return changed

    for _ in range(10):
        if not block(fn.body):
            break
    return sh

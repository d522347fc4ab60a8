"""Same-shape analysis: which values are known to have the shape of which others.

A union-find over value names, fed by facts that hold for every input: an elementwise
function keeps its argument's shape; a broadcasting operation with a Python scalar keeps
the other operand's shape (and so does one with a value known to be a scalar, such as
``np.size(x)``, ``x.shape[0]`` or a reduction over all axes); both operands of a
broadcasting operation whose result is a scalar are scalars, and so are both branches'
results of a conditional whose result is. A reduction with ``keepdims=True`` broadcast
against a value of its input's shape gives that shape (``x - np.max(x, 1, keepdims=True)``).
The reverse transform asks ``same(a, b)`` before summing a cotangent back to an operand's
shape, so ``unbroadcast`` appears only where broadcasting can happen.
"""
from __future__ import annotations

from ..ir.nodes import Assign, Const, For, If, Var, While
from .unionfind import UnionFind

SCALAR = "<scalar>"
# operations whose result has the shape of their first argument
SAME_SHAPE = {"setitem", "np.copy", "np.zeros_like", "np.ones_like", "np.empty_like",
              "np.full_like", "stop_gradient", "np.asarray"}

# operations whose result is a Python scalar
SCALAR_RESULT = {"np.size", "np.ndim", "len", "float", "int", "np.vdot"}
# reductions that give a scalar over all axes (no ``axis``, no ``keepdims``)
REDUCTIONS = {"np.sum", "np.mean", "np.prod", "np.max", "np.min", "np.amax", "np.amin"}
# reductions of their first argument whose ``keepdims=True`` keeps its number of dimensions
KEEPDIMS = REDUCTIONS | {"np.nansum", "np.nanmean", "np.var", "np.std", "np.ptp", "np.median",
                         "np.average", "np.linalg.norm", "scipy.special.logsumexp"}


def _scalar_result(s, shape_tuples):
    """Whether an assignment's result is a scalar whatever its arguments' shapes."""
    if s.prim in SCALAR_RESULT or s.prim.startswith("math."):
        return True
    kw = dict(s.kwargs)
    if s.prim in REDUCTIONS and len(s.args) == 1:
        return _is_none(kw.get("axis")) and _is_false(kw.get("keepdims"))
    # x.shape[k]
    return s.prim == "getitem" and isinstance(s.args[0], Var) and \
        s.args[0].name in shape_tuples and isinstance(s.args[1], Const) and \
        type(s.args[1].value) is int


def _is_none(atom):
    return atom is None or isinstance(atom, Const) and atom.value is None


def _is_true(atom):
    return isinstance(atom, Const) and atom.value is True


def _is_false(atom):
    return atom is None or isinstance(atom, Const) and atom.value is False


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
    shape_tuples = set()  # results of np.shape
    # reductions with keepdims=True (and elementwise functions of them) -> what they reduced:
    # broadcast against a value of that shape, they give that shape (x - np.max(x, 1, True))
    kept = {}
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
                if s.prim == "np.shape":
                    shape_tuples.add(out)
                if _scalar_result(s, shape_tuples):
                    changed |= sh.union(out, SCALAR)
                    continue
                if rule is None:
                    continue
                if s.prim in KEEPDIMS and keys and keys[0] \
                        and _is_true(rule.bind(s.args, s.kwargs).get("keepdims")):
                    kept[out] = keys[0]
                if rule.cotangent == "elementwise":
                    if keys and keys[0]:
                        changed |= sh.union(out, keys[0])
                        if keys[0] in kept:
                            kept.setdefault(out, kept[keys[0]])
                elif rule.cotangent == "broadcast" and len(keys) == 2:
                    a, b = keys
                    if a and b and (sh.same(a, b) or b in kept and sh.same(kept[b], a)):
                        changed |= sh.union(out, a)
                    elif a and b and a in kept and sh.same(kept[a], b):
                        changed |= sh.union(out, b)
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
                    if sh.scalar(o):  # each branch's result is the output where it runs
                        for k in (ka, kb):
                            if k:
                                changed |= sh.union(k, SCALAR)
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

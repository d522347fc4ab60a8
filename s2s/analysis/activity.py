"""Activity analysis: which values vary with the inputs we differentiate.

``varied(fn, table, wrt)`` returns the set of value names that depend differentiably on
the parameters named in ``wrt`` (forward data flow, iterated to a fixpoint through loop
carries). Outputs of non-differentiable primitives (comparisons, ``len``, ``floor``,
``argmax`` ...) never vary, so no adjoint is written for them or for what only they feed.
"""
from __future__ import annotations

from ..ir.nodes import Assign, For, If, Var, While, atoms_in

STRUCTURAL = {"getitem", "setitem", "tuple", "list", "unpack", "append", "concat"}
# adjoint accumulations (present when the IR is itself an adjoint): vary with any input
ACCUMULATIONS = {"add_at", "tree_add_at", "tree_add"}


def _reads(atoms, varied):
    return any(isinstance(b, Var) and b.name in varied for a in atoms for b in atoms_in(a))


def varied(fn, table, wrt):
    out = set(wrt)
    tapes = {}  # tape -> positions of the pushed values that vary

    def block(blk):
        changed = False
        for s in blk.stmts:
            if isinstance(s, Assign):
                if s.prim == "tape.push":
                    mask = [_reads([a], out) for a in s.args[1:]]
                    old = tapes.get(s.args[0].name, [False] * len(mask))
                    tapes[s.args[0].name] = [a or b for a, b in zip(old, mask)]
                    continue
                if s.prim == "tape.pop":
                    for o, v in zip(s.outs, tapes.get(s.args[0].name, [])):
                        if v and o not in out:
                            out.add(o)
                            changed = True
                    continue
                if s.prim in ACCUMULATIONS:
                    hit = _reads(s.args, out)
                elif s.prim in STRUCTURAL:
                    args = list(s.args[:1]) + ([s.args[1]] if s.prim in ("setitem", "append") else [])
                    if s.prim in ("tuple", "list", "concat"):
                        args = list(s.args)
                    hit = _reads(args, out)
                elif s.prim == "call":
                    hit = _reads(s.args[1:], out) or _reads([v for _, v in s.kwargs], out)
                else:
                    rule = table.get(s.prim)
                    hit = rule is not None and rule.differentiable and (
                        _reads(s.args, out) or _reads([v for _, v in s.kwargs], out))
                if hit:
                    for o in s.outs:
                        if o not in out:
                            out.add(o)
                            changed = True
            elif isinstance(s, If):
                changed |= block(s.then) | block(s.orelse)
                for o, a, b in zip(s.outs, s.then.results, s.orelse.results):
                    if o not in out and _reads([a, b], out):
                        out.add(o)
                        changed = True
            elif isinstance(s, (For, While)):
                while True:
                    inner = False
                    for c, i, r in zip(s.carries, s.inits, s.body.results):
                        if c not in out and _reads([i, r], out):
                            out.add(c)
                            inner = True
                    inner |= block(s.body)
                    if isinstance(s, While):
                        inner |= block(s.cond)
                    changed |= inner
                    if not inner:
                        break
                for o, c in zip(s.outs, s.carries):
                    if o not in out and c in out:
                        out.add(o)
                        changed = True
        return changed

    while block(fn.body):
        pass
    return out

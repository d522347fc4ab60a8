"""Finds writes whose effect Python would show through another name.

s2s gives arrays value semantics, as JAX does: ``y[i] = v`` makes a new value of ``y``.
Python updates the array object itself, so every other name for it (``z = y``), every
view of it (``row = m[1]``), and ``w += b`` on an array that ``y`` also names, would see
the change. Where the old value is still read after such a write through another name,
the two semantics disagree, and s2s refuses the function instead of computing something
else than Python would.

``conflicts(fn, writes)``: ``writes`` maps the SSA name a write defines to its kind
(``"setitem"`` or ``"augassign"``); returns (write statement, name of the value read after
it) pairs, in program order.
"""
from __future__ import annotations

from ..ir.nodes import Assign, Const, For, If, Var, While, walk_stmts
from .liveness import analyse as liveness
from .unionfind import UnionFind, union_joins

# numpy functions that return a view of their first argument (a list of views, for splits)
ARRAY_VIEWS = {"np.flip", "np.fliplr", "np.flipud", "np.rot90", "np.swapaxes", "np.moveaxis",
               "np.diagonal", "np.diag", "np.atleast_1d", "np.atleast_2d", "np.atleast_3d",
               "np.broadcast_to", "np.split", "np.array_split", "np.hsplit", "np.vsplit",
               "np.dsplit"}

VIEWS = {"getitem", "np.reshape", "np.transpose", "np.ravel", "np.squeeze",
         "np.expand_dims", "np.asarray", "unpack"} | ARRAY_VIEWS


CREATE = {"np.zeros", "np.ones", "np.empty", "np.full"}


def _ranks(fn):
    """Ranks of arrays made with a literal shape (``np.zeros((2, 3))``), and of what is
    written into them: enough to tell ``y[1]`` (an element) from ``m[1]`` (a row view)."""
    rank, tuples = {}, {}
    for _ in range(2):  # a loop's carry gets its rank from the first pass
        for s in walk_stmts(fn.body):
            if not isinstance(s, Assign) or not s.outs:
                continue
            if s.prim == "tuple":
                tuples[s.outs[0]] = len(s.args)
            elif s.prim in CREATE and s.args:
                shape = s.args[0]
                if isinstance(shape, Const) and isinstance(shape.value, int):
                    rank[s.outs[0]] = 1
                elif isinstance(shape, Const) and isinstance(shape.value, tuple):
                    rank[s.outs[0]] = len(shape.value)
                elif isinstance(shape, Var) and shape.name in tuples:
                    rank[s.outs[0]] = tuples[shape.name]
            elif s.prim in ("setitem", "np.zeros_like", "np.ones_like") and isinstance(s.args[0], Var) \
                    and s.args[0].name in rank:
                rank[s.outs[0]] = rank[s.args[0].name]
        for s in walk_stmts(fn.body):
            if isinstance(s, (For, While)):
                for c, i, o in zip(s.carries, s.inits, s.outs):
                    # a carry keeps its initial rank if each iteration does (checked below)
                    if isinstance(i, Var) and i.name in rank:
                        rank.setdefault(c, rank[i.name])
                        rank.setdefault(o, rank[i.name])
    for s in walk_stmts(fn.body):
        if isinstance(s, (For, While)):
            for c, r, o in zip(s.carries, s.body.results, s.outs):
                if c in rank and not (isinstance(r, Var) and rank.get(r.name) == rank[c]):
                    del rank[c]
                    rank.pop(o, None)
    return rank


def _is_view(s, rank):
    """Might ``s`` (a getitem) return a view, not a copy of one element?"""
    base = s.args[0]
    index = s.args[1:]
    if not (isinstance(base, Var) and base.name in rank):
        return True
    ints = all(isinstance(i, Var) or isinstance(i, Const) and type(i.value) is int
               for i in index)
    return not (ints and len(index) == rank[base.name])


def conflicts(fn, writes):
    if not writes:
        return []
    lv = liveness(fn)
    rank = _ranks(fn)
    uf = UnionFind()
    for s in walk_stmts(fn.body):
        if isinstance(s, Assign):
            if s.prim == "getitem" and not _is_view(s, rank):
                continue
            if s.prim in VIEWS or s.outs and s.outs[0] in writes:
                for a in s.args[:1]:
                    if isinstance(a, Var):
                        for o in s.outs:
                            uf.union(a.name, o)
    union_joins(fn, uf)
    members = {}
    for n in lv.defpos:
        members.setdefault(uf.find(n), []).append(n)
    dead = _dead_carry_results(fn, lv)
    found = []
    for s, skip, loops in _writes_in_context(fn.body, writes, lv):
        target = s.args[0]
        if not isinstance(target, Var):
            continue
        p = lv.pos[id(s)]
        for m in sorted(members.get(uf.find(target.name), [])):
            d = lv.defpos.get(m, 0)
            if m in s.outs or d >= p:
                continue
            for u, blk, how in lv.uses.get(m, []):
                if how == "result" and (blk, m) in dead:
                    continue  # handed to a loop carry nobody reads
                later = u > p and not any(a < u <= b for a, b in skip)
                again = any(a < u <= b and d < a for a, b in loops)  # the next iteration
                if (later or again) and u != p:
                    found.append((s, m))
                    break
            else:
                continue
            break
    return found


def _dead_carry_results(fn, lv):
    """(id(body), name) of values a loop body hands only to carries that are never read:
    not in the loop, not after it (a name assigned in a loop and never used again)."""
    live, dead = set(), set()
    for s in walk_stmts(fn.body):
        if isinstance(s, (For, While)):
            for c, r, o in zip(s.carries, s.body.results, s.outs):
                if isinstance(r, Var):
                    unread = not lv.uses.get(c) and not lv.uses.get(o)
                    (dead if unread else live).add((id(s.body), r.name))
    return dead - live


def _writes_in_context(block, writes, lv, skip=(), loops=()):
    """Each write with the position spans that cannot run after it (the other arm of each
    branch around it) and the spans of the loops around it."""
    for s in block.stmts:
        if isinstance(s, Assign) and s.outs and s.outs[0] in writes:
            yield s, skip, loops
        elif isinstance(s, If):
            yield from _writes_in_context(s.then, writes, lv, skip + (_span(s.orelse, lv),), loops)
            yield from _writes_in_context(s.orelse, writes, lv, skip, loops)
        elif isinstance(s, (For, While)):
            span = (lv.pos[id(s)], lv.end[id(s)])
            for sub in ((s.body,) if isinstance(s, For) else (s.cond, s.body)):
                yield from _writes_in_context(sub, writes, lv, skip, loops + (span,))


def _span(block, lv):
    """(first, last) positions a block's statements and results occupy."""
    return lv.spans[id(block)]

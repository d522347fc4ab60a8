"""What a loop records for its backward sweep holds only what the backward sweep reads, so
that the memory of a gradient grows linearly with the trip count (SPEC.md section 7).

``copy_recorded_rows``: a loop that records a row of an array it updates records a copy
of the row. In ``H[t + 1] = np.tanh(W @ H[t])`` the backward sweep reads ``H[t]``; were
the view itself recorded, it would keep ``H`` alive, and since ``H`` is then held by the
tape, every later update must copy ``H`` (value semantics): T copies of a T-row array, a
memory quadratic in T. With the row copied where it is read, the view is dead before the
update, which then writes in place.

Before (a loop body)::

    t2 = H[t]
    t3 = np.tanh(W @ t2)
    H_1 = setitem(H, t1, t3)
    tape.push(%tape, t2, t3)

After::

    t2 = H[t]
    t4 = np.copy(t2)
    t3 = np.tanh(W @ t2)
    H_1 = setitem(H, t1, t3)
    tape.push(%tape, t4, t3)

The numpy backend only: a jax array is immutable, and a scan stacks the rows it records.
"""
from __future__ import annotations

from dataclasses import replace

from ..analysis.aliasing import _is_view, _ranks
from ..ir.nodes import Assign, Block, Var, walk_stmts
from ..ir.rewrite import map_regions

UPDATES = {"setitem", "add_at", "tree_add_at"}


def copy_recorded_rows(fn, names):
    """``names``: a NameGen for fresh names. Returns the new Function."""
    rank = _ranks(fn)

    def block(b):
        stmts = [map_regions(s, block) for s in b.stmts]
        updated = {s.args[0].name for s in walk_stmts(Block(tuple(stmts), ()))
                   if isinstance(s, Assign) and s.prim in UPDATES and isinstance(s.args[0], Var)}
        pushed = {a.name for s in stmts if isinstance(s, Assign) and s.prim == "tape.push"
                  for a in s.args[1:] if isinstance(a, Var)}
        copies, out = {}, []
        for s in stmts:
            if isinstance(s, Assign) and s.prim == "tape.push":
                s = replace(s, args=tuple(Var(copies[a.name]) if isinstance(a, Var)
                                          and a.name in copies else a for a in s.args))
            out.append(s)
            if isinstance(s, Assign) and s.prim == "getitem" and s.outs[0] in pushed \
                    and _row_of_updated(s, updated, rank):
                copies[s.outs[0]] = c = names.fresh(s.outs[0])
                out.append(Assign((c,), "np.copy", (Var(s.outs[0]),), (), s.loc))
        return Block(tuple(out), b.results)

    return replace(fn, body=block(fn.body))


def _row_of_updated(s, updated, rank):
    """Is ``s`` a view into an array of known rank that the same block updates?"""
    base = s.args[0]
    return isinstance(base, Var) and base.name in updated and base.name in rank \
        and _is_view(s, rank)

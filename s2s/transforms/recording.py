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

``reread_final_rows``: a row that a loop over ``range(n)`` reads and no later step writes
(each step writes only rows ahead of its own, ``H[t + 1] = ...``) is not recorded at all:
the backward loop reads it from the final array (``H[t]``), on both backends (a jax scan
whose tape holds slices of the array it updates copies the array every step).

``preallocate_rows``: a list that a loop over ``range(n)`` (or its reverse) fills with
one value per step becomes ``rows_for(r)`` (``s2s.runtime.Rows``): the values go into one
array of n rows allocated at the first step, so that no list of n small arrays is kept
and stacked (a copy) after the loop. Only for lists read by rows, slices and
``stack_rows`` alone, which ``Rows`` answers as the list would.

The numpy backend only: a jax array is immutable, and a scan stacks the rows it records.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from ..analysis.aliasing import _is_view, _ranks
from ..ir.nodes import (Assign, Block, Const, For, Slice, Var, block_uses, regions, stmt_uses,
                        walk_stmts)
from ..ir.rewrite import map_regions
from .rows import ARITH, _final_row

UPDATES = {"setitem", "add_at", "tree_add_at"}


def reread_final_rows(fn):
    """Returns the new Function."""
    ops = {}
    for st in walk_stmts(fn.body):
        if isinstance(st, Assign) and st.prim in ("tape.push", "tape.pop"):
            ops.setdefault(st.args[0].name, []).append(st)
    defs = {o: s for s in walk_stmts(fn.body) if isinstance(s, Assign) for o in s.outs}
    changed = {}  # id(statement) -> its replacement (None: dropped)

    for fwd in walk_stmts(fn.body):
        steps = _steps(fwd, defs)
        if steps is None or steps[1]:
            continue
        push = next((st for st in fwd.body.stmts if isinstance(st, Assign)
                     and st.prim == "tape.push"), None)
        found = ops.get(push.args[0].name, []) if push is not None else []
        if sorted(st.prim for st in found) != ["tape.pop", "tape.push"]:
            continue
        pop = next(st for st in found if st.prim == "tape.pop")
        bwd = next((s for s in walk_stmts(fn.body) if isinstance(s, For)
                    and s.body.stmts[:1] == (pop,)), None)
        if bwd is None or _steps(bwd, defs) != (steps[0], True):
            continue
        body = {o: st for st in fwd.body.stmts if isinstance(st, Assign) for o in st.outs}
        kept, rereads = [], []
        for value, popped in zip(push.args[1:], pop.outs):
            final = _final_row(body.get(value.name) if isinstance(value, Var) else None,
                               fwd, body)
            if final is None:
                kept.append((value, popped))
            else:
                rereads.append(Assign((popped,), "getitem", (Var(final), Var(bwd.index)),
                                      (), pop.loc))
        if not rereads:
            continue
        changed[id(push)] = replace(push, args=(push.args[0], *(v for v, _ in kept))) \
            if kept else None
        changed[id(pop)] = [replace(pop, outs=tuple(p for _, p in kept))] if kept else []
        changed[id(pop)] += rereads

    def block(b):
        stmts = []
        for s in b.stmts:
            new = changed.get(id(s), s)
            if isinstance(new, list):
                stmts += new
            elif new is not None:
                stmts.append(map_regions(new, block))
        return Block(tuple(stmts), b.results)

    return replace(fn, body=block(fn.body)) if changed else fn


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


# what a list of a loop's values may be used for, for a Rows to stand in for it
ROW_READS = {"getitem", "stack_rows", "len"}


def preallocate_rows(fn):
    """Returns the new Function."""
    defs = {o: s for s in walk_stmts(fn.body) if isinstance(s, Assign) for o in s.outs}
    uses = Counter(block_uses(fn.body))
    readers = {}
    for s in walk_stmts(fn.body):
        if isinstance(s, Assign):
            for a in {a.name for a in s.args if isinstance(a, Var)}:
                readers.setdefault(a, []).append(s)

    def by_rows(name):
        """Is ``name`` read only by position, by ``len``, by ``stack_rows``, and sliced
        into values read so (not, say, concatenated as a list)?"""
        found = readers.get(name, ())
        return uses[name] == len(found) and all(
            s.args[0] == Var(name) and Var(name) not in s.args[1:] and not s.kwargs
            and s.prim in ROW_READS and (s.prim != "getitem" or len(s.args) == 2 and (
                not isinstance(s.args[1], Slice) or by_rows(s.outs[0])))
            for s in found)

    starts = {}  # the list a loop starts from -> the statement that makes a Rows instead
    records = set()  # the loops' lists that become Rows
    taken = set()  # the arrays whose rows a Rows takes over
    moved = {}  # id(loop) -> ids of the starts of its records that take over such rows
    for loop in walk_stmts(fn.body):
        steps = _steps(loop, defs)
        if steps is None:
            continue
        r, backwards = steps
        body = {st.outs[0]: st for st in loop.body.stmts if isinstance(st, Assign) and st.outs}
        inner = Counter(block_uses(loop.body))
        for c, init, res, o in zip(loop.carries, loop.inits, loop.body.results, loop.outs):
            grow = body.get(res.name) if isinstance(res, Var) else None
            start = defs.get(init.name) if isinstance(init, Var) else None
            if grow is None or grow.prim != "append" or grow.args[0] != Var(c) \
                    or start is None or start.prim != "list" or start.kwargs \
                    or len(start.args) > 1 or backwards and start.args \
                    or inner[c] != 1 or uses[init.name] != 1 or not by_rows(o):
                continue
            kwargs = (("reverse", Const(True)),) if backwards else ()
            spent = None if start.args else _spent_rows(loop, grow, defs, uses, taken)
            if spent is not None:
                taken.add(spent)
                kwargs += (("into", Var(spent)),)
                moved.setdefault(id(loop), []).append(id(start))
            starts[id(start)] = replace(start, prim="rows_for", args=(r, *start.args),
                                        kwargs=kwargs)
            records.add(o)

    def block(b):
        local = {o for s in b.stmts if isinstance(s, Assign) for o in s.outs}
        here = {id(s) for s in b.stmts}
        # a record that takes over a lifted array's rows is made after it, by its loop
        late = {k for loop, ks in moved.items() if loop in here for k in ks if k in here}
        stmts = []
        for s in b.stmts:
            stmts += [starts[k] for k in moved.get(id(s), ()) if k in late]
            if isinstance(s, Assign) and id(s) not in late:
                stmts.append(_overwrite(starts.get(id(s), s), local))
            elif not isinstance(s, Assign):
                stmts.append(map_regions(s, block))
        return Block(tuple(stmts), b.results)

    def fresh(name):
        """Is ``name`` an array of rows that nothing but its one use reads?"""
        d = defs.get(name)
        return uses[name] == 1 and d is not None and (
            d.prim == "rowwise" or d.prim == "stack_rows" and isinstance(d.args[0], Var)
            and d.args[0].name in records and uses[d.args[0].name] == 1)

    def _overwrite(s, local):
        """A lifted map of rows nothing else reads may write its result over them."""
        if s.prim != "rowwise":
            return s
        a = s.args[1 + dict(s.kwargs).get("rows", Const(0)).value]
        if isinstance(a, Var) and a.name in local and fresh(a.name):
            return replace(s, kwargs=s.kwargs + (("overwrite", Const(True)),))
        return s

    return replace(fn, body=block(fn.body))


def _spent_rows(loop, append, defs, uses, taken):
    """An array of rows lifted before ``loop`` (``rowwise``) that the loop alone reads, row
    ``i`` at step ``i`` and before its ``append``: the row is spent when the step records
    its value, so the record may take the row's place (``rows_for(r, into=t3)``)."""
    stmts = loop.body.stmts
    k = stmts.index(append)
    for st in stmts[:k]:
        if not (isinstance(st, Assign) and st.prim == "getitem" and len(st.args) == 2
                and st.args[1] == Var(loop.index) and isinstance(st.args[0], Var)):
            continue
        a = st.args[0].name
        d = defs.get(a)
        if d is None or d.prim != "rowwise" or uses[a] != 1 or a in taken:
            continue
        row = st.outs[0]
        readers = [s for s in stmts if row in _reads(s)]
        # read only by arithmetic (a new array: no name for the row outlives the step's
        # reading of it) before the append
        if Var(row) not in loop.body.results and all(
                isinstance(s, Assign) and s.prim in ARITH and stmts.index(s) < k
                for s in readers):
            return a
    return None


def _reads(stmt):
    return set(stmt_uses(stmt)) | {n for _, sub in regions(stmt) for n in block_uses(sub)}


def _steps(loop, defs):
    """(the ``range(n)`` a loop runs over, whether backwards), else None."""
    if not isinstance(loop, For) or not isinstance(loop.iter, Var):
        return None
    d, backwards = defs.get(loop.iter.name), False
    if d is not None and d.prim == "reversed" and isinstance(d.args[0], Var):
        d, backwards = defs.get(d.args[0].name), True
        it = d and d.outs[0]
    else:
        it = loop.iter.name
    if d is None or d.prim != "range" or len(d.args) != 1:
        return None
    return Var(it), backwards

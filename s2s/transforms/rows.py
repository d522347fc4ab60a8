"""Per-step work that depends only on the row a loop reads becomes one whole-array
operation before the loop.

In ``for x_t in xs: h = np.tanh(W @ h + U @ x_t + b)`` the product ``U @ x_t`` and the
sum ``... + b`` depend on nothing the loop carries: they are a map over the rows of
``xs``. ``lift_rows`` computes such maps once, before the loop, for every row at once
(``rowwise(np.matmul, U, xs, rows=1)``), and the loop reads row ``i`` of the result.
T small numpy calls become one call on a T times larger array, which costs about the
same as one of the small calls.

What is lifted, in the body of a loop over ``range(n)`` or ``reversed(range(n))`` (not
inside its branches): numpy ufuncs, the arithmetic operators and ``@`` with one operand
that is row ``i`` of a sequence of exactly n rows, or a value lifted before, and the
others from outside the loop. The sequences (roots) are ``xs`` for ``range(len(xs))`` or
``range(xs.shape[0])`` where xs is a parameter or a known array (the rows of a list the
function built would take ``rowwise``'s slow path, which only reorders the loop's work),
the lists a loop over the same range filled by one append per step, and the rows lifted
from those for an earlier loop.

``tapes_to_lists`` feeds the backward sweep to it: a forward loop records its values in
one list per value instead of a tape of tuples, and the backward loop over the reversed
range reads row ``i`` of them, so that what the backward loop computes from recorded
values alone (``1 - h ** 2`` of a tanh's adjoint) is lifted too.

A sum ``a + m + c`` whose first term changes every step is regrouped as ``a + (m + c)``
when that lets ``m + c`` be lifted; this may change the primal value in its last bit
(floating-point addition is not associative), as any compiler's reassociation does.

``rowwise`` (``s2s.runtime``) takes the fast path only when numpy's broadcasting gives
row k of the whole-array result exactly; otherwise (a list of rows of different shapes,
operands of more dimensions than a row) it makes the list of per-row results, which the
loop reads the same way: what the loop computed is computed, never something else. The
numpy backend only: a jax scan runs its body as one XLA program already.
"""
from __future__ import annotations

import keyword
from collections import Counter
from dataclasses import replace

import numpy as np

from ..ir.nodes import Assign, Block, Const, For, Global, Slice, Var, block_uses, walk_stmts
from ..ir.rewrite import map_regions, subst_block

# IR arithmetic -> the numpy function that computes it elementwise over rows
ARITH = {"add": np.add, "sub": np.subtract, "mul": np.multiply, "truediv": np.true_divide,
         "pow": np.power, "neg": np.negative, "matmul": np.matmul}


def tapes_to_lists(fn, names):
    """A loop over ``range(n)`` that records its values on a tape, read back by the loop
    over ``reversed(range(n))`` beside it, appends each value to a list of its own instead,
    and the backward loop reads row ``i`` of those lists: the rows lifting can then lift
    what the backward loop computes from recorded values alone (``1 - h ** 2`` of a
    tanh's adjoint). A recorded ``xs[i]`` of an array from outside the loop is not kept
    at all: the backward loop reads ``xs[i]`` again."""
    defs = {o: s for s in walk_stmts(fn.body) if isinstance(s, Assign) for o in s.outs}
    ops = {}
    for st in walk_stmts(fn.body):
        if isinstance(st, Assign) and st.prim in ("tape.push", "tape.pop"):
            ops.setdefault(st.args[0].name, []).append(st)

    def pair(tape):
        """(push, pop) of a tape used once each way, else None."""
        found = ops.get(tape, [])
        kinds = sorted(st.prim for st in found)
        if kinds != ["tape.pop", "tape.push"]:
            return None
        return tuple(sorted(found, key=lambda st: st.prim != "tape.push"))

    done = set()  # the tapes replaced

    def block(b):
        stmts = [map_regions(s, block) for s in b.stmts]
        loops = [s for s in stmts if isinstance(s, For)]
        for fwd in loops:
            r = defs.get(fwd.iter.name) if isinstance(fwd.iter, Var) else None
            if r is None or r.prim != "range" or len(r.args) != 1:
                continue  # the index is the position in the lists only for range(n)
            push = next((st for st in fwd.body.stmts if isinstance(st, Assign)
                         and st.prim == "tape.push"), None)
            found = push and pair(push.args[0].name)
            if not found or found[0] is not push:
                continue
            pop = found[1]
            bwd = next((s for s in loops if s.body.stmts[:1] == (pop,)), None)
            rev = defs.get(bwd.iter.name) if bwd is not None and isinstance(bwd.iter, Var) \
                else None
            if rev is None or rev.prim != "reversed" or rev.args != (fwd.iter,):
                continue
            new_fwd, new_bwd, inits = _as_lists(fwd, bwd, push, pop, names)
            k = stmts.index(fwd)
            stmts[k:k + 1] = [*inits, new_fwd]
            stmts[stmts.index(bwd)] = new_bwd
            done.add(push.args[0].name)
        return Block(tuple(stmts), b.results)

    def unused(b):
        return Block(tuple(map_regions(s, unused) for s in b.stmts
                           if not (isinstance(s, Assign) and s.prim == "tape.new"
                                   and s.outs[0] in done)), b.results)

    return replace(fn, body=unused(block(fn.body)))


def _as_lists(fwd, bwd, push, pop, names):
    """The two loops with the tape replaced by one list per recorded value."""
    inside = _inside(fwd)
    defs = {s.outs[0]: s for s in fwd.body.stmts if isinstance(s, Assign) and len(s.outs) == 1}
    inits, carries, results, outs, appends, reads = [], [], [], [], [], []
    for value, popped in zip(push.args[1:], pop.outs):
        d = defs.get(value.name) if isinstance(value, Var) else None
        xs = _row_read(d, fwd.index)
        if xs is not None and xs.name not in inside:
            reads.append(Assign((popped,), "getitem", (xs, Var(bwd.index)), (), d.loc))
            continue
        base = value.name.split(".")[0] if isinstance(value, Var) else "%t"
        init, param, grown, out = (names.fresh(base + "_all") for _ in range(4))
        inits.append(Assign((init,), "list", (), (), push.loc))
        carries.append(param)
        results.append(Var(grown))
        outs.append(out)
        appends.append(Assign((grown,), "append", (Var(param), value), (), push.loc))
        reads.append(Assign((popped,), "getitem", (Var(out), Var(bwd.index)), (), pop.loc))
    body = Block(tuple(s for s in fwd.body.stmts if s is not push) + tuple(appends),
                 fwd.body.results + tuple(results))
    new_fwd = replace(fwd, carries=fwd.carries + tuple(carries),
                      inits=fwd.inits + tuple(Var(s.outs[0]) for s in inits), body=body,
                      outs=fwd.outs + tuple(outs))
    new_bwd = replace(bwd, body=Block(tuple(reads) + bwd.body.stmts[1:], bwd.body.results))
    return new_fwd, new_bwd, inits


def _final_row(d, loop, defs):
    """The loop's final value of a carry ``H`` when ``d`` is ``H[i]`` and every step writes
    only rows ahead of its own (``H[i + 1] = ...``): row i is then final by step i, and
    the backward loop may read it from the final array instead of a record
    (``s2s/transforms/recording.py``)."""
    xs = _row_read(d, loop.index)
    if xs is None or xs.name not in loop.carries:
        return None
    k = loop.carries.index(xs.name)
    value = loop.body.results[k]
    while value != xs:  # back along the carry's updates to its value at the step's start
        up = defs.get(value.name) if isinstance(value, Var) else None
        if up is None or up.prim != "setitem" or len(up.args) != 3 \
                or not _ahead(up.args[2], loop.index, defs):  # (array, value, index)
            return None
        value = up.args[0]
    return loop.outs[k]


def _ahead(index, i, defs):
    """Is ``index`` ``i + c`` for a constant integer c >= 1?"""
    d = defs.get(index.name) if isinstance(index, Var) else None
    return d is not None and d.prim == "add" and len(d.args) == 2 and d.args[0] == Var(i) \
        and isinstance(d.args[1], Const) and type(d.args[1].value) is int and d.args[1].value >= 1


def reread_lists(fn, names, arrays=frozenset()):
    """A list that a loop over ``range(n)`` (or its reverse) fills with row ``i`` of a
    sequence of n rows from outside the loop holds that sequence's rows (reversed, for a
    backward loop): stacking the list is taking the sequence (``xs[::-1]``), and the loop
    need not fill it. Of an array (``arrays``: the values known to be arrays) of more rows,
    its first n (``xs[:n][::-1]``)."""
    defs = {o: s for s in walk_stmts(fn.body) if isinstance(s, Assign) for o in s.outs}
    lists = _collected(fn, defs)
    source = {}  # list -> (the sequence, whether reversed, the row count to cut it to)
    # the arrays a loop fills by writes into an array it starts from (``H[t + 1] = ...``)
    updated_arrays = set()
    for loop in walk_stmts(fn.body):
        for k, o in enumerate(getattr(loop, "outs", ()) if isinstance(loop, For) else ()):
            init, value = loop.inits[k], loop.body.results[k]
            while isinstance(value, Var) and value.name in defs \
                    and defs[value.name].prim in ("setitem", "add_at"):
                value = defs[value.name].args[0]
            if value == Var(loop.carries[k]) and _is_var(init, arrays):
                updated_arrays.add(o)
    for loop in walk_stmts(fn.body):
        r = _range(loop.iter, defs) if isinstance(loop, For) else None
        if r is None:
            continue
        sized = {_measured(defs[r].args[0], defs)} | {x for x, built in lists.items()
                                                      if built == r}
        body = {st.outs[0]: st for st in loop.body.stmts if isinstance(st, Assign) and st.outs}
        inside = _inside(loop)
        for o, (value, _) in _appended(loop, defs).items():
            xs = _row_read(body.get(value.name) if isinstance(value, Var) else None,
                           loop.index)
            backwards = defs[loop.iter.name].prim == "reversed"
            if _is_var(xs, sized):
                source[o] = (xs, backwards, None)
            elif xs is not None and xs.name not in inside and (
                    xs.name in arrays or xs.name in updated_arrays):
                source[o] = (xs, backwards, defs[r].args[0])
    if not source:
        return fn

    def block(b):
        stmts = []
        for s in b.stmts:
            s = map_regions(s, block)
            if isinstance(s, Assign) and s.prim == "stack_rows" and _is_var(s.args[0], source):
                xs, backwards, n = source[s.args[0].name]
                for cut in ([Slice(None, n)] if n is not None else []) \
                        + ([Slice(None, None, Const(-1))] if backwards else []):
                    t = names.fresh("%t")
                    stmts.append(Assign((t,), "getitem", (xs, cut), (), s.loc))
                    xs = Var(t)
                s = replace(s, args=(xs,))
            stmts.append(s)
        return Block(tuple(stmts), b.results)

    return replace(fn, body=block(fn.body))


def lift_rows(fn, table, names, arrays):
    """The new Function; ``table``: the rule table (which functions are ufuncs);
    ``names``: a NameGen for fresh names; ``arrays``: values known to be numpy arrays."""
    defs = {o: s for s in walk_stmts(fn.body) if isinstance(s, Assign) for o in s.outs}
    arrays = set(fn.params) | set(arrays)
    lists = _collected(fn, defs)

    def block(b):
        stmts = []
        for s in b.stmts:
            s = map_regions(s, block)
            if isinstance(s, For):
                before, s = _lift(s, _roots(s, defs, arrays, lists), table, names)
                stmts.extend(before)
            stmts.append(s)
        return Block(tuple(stmts), b.results)

    return replace(fn, body=block(fn.body))


def _range(it, defs):
    """The ``range(n)`` value a loop runs over, forwards or reversed, else None."""
    d = defs.get(it.name) if isinstance(it, Var) else None
    if d is not None and d.prim == "reversed" and isinstance(d.args[0], Var):
        it, d = d.args[0], defs.get(d.args[0].name)
    if d is None or d.prim != "range" or len(d.args) != 1:
        return None
    return it.name


def _collected(fn, defs):
    """{list: the range value of the loop that built it}: lists that start empty and get
    one value appended on every iteration of a loop over ``range(n)``."""
    out = {}
    for loop in walk_stmts(fn.body):
        r = _range(loop.iter, defs) if isinstance(loop, For) else None
        if r is not None and defs[loop.iter.name].prim == "range":
            out.update((o, r) for o in _appended(loop, defs))
    return out


def _appended(loop, defs):
    """{out: (value, carry)} of the lists that start empty and get one value appended on
    every iteration of ``loop``."""
    out = {}
    body = {st.outs[0]: st for st in loop.body.stmts if isinstance(st, Assign) and st.outs}
    for c, init, res, o in zip(loop.carries, loop.inits, loop.body.results, loop.outs):
        grow = body.get(res.name) if isinstance(res, Var) else None
        start = defs.get(init.name) if isinstance(init, Var) else None
        if grow is not None and grow.prim == "append" and grow.args[0] == Var(c) \
                and start is not None and start.prim == "list" and not start.args:
            out[o] = (grow.args[1], c)
    return out


def _roots(loop, defs, arrays, lists):
    """{sequence: whether its rows need stacking} for the sequences whose row ``i`` a loop
    over ``range(n)`` may read, each of exactly n rows: ``xs`` for ``range(len(xs))``
    where xs is a parameter or an array (a list the function built would take
    ``rowwise``'s slow path, which only reorders the loop's work), and the lists a loop
    over the same range collected."""
    r = _range(loop.iter, defs)
    if r is None:
        return {}
    roots = {name: True for name, built in lists.items() if built == r}
    xs = _measured(defs[r].args[0], defs)
    if xs in arrays:
        roots[xs] = False
    for name, d in defs.items():  # the rows lifted from those, for an earlier loop
        if d.prim in ("rowwise", "stack_rows") and _base(name, defs) in roots:
            roots[name] = False
    return roots


def _base(name, defs):
    """The sequence whose rows ``name``'s rows are a map of (itself if none)."""
    d = defs.get(name)
    while d is not None and d.prim in ("rowwise", "stack_rows"):
        k = dict(d.kwargs).get("rows", Const(0)).value + 1 if d.prim == "rowwise" else 0
        name = d.args[k].name
        d = defs.get(name)
    return name


def _measured(n, defs):
    """``xs`` when ``n`` is ``len(xs)`` or ``xs.shape[0]``."""
    size = defs.get(n.name) if isinstance(n, Var) else None
    if size is not None and size.prim == "getitem" and size.args[1:] == (Const(0),) \
            and isinstance(size.args[0], Var):
        size = defs.get(size.args[0].name)
        measure = "np.shape"
    else:
        measure = "len"
    if size is None or size.prim != measure or len(size.args) != 1 \
            or not isinstance(size.args[0], Var):
        return None
    return size.args[0].name


def _function(s, table):
    """The numpy function whose whole-array application computes ``s`` row by row."""
    if s.kwargs:
        return None
    if s.prim in ARITH:
        return ARITH[s.prim]
    impl = getattr(table.get(s.prim), "impl", None)
    if s.prim.startswith("np.") and isinstance(impl, np.ufunc) and impl.nin == len(s.args):
        return impl
    return None


def _inside(loop):
    """Names the loop defines: its index, its carries, its body's values."""
    return {loop.index, *loop.carries,
            *(o for st in walk_stmts(loop.body) for o in getattr(st, "outs", ()))}


def _is_var(a, names):
    return isinstance(a, Var) and a.name in names


def _row_read(s, index):
    """``xs`` when the statement ``s`` is ``xs[index]``, else None."""
    if isinstance(s, Assign) and s.prim == "getitem" and len(s.args) == 2 and not s.kwargs \
            and s.args[1] == Var(index) and isinstance(s.args[0], Var):
        return s.args[0]
    return None


def _lift(loop, roots, table, names):
    """(statements to run before the loop, the loop)."""
    if not roots:
        return [], loop
    body = _regroup(loop, roots, table)
    rows = _rows(loop, body, roots, table)  # value -> the value whose rows are its rows
    named = {}  # the rows' names, for what is used
    before, stmts = [], []

    def rows_of(value):
        if value not in named:
            seq = rows[value]
            if seq in roots:  # the root xs[i]: its rows are xs, or the list stacked
                named[value] = seq
                if roots[seq]:
                    named[value] = names.fresh(seq.split(".")[0] + "_rows")
                    before.append(Assign((named[value],), "stack_rows", (Var(seq),)))
            else:
                named[value] = names.fresh("%t" if value.startswith("%")
                                           else value.split(".")[0] + "_rows")
        return named[value]

    for s in body.stmts:
        out = s.outs[0] if isinstance(s, Assign) and len(s.outs) == 1 else None
        if out in rows and rows[out] not in roots:
            k = next(k for k, a in enumerate(s.args) if _is_var(a, rows))
            args = [Var(rows_of(a.name)) if j == k else a for j, a in enumerate(s.args)]
            f = _function(s, table)
            before.append(Assign((rows_of(out),), "rowwise",
                                 (Global.of(f"np.{f.__name__}", f, np), *args),
                                 (("rows", Const(k)),) if k else (), s.loc))
            s = Assign((out,), "getitem", (Var(rows_of(out)), Var(loop.index)), (), s.loc)
        stmts.append(s)
    if not before:
        return [], loop
    return before, replace(loop, body=Block(tuple(stmts), body.results))


def _rows(loop, body, roots, table):
    """{value: itself, or the sequence it is row ``i`` of}: the values of the body that
    are maps of rows of the roots."""
    inside = _inside(loop)
    rows = {}
    for s in body.stmts:
        if not isinstance(s, Assign) or len(s.outs) != 1:
            continue
        if _is_var(_row_read(s, loop.index), roots):
            rows[s.outs[0]] = s.args[0].name
        elif _function(s, table) is not None \
                and sum(_is_var(a, rows) for a in s.args) == 1 \
                and not any(_is_var(a, inside) and not _is_var(a, rows) for a in s.args):
            rows[s.outs[0]] = s.outs[0]
    return rows


def _regroup(loop, roots, table):
    """The body with ``(a + m) + c`` written ``a + (m + c)`` where ``a`` changes every step,
    ``m`` is a map of the rows and ``c`` is defined outside the loop, so that ``m + c``
    is a map too (the inner sum is read only there)."""
    rows = _rows(loop, loop.body, roots, table)
    inside = _inside(loop)
    uses = {}
    for n in block_uses(loop.body):
        uses[n] = uses.get(n, 0) + 1
    sums = {s.outs[0]: s for s in loop.body.stmts
            if isinstance(s, Assign) and s.prim == "add" and len(s.outs) == 1}
    changed = {}
    for s in sums.values():
        t, c = s.args
        first = sums.get(t.name) if isinstance(t, Var) else None
        if first is None or uses.get(t.name) != 1 or _is_var(c, inside):
            continue
        a, m = first.args
        if _is_var(a, rows) and not _is_var(m, rows):
            a, m = m, a
        if _is_var(m, rows) and not _is_var(a, rows):
            changed[t.name] = replace(first, args=(m, c))
            changed[s.outs[0]] = replace(s, args=(a, t))
    if not changed:
        return loop.body
    return Block(tuple(changed.get(s.outs[0], s) if isinstance(s, Assign) and s.outs else s
                       for s in loop.body.stmts), loop.body.results)


def share_carry_lists(fn, names):
    """A loop over ``range(n)`` that records a carry's value at every step (``h``) and its
    next value (``h_1``) in two lists keeps one list of every value the carry takes,
    ``hs = [h0, h1, ..., hn]``: the two lists are ``hs[:-1]`` and ``hs[1:]``, loops over
    the same range read ``hs[i]`` and ``hs[i + 1]`` for their rows, and stacking either is
    slicing the one stack of ``hs``. One append a step and one stack fewer. A start of
    another shape than the later values (``h = 0.0``) leaves ``hs`` a list, which the
    row-wise helpers take row by row."""
    defs = {o: s for s in walk_stmts(fn.body) if isinstance(s, Assign) for o in s.outs}
    shared = {}  # list of every value -> the range its loop runs over

    def block(b):
        stmts = []
        for s in b.stmts:
            s = map_regions(s, block)
            after = []
            while isinstance(s, For) and _range(s.iter, defs) is not None \
                    and defs[s.iter.name].prim == "range":  # each carry's pair in turn
                before, s, tail = _share(s, defs, names, shared)
                if not before:
                    break
                stmts += before
                after = tail + after
            stmts += [s] + after
        return Block(tuple(stmts), b.results)

    fn = replace(fn, body=block(fn.body))
    if not shared:
        return fn
    return replace(fn, body=_reread_shared(fn.body, defs, shared, names))


def _share(loop, defs, names, shared):
    """(statements before, the loop, statements after) with the two lists of one carry
    made one; the loop as it was when it has no such pair."""
    appended = _appended(loop, defs)
    used = Counter(block_uses(loop.body))
    by_value = {}
    for o, (value, carry) in appended.items():
        if used.get(carry, 0) == 1 and isinstance(value, Var):  # the append is its only use
            by_value.setdefault(value.name, o)
    for k, (c, nxt) in enumerate(zip(loop.carries, loop.body.results)):
        at, after_step = by_value.get(c), by_value.get(getattr(nxt, "name", None))
        if at is None or after_step is None or at == after_step:
            continue
        a, b = loop.outs.index(at), loop.outs.index(after_step)
        base = c.split(".")[0]
        base = base + "_seq" if keyword.iskeyword(base + "s") else base + "s"  # not ``as``
        full, start = names.fresh(base), names.fresh(base)
        body = Block(tuple(st for st in loop.body.stmts
                           if not (isinstance(st, Assign) and st.outs
                                   and loop.body.results[a] == Var(st.outs[0]))),
                     tuple(r for j, r in enumerate(loop.body.results) if j != a))
        keep = [j for j in range(len(loop.carries)) if j != a]
        inits = [loop.inits[j] if j != b else Var(start) for j in keep]
        outs = [loop.outs[j] if j != b else full for j in keep]
        new = replace(loop, carries=tuple(loop.carries[j] for j in keep), inits=tuple(inits),
                      body=body, outs=tuple(outs))
        loc = loop.loc
        before = [Assign((start,), "list", (loop.inits[k],), (), loc)]
        after = [Assign((at,), "getitem", (Var(full), Slice(None, Const(-1))), (), loc),
                 Assign((after_step,), "getitem", (Var(full), Slice(Const(1), None)), (), loc)]
        shared[full] = loop.iter.name
        return before, new, after
    return [], loop, []


def _reread_shared(body, defs, shared, names):
    """Row ``i`` of ``hs[:-1]`` read by a loop over the same range is row ``i`` of ``hs``;
    a stack of a slice of ``hs`` is that slice of one stack of ``hs``."""
    sliced = {}  # name -> (list of every value, slices applied in order)
    for s in walk_stmts(body):
        if isinstance(s, Assign) and s.prim == "getitem" and len(s.args) == 2 \
                and isinstance(s.args[1], Slice) and isinstance(s.args[0], Var):
            src = s.args[0].name
            if src in sliced:
                sliced[s.outs[0]] = (sliced[src][0], sliced[src][1] + (s.args[1],))
            elif src in shared:
                sliced[s.outs[0]] = (src, (s.args[1],))
    # hs[:-1] and hs[1:]: row i of them is row i (i + 1) of hs, for i of a loop over hs's range
    offsets = {o: {(Slice(None, Const(-1)),): 0, (Slice(Const(1), None),): 1}.get(cuts)
               for o, (_, cuts) in sliced.items()}

    def block(b, indices):
        """``indices``: {loop index: the range it runs over} of the enclosing loops."""
        stmts, stacks = [], {}  # stacks: per block, so each is defined where it is read
        for s in b.stmts:
            if isinstance(s, For):
                r = _range(s.iter, defs)
                inner = {**indices, s.index: r} if r else indices
                stmts.append(map_regions(s, lambda blk, inner=inner: block(blk, inner)))
                continue
            s = map_regions(s, lambda blk: block(blk, indices))
            if isinstance(s, Assign) and s.prim == "getitem" and len(s.args) == 2 \
                    and _is_var(s.args[0], offsets) and offsets[s.args[0].name] is not None \
                    and isinstance(s.args[1], Var) \
                    and indices.get(s.args[1].name) == shared[sliced[s.args[0].name][0]]:
                row = s.args[1]
                if offsets[s.args[0].name]:
                    row = Var(names.fresh("%t"))
                    stmts.append(Assign((row.name,), "add", (s.args[1], Const(1)), (), s.loc))
                s = replace(s, args=(Var(sliced[s.args[0].name][0]), row))
            elif isinstance(s, Assign) and s.prim == "stack_rows" and _is_var(s.args[0], sliced):
                full, cuts = sliced[s.args[0].name]
                if full not in stacks:
                    stacks[full] = names.fresh(full.split(".")[0] + "_rows")
                    stmts.append(Assign((stacks[full],), "stack_rows", (Var(full),), (), s.loc))
                src = stacks[full]
                for cut in cuts[:-1]:
                    t = names.fresh("%t")
                    stmts.append(Assign((t,), "getitem", (Var(src), cut), (), s.loc))
                    src = t
                # a temporary: the slice reads best where it is used (hs_rows[1:])
                renamed[s.outs[0]] = Var(names.fresh("%t"))
                s = Assign((renamed[s.outs[0]].name,), "getitem", (Var(src), cuts[-1]), (), s.loc)
            stmts.append(s)
        return Block(tuple(stmts), b.results)

    renamed = {}
    return subst_block(block(body, {}), renamed)

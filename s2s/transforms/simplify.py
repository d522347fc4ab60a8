"""Clean-up passes on SSA IR: tuple forwarding, CSE, algebraic folding, dead code.

Each pass is a function from Function to Function.

* ``forward_tuples``: ``a, b = (x, y)`` and ``(x, y)[1]`` read their elements directly.
* ``cse``: a pure operation repeated with the same arguments reuses the first result
  when that one is visible (defined in the same region or an enclosing one).
* ``fold``: ``x * 1``, ``1.0 * x``, ``x / 1``, ``x + 0``, ``x ** 1``, ``-(-x)``,
  ``a * (1 / b)`` and arithmetic on constants.
* ``dce``: removes statements whose results nobody reads, branch and loop results nobody
  reads, and loop carries that only feed themselves.
"""
from __future__ import annotations

import operator
from dataclasses import replace

from ..ir.nodes import (Assign, Block, Const, For, Global, If, Slice, Var, While,
                        atoms_in, regions, walk_stmts)
from ..ir.rewrite import map_regions, subst_atom, subst_stmt

EFFECTS = {"tape.push", "tape.new", "tape.pop", "sweep"}
IMPURE = EFFECTS | {"call", "tape.pop", "np.random.rand"}


def _map_fn(fn, block_fn):
    return replace(fn, body=block_fn(fn.body))


# -- tuple forwarding -------------------------------------------------------------------
def forward_tuples(fn):
    tuples = {}
    m = {}

    def block(b):
        stmts = []
        for s in b.stmts:
            s = subst_stmt(s, m)
            if isinstance(s, Assign):
                if s.prim == "tuple":
                    tuples[s.outs[0]] = s.args
                src = s.args[0] if s.args else None
                if s.prim == "unpack" and isinstance(src, Var) and src.name in tuples \
                        and len(tuples[src.name]) == len(s.outs):
                    m.update(zip(s.outs, tuples[src.name]))
                    continue
                if s.prim == "getitem" and len(s.args) == 2 and isinstance(src, Var) \
                        and src.name in tuples and isinstance(s.args[1], Const) \
                        and isinstance(s.args[1].value, int):
                    items = tuples[src.name]
                    if -len(items) <= s.args[1].value < len(items):
                        m[s.outs[0]] = items[s.args[1].value]
                        continue
                stmts.append(s)
            else:
                stmts.append(map_regions(s, block))
        return Block(tuple(stmts), tuple(subst_atom(a, m) for a in b.results))

    return _map_fn(fn, block)


# -- common subexpressions -------------------------------------------------------------
def _key(s):
    def k(a):
        if isinstance(a, Const):
            return ("c", type(a.value).__name__, repr(a.value))
        if isinstance(a, Global):
            return ("g", a.name, a.key)
        if isinstance(a, Slice):
            return ("s",) + tuple(None if p is None else k(p) for p in (a.lower, a.upper, a.step))
        return ("v", a.name)
    return (s.prim, tuple(k(a) for a in s.args), tuple((n, k(v)) for n, v in s.kwargs), len(s.outs))


def cse(fn):
    m = {}

    def block(b, seen):
        seen = dict(seen)
        stmts = []
        for s in b.stmts:
            s = subst_stmt(s, m)
            if isinstance(s, Assign):
                # an iterator (reversed) runs out in the loop that reads it: one per loop
                if s.prim not in IMPURE and s.prim not in ("setitem", "add_at", "tree_add_at",
                                                            "list", "append", "zeros_like",
                                                            "reversed"):
                    key = _key(s)
                    if key in seen:
                        m.update({o: Var(p) for o, p in zip(s.outs, seen[key])})
                        continue
                    seen[key] = s.outs
                stmts.append(s)
            else:
                stmts.append(map_regions(s, lambda sub: block(sub, seen)))
        return Block(tuple(stmts), tuple(subst_atom(a, m) for a in b.results))

    return _map_fn(fn, lambda b: block(b, {}))


# -- loop invariants ------------------------------------------------------------------------
# what must stay where it is: effects, iterators, and containers and buffers the loop may
# update
PINNED = IMPURE | {"setitem", "add_at", "tree_add_at", "unsetitem", "list", "append", "reversed",
                   "zeros_like"}


def hoist_invariants(fn):
    """A pure operation in a loop body that reads nothing the loop defines runs once,
    before the loop (a constant such as ``np.sqrt(2 / np.pi)`` is neither recomputed nor,
    in reverse mode, recorded at every iteration). Only the body's own statements move,
    never one inside a branch of it."""
    def block(b):
        stmts = []
        for s in b.stmts:
            if isinstance(s, (For, While)):
                s = map_regions(s, block)
                hoisted, s = _hoist_from(s)
                stmts.extend(hoisted)
            elif isinstance(s, If):
                s = map_regions(s, block)
            stmts.append(s)
        return Block(tuple(stmts), b.results)

    return _map_fn(fn, block)


def _hoist_from(loop):
    variant = set(loop.carries) | ({loop.index} if isinstance(loop, For) else set())
    if isinstance(loop, While):
        variant |= {o for st in _walk(loop.cond) for o in getattr(st, "outs", ())}
    hoisted, kept = [], []
    for s in loop.body.stmts:
        if isinstance(s, Assign) and s.outs and s.prim not in PINNED and not (
                _uses_of_atoms(list(s.args) + [v for _, v in s.kwargs]) & variant):
            hoisted.append(s)
            continue
        kept.append(s)
        variant.update(getattr(s, "outs", ()))
        for _, sub in regions(s):
            variant.update(o for st in _walk(sub) for o in getattr(st, "outs", ()))
    if not hoisted:
        return [], loop
    body = Block(tuple(kept), loop.body.results)
    if isinstance(loop, For):
        return hoisted, For(loop.index, loop.iter, loop.carries, loop.inits, body, loop.outs,
                            loop.loc)
    return hoisted, While(loop.carries, loop.inits, loop.cond, body, loop.outs, loop.loc)


# -- algebraic folding ------------------------------------------------------------------
_ARITH = {"add": operator.add, "sub": operator.sub, "mul": operator.mul,
          "truediv": operator.truediv, "pow": operator.pow, "neg": operator.neg}


def _num(a):
    return isinstance(a, Const) and type(a.value) in (int, float)


def _is(a, v):
    return _num(a) and a.value == v


def fold(fn, table=None):
    m = {}
    defs = {}
    from ..frontend.lower import NameGen
    names = NameGen.avoiding(fn)
    if table is None:
        from ..rules import default_table
        table = default_table()

    def evaluate(s):
        """A library function of numeric constants, when its value prints short."""
        rule = table.get(s.prim)
        if rule is None or rule.shape != "elementwise" or s.kwargs \
                or not all(_num(x) for x in s.args):
            return None
        try:
            value = float(rule.impl(*[x.value for x in s.args]))
        except (ValueError, OverflowError, ZeroDivisionError, TypeError):
            return None
        if value == int(value) and abs(value) < 1e6:
            return Const(float(int(value)))
        return None

    def simplify(s):
        p, a = s.prim, s.args
        folded = evaluate(s)
        if folded is not None:
            return folded
        if p in _ARITH and all(_num(x) for x in a) and not s.kwargs:
            try:
                value = _ARITH[p](*[x.value for x in a])
            except (ZeroDivisionError, OverflowError):
                return None
            if isinstance(value, (int, float)):
                return Const(value)
        if p == "eq" and all(_num(x) for x in a):
            return Const(a[0].value == a[1].value)
        # a guard on a constant (the power rule's ``np.where(y == 0, 0, y - 1)`` for
        # ``x ** 3``) is the branch it picks; both branches are scalars, so no shape is lost
        if p == "np.where" and len(a) == 3 and isinstance(a[0], Const) \
                and type(a[0].value) is bool and _num(a[1]) and _num(a[2]):
            return a[1] if a[0].value else a[2]
        if p == "mul":
            if _is(a[1], 1):
                return a[0]
            if _is(a[0], 1):
                return a[1]
        if p == "truediv" and _is(a[1], 1):
            return a[0]
        if p == "zeros_like" and _num(a[0]):
            return Const(0.0)

        if p == "add":
            if _is(a[1], 0):
                return a[0]
            if _is(a[0], 0):
                return a[1]
        if p == "sub" and _is(a[1], 0):
            return a[0]
        if p == "pow" and _is(a[1], 1):
            return a[0]
        if p == "neg" and isinstance(a[0], Var) and a[0].name in defs \
                and defs[a[0].name].prim == "neg":
            return defs[a[0].name].args[0]
        return None

    def const_factor(v):
        """(c, rest) when v is computed as c * rest or rest * c for a numeric constant c."""
        d = defs.get(v.name) if isinstance(v, Var) else None
        if d is not None and d.prim == "mul":
            if _num(d.args[1]):
                return d.args[1].value, d.args[0]
            if _num(d.args[0]):
                return d.args[0].value, d.args[1]
        return None

    params = set(fn.params)

    def numeric(v):
        """Whether ``-v`` means ``-1 * v``: not for a bool array (numpy refuses ``-mask``),
        which a parameter, a global or a comparison may be; a value an arithmetic rule
        computed is a number."""
        if _num(v):
            return True
        if isinstance(v, Var) and v.name in params:
            return False
        d = defs.get(v.name) if isinstance(v, Var) else None
        if d is None:  # a loop carry or a value popped from a tape: computed by the loop
            return isinstance(v, Var)
        rule = table.get(d.prim)
        return d.prim not in ("getitem", "unpack", "call") and (rule is None or rule.differentiable)

    def negated(v):
        """y where v is -y, or -1 * y for a y that may be a bool array (``numeric``)."""
        d = defs.get(v.name) if isinstance(v, Var) else None
        if d is not None and d.prim == "mul" and len(d.args) == 2:
            for c, y in ((d.args[0], d.args[1]), (d.args[1], d.args[0])):
                if _is(c, -1):
                    return y
        return d.args[0] if d is not None and d.prim == "neg" else None

    def rewrite(s):
        """Local rewrites: one operation for another, or two (a multiplication pulled out
        of a negation, so that the negation can meet another one and vanish)."""
        p, a = s.prim, s.args
        if p == "mul":
            for c, other in ((a[1], a[0]), (a[0], a[1])):
                inner = const_factor(other) if _num(c) else None
                if inner is not None and isinstance(c.value * inner[0], (int, float)):
                    return replace(s, args=(inner[1], Const(c.value * inner[0])))  # x*2*3
            for x, y in ((a[0], a[1]), (a[1], a[0])):
                if negated(y) is not None:  # x * -y is -(x * y)
                    t = names.fresh("%t")
                    return [replace(s, outs=(t,), args=(x, negated(y))),
                            replace(s, prim="neg", args=(Var(t),))]
            for x, y in ((a[0], a[1]), (a[1], a[0])):
                d = defs.get(y.name) if isinstance(y, Var) else None
                if d is not None and d.prim == "truediv" and _is(d.args[0], 1):
                    return replace(s, prim="truediv", args=(x, d.args[1]))
            if _is(a[1], -1) and numeric(a[0]):
                return replace(s, prim="neg", args=(a[0],))
            if _is(a[0], -1) and numeric(a[1]):
                return replace(s, prim="neg", args=(a[1],))
        if p == "add":
            if negated(a[1]) is not None:
                return replace(s, prim="sub", args=(a[0], negated(a[1])))
            if negated(a[0]) is not None:  # -x + y is y - x
                return replace(s, prim="sub", args=(a[1], negated(a[0])))
        if p == "unbroadcast" and negated(a[0]) is not None:  # negate after the sum: fewer
            t = names.fresh("%t")
            return [replace(s, outs=(t,), args=(negated(a[0]),) + a[1:]),
                    replace(s, prim="neg", args=(Var(t),))]
        if p == "sub" and _is(a[0], 0) and numeric(a[1]):
            return replace(s, prim="neg", args=(a[1],))
        if p == "sub" and negated(a[1]) is not None:  # x - -y is x + y
            return replace(s, prim="add", args=(a[0], negated(a[1])))
        if p == "zeros_like" and isinstance(a[0], Var) and a[0].name in defs \
                and defs[a[0].name].prim == "zeros_like":
            return replace(s, args=defs[a[0].name].args)  # zeros like zeros like x
        if p == "neg":
            flipped = unnegated(a[0])
            if flipped is not None:
                *inner, last = flipped
                return inner + [replace(last, outs=s.outs, loc=s.loc)]
        return s

    def unnegated(v):
        """Statements computing ``-v`` without a negation, where ``v`` is a product or
        quotient whose leftmost factor is a negative number: ``-(-1.0 / t * y)`` is
        ``1.0 / t * y``. None otherwise."""
        d = defs.get(v.name) if isinstance(v, Var) else None
        if d is None or d.prim not in ("mul", "truediv"):
            return None
        first = d.args[0]
        if _num(first) and first.value < 0:
            return [replace(d, outs=(names.fresh("%t"),), args=(Const(-first.value), d.args[1]))]
        inner = unnegated(first)
        if inner is None:
            return None
        return inner + [replace(d, outs=(names.fresh("%t"),),
                                args=(Var(inner[-1].outs[0]), d.args[1]))]

    def block(b):
        stmts = []
        for s in b.stmts:
            s = subst_stmt(s, m)
            if isinstance(s, Assign) and len(s.outs) == 1:
                value = simplify(s)
                if value is not None:
                    m[s.outs[0]] = value
                    continue
                new = rewrite(s)
                for s in new if isinstance(new, list) else [new]:
                    s = subst_stmt(s, m)  # an earlier one of them may have folded away
                    value = simplify(s)
                    if value is not None:
                        m[s.outs[0]] = value
                        continue
                    defs[s.outs[0]] = s
                    stmts.append(s)
            elif isinstance(s, Assign):
                stmts.append(s)
            else:
                stmts.append(map_regions(s, block))
        return Block(tuple(stmts), tuple(subst_atom(a, m) for a in b.results))

    return _map_fn(fn, block)


# -- dead code ----------------------------------------------------------------------------
def _uses_of_atoms(atoms):
    out = set()
    for a in atoms:
        for b in atoms_in(a):
            if isinstance(b, Var):
                out.add(b.name)
    return out


def dce(fn):
    """Backward liveness over the structured IR, iterated until nothing more goes."""
    while True:
        new = _dce_once(fn)
        if new == fn:
            return fn
        fn = new


def _dce_once(fn):
    live = _uses_of_atoms(fn.body.results)
    body = _dce_block(fn.body, live)
    return replace(fn, body=body)


def _dce_block(b, live):
    """``live``: names read after this block (mutated to names read before it)."""
    live.update(_uses_of_atoms(b.results))
    kept = []
    for s in reversed(b.stmts):
        if isinstance(s, Assign):
            if s.prim in EFFECTS or not s.outs or any(o in live for o in s.outs):
                kept.append(s)
                live.update(_uses_of_atoms(list(s.args) + [v for _, v in s.kwargs]))
            continue
        if isinstance(s, If):
            keep = [k for k, o in enumerate(s.outs) if o in live]
            then = Block(s.then.stmts, tuple(s.then.results[k] for k in keep))
            orelse = Block(s.orelse.stmts, tuple(s.orelse.results[k] for k in keep))
            lt, le = set(live), set(live)
            then = _dce_block(then, lt)
            orelse = _dce_block(orelse, le)
            if not then.stmts and not orelse.stmts and not keep:
                continue
            kept.append(If(s.cond, then, orelse, tuple(s.outs[k] for k in keep), s.loc))
            live |= lt | le
            live.update(_uses_of_atoms([s.cond]))
            continue
        if isinstance(s, (For, While)):
            kept.append(_dce_loop(s, live))
            if kept[-1] is None:
                kept.pop()
            continue
    return Block(tuple(reversed(kept)), b.results)


def _dce_loop(s, live):
    n = len(s.carries)
    keep = {k for k in range(n) if s.outs[k] in live}
    while True:
        inner = set()
        if isinstance(s, While):
            _dce_block(Block(s.cond.stmts, s.cond.results), inner)
        body = Block(s.body.stmts, tuple(s.body.results[k] for k in sorted(keep)))
        probe = set(inner)
        _dce_block(body, probe)
        grown = {k for k in range(n) if s.carries[k] in probe} - keep
        if not grown:
            break
        keep |= grown
    keep = sorted(keep)
    has_effects = any(isinstance(x, Assign) and (x.prim in EFFECTS or not x.outs)
                      for x in _walk(s.body))
    if not keep and not has_effects and isinstance(s, For):
        return None
    if not keep and not has_effects and isinstance(s, While):
        return None
    inner_live = set()
    cond = None
    if isinstance(s, While):
        cond = _dce_block(s.cond, inner_live)
    body_live = set(inner_live)
    body = _dce_block(Block(s.body.stmts, tuple(s.body.results[k] for k in keep)), body_live)
    bound = {s.carries[k] for k in range(n)} | ({s.index} if isinstance(s, For) else set())
    live |= {x for x in body_live | inner_live if x not in bound}
    live.update(_uses_of_atoms([s.inits[k] for k in keep]))
    if isinstance(s, For):
        live.update(_uses_of_atoms([s.iter]))
        return For(s.index, s.iter, tuple(s.carries[k] for k in keep),
                   tuple(s.inits[k] for k in keep), body, tuple(s.outs[k] for k in keep), s.loc)
    return While(tuple(s.carries[k] for k in keep), tuple(s.inits[k] for k in keep), cond,
                 body, tuple(s.outs[k] for k in keep), s.loc)


def _walk(b):
    for s in b.stmts:
        yield s
        for _, sub in regions(s):
            yield from _walk(sub)


def passthrough_carries(fn):
    """A loop carry whose body result is the carry itself never changes: use its init."""
    m = {}

    def block(b):
        stmts = []
        for s in b.stmts:
            s = subst_stmt(s, m)
            if isinstance(s, (For, While)):
                keep = []
                for k, (c, i, r, o) in enumerate(zip(s.carries, s.inits, s.body.results, s.outs)):
                    if isinstance(r, Var) and r.name == c:
                        m[c] = i
                        m[o] = i
                    else:
                        keep.append(k)
                if len(keep) != len(s.carries):
                    s = subst_stmt(s, m)
                    pick = lambda xs, keep=keep: tuple(xs[k] for k in keep)  # noqa: E731
                    if isinstance(s, For):
                        s = For(s.index, s.iter, pick(s.carries), pick(s.inits),
                                Block(s.body.stmts, pick(s.body.results)), pick(s.outs), s.loc)
                    else:
                        s = While(pick(s.carries), pick(s.inits), s.cond,
                                  Block(s.body.stmts, pick(s.body.results)), pick(s.outs), s.loc)
                s = map_regions(s, block)
            elif not isinstance(s, Assign):
                s = map_regions(s, block)
            stmts.append(s)
        return Block(tuple(stmts), tuple(subst_atom(a, m) for a in b.results))

    return _map_fn(fn, block)


# operations that read only the shape of one argument (by position)
SHAPE_READS = {"np.size": 0, "np.shape": 0, "np.ndim": 0, "broadcast_like": 1,
               "unbroadcast": 1}


UPDATES = {"setitem", "add_at", "tree_add_at", "append"}


def _shape_arg(s):
    """The position of the argument ``s`` reads only for its shape, or None."""
    k = SHAPE_READS.get(s.prim) if isinstance(s, Assign) and not s.kwargs else None
    return k if k is not None and len(s.args) > k and isinstance(s.args[k], Var) else None


def _measured_only(fn):
    """Names read only for their shape."""
    shape_uses, uses = {}, {}

    def count(atoms, table):
        for n in _uses_of_atoms(atoms):
            table[n] = table.get(n, 0) + 1

    def block(b):
        for s in b.stmts:
            if isinstance(s, Assign):
                if _shape_arg(s) is not None:
                    count([s.args[_shape_arg(s)]], shape_uses)
                count(list(s.args) + [v for _, v in s.kwargs], uses)
            else:
                count([s.cond] if isinstance(s, If) else list(s.inits) + (
                    [s.iter] if isinstance(s, For) else []), uses)
                for _, sub in regions(s):
                    block(sub)
        count(b.results, uses)

    block(fn.body)
    return {n for n, k in shape_uses.items() if uses[n] == k}


def shape_reads(fn, table=None):
    """A value computed only to be measured (``np.size(x ** 2)``) is not computed: its
    shape reads take the earliest visible value known to have its shape."""
    from ..analysis.shapes import analyse
    if table is None:
        from ..rules import default_table
        table = default_table()
    shapes = analyse(fn, table)
    measured_only = _measured_only(fn)
    # an array that may be updated in place (or carried into a loop that may) is no
    # shape source: reading it after the update would force the update to copy
    updated = set()
    for s in walk_stmts(fn.body):
        if isinstance(s, Assign) and s.prim in UPDATES:
            updated |= _uses_of_atoms(s.args[:1])
        elif isinstance(s, (For, While)):
            updated |= _uses_of_atoms(s.inits)
    order = {}  # visible names -> definition order

    def define(names):
        for n in names:
            order.setdefault(n, len(order))

    def block(b, visible):
        visible = set(visible)
        stmts = []
        for s in b.stmts:
            k = _shape_arg(s)
            if k is not None and s.args[k].name in measured_only:
                a = s.args[k].name
                found = [m for m in shapes.members(a) if m in visible and m not in updated]
                first = min(found, key=order.get, default=a)
                if first != a and order[first] < order[a]:
                    s = replace(s, args=s.args[:k] + (Var(first),) + s.args[k + 1:])
            if not isinstance(s, Assign):
                inner = {n for params, _ in regions(s) for n in params}
                define(sorted(inner))
                s = map_regions(s, lambda sub, inner=inner: block(sub, visible | inner))
            stmts.append(s)
            define(getattr(s, "outs", ()))
            visible.update(getattr(s, "outs", ()))
        return Block(tuple(stmts), b.results)

    define(fn.params)
    return _map_fn(fn, lambda b: block(b, fn.params))


def simplify(fn):
    """The clean-up pipeline, run to a fixpoint (it is short)."""
    for _ in range(4):
        new = dce(fold(cse(passthrough_carries(forward_tuples(hoist_invariants(
            shape_reads(fn)))))))
        if new == fn:
            break
        fn = new
    return fn

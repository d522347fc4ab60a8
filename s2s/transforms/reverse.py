"""Reverse mode: SSA IR of f -> SSA IR of a function computing f's adjoint.

The result runs two sweeps. The forward sweep is f's own statements; the backward sweep
visits them in reverse, and for each statement whose output has a cotangent, adds each
varied input's contribution, written by that primitive's rule (``x_bar = g * np.cos(x)``).
Adjoint names are the primal names with ``_bar``.

What is recorded, and why. In SSA every value is defined once, so a value computed
outside any loop is still there when the backward sweep needs it: nothing is recorded for
straight-line code or for branches outside loops (the backward sweep re-tests the same
condition value). Inside a loop body each value is redefined on every iteration, so the
values the body's adjoint reads that are defined in the body (loop carries at the start of
the iteration, intermediates, conditions of branches in the body) are pushed on a tape (a
plain list used as a stack) at the end of the iteration, and popped at the start of the
mirrored backward iteration; nothing else is pushed. A ``for`` loop's adjoint runs the same
indices backwards; a ``while`` loop counts its iterations and its adjoint runs that many.
Loop-invariant values that the body reads get their adjoints accumulated in carries of
the backward loop.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..analysis.activity import varied as varied_values
from ..analysis.shapes import analyse as analyse_shapes
from ..errors import MissingRuleError
from ..frontend.lower import NameGen
from ..ir.rewrite import rename as rename_uses
from ..ir.rewrite import subst_atom
from ..ir.nodes import (UNDEF, Assign, Block, Const, For, Function, Global, If, Slice, Var, While,
                        atoms_in, block_free_vars, walk_stmts)
from ..rules.core import ZERO, _DefaultValue
from .templates import instantiate, template_names


@dataclass(frozen=True)
class Adj:
    """A cotangent: its atom, and whether it may still carry broadcast dimensions.

    Cotangents of broadcasting operations are not summed back to their operand's shape
    on the spot: summing commutes with the elementwise and linear adjoints that follow,
    so it is done once, where a shape matters (before a shape-sensitive rule, and for
    the returned gradients). ``over`` marks a cotangent that may be larger than its
    value by broadcast dimensions; ``unbroadcast`` makes it exact. ``under`` marks one
    that may be smaller (the cotangent of ``np.sum(x)`` is ``g`` at every position of x,
    kept a scalar); it flows through elementwise rules as it is, and ``broadcast_like``
    makes it exact before anything that could sum it."""
    atom: object
    over: bool = False
    under: bool = False


WHOLE_REDUCTIONS = {"np.sum", "np.mean", "sum"}


class Tup(tuple):
    """A tuple's cotangent kept element by element (None: zero) until it must exist."""


def bar_name(name):
    """SSA base of the adjoint of ``name``: ``w1_bar``; ``%t^3_bar`` for ``%t.3``, so the
    emitter can name it after whatever Python name ``%t.3`` gets."""
    return name.replace(".", "^") + "_bar"


def _over_axis(s, table):
    """A reduction over constant axes (``np.sum(x, axis=1, keepdims=True)``)."""
    rule = table.get(s.prim) if isinstance(s, Assign) and len(s.outs) == 1 else None
    if rule is None or "axis" not in rule.params:
        return False
    axis = rule.bind(s.args, s.kwargs).get("axis")
    return isinstance(axis, Const) and axis.value is not None


class Reverse:
    def __init__(self, fn, table, wrt, scalar_output):
        self.fn = fn
        self.table = table
        self.names = NameGen.avoiding(fn)
        self.wrt = wrt
        self.varied = varied_values(fn, table, wrt)
        self.shapes = analyse_shapes(fn, table, scalar_outputs=scalar_output)
        self.tapes = []
        self.containers = _containers(fn)
        self.arrays = _arrays(fn, table)
        self.maybe_undef = _maybe_undefined(fn)
        self.counters = {st.index for st in walk_stmts(fn.body) if isinstance(st, For)}
        self.reductions = [st.outs[0] for st in walk_stmts(fn.body) if _over_axis(st, table)]
        self.top = {p: -1 for p in fn.params}  # defined outside every loop -> order
        for k, st in enumerate(fn.body.stmts):
            self.top.update((o, k) for o in getattr(st, "outs", ()))

    # -- helpers ------------------------------------------------------------------------
    def is_varied(self, atom):
        return any(isinstance(b, Var) and b.name in self.varied for b in atoms_in(atom))

    def emit(self, out, prim, args, kwargs=(), name="%t", loc=()):
        o = self.names.fresh(name)
        out.append(Assign((o,), prim, tuple(args), tuple(kwargs), loc))
        return Var(o)

    def exact(self, g, value, out, loc=(), name="%t"):
        """``g`` summed to the shape of ``value`` if it may be broadcast-larger."""
        if g.over or g.under:
            helper = "unbroadcast" if g.over else "broadcast_like"
            shape = self.shape_source(value)
            return Adj(self.emit(out, helper, (g.atom, Var(shape)), name=name, loc=loc))
        return g

    def shape_source(self, value):
        """A value known to have ``value``'s shape that needs no recording: one defined
        outside every loop (a parameter, or the array a loop fills in) when there is one."""
        if value in self.top:
            return value
        # the last version defined at top level: an earlier one may be updated in place
        # by the code that follows, which would force a copy to keep it
        found = [m for m in self.shapes.members(value) if m in self.top and m not in self.maybe_undef]
        return max(found, key=self.top.get) if found else value

    def materialize(self, g, value, out, loc=()):
        """A runtime cotangent (an Adj) for ``value`` from a Tup, an Adj or None."""
        if isinstance(g, Tup):
            items = []
            for k, e in enumerate(g):
                if e is None or isinstance(e, Tup) or e.over:
                    elem = self.emit(out, "getitem", (Var(value), Const(k)), loc=loc)
                    e = Adj(self.emit(out, "zeros_like", (elem,), loc=loc)) if e is None else \
                        self._exact_elem(e, elem, out, loc)
                items.append(e.atom)
            return Adj(self.emit(out, "tuple", items, name=bar_name(value), loc=loc))
        if g is None:
            if value in self.maybe_undef:  # it may not exist on this path: a scalar zero
                return Adj(Const(0.0))
            return Adj(self.emit(out, "zeros_like", (Var(value),), name=bar_name(value), loc=loc))
        return g

    def _exact_elem(self, e, elem, out, loc):
        """An element cotangent (maybe a nested Tup) made a runtime value of elem's shape."""
        if isinstance(e, Tup):
            items = []
            for k, sub in enumerate(e):
                part = self.emit(out, "getitem", (elem, Const(k)), loc=loc)
                items.append(self.emit(out, "zeros_like", (part,), loc=loc) if sub is None
                             else self._exact_elem(sub, part, out, loc).atom)
            return Adj(self.emit(out, "tuple", items, loc=loc))
        if e.over:
            return Adj(self.emit(out, "unbroadcast", (e.atom, elem), loc=loc))
        return e

    def _tuple_like(self, *adjs):
        return any(isinstance(a, Tup) for a in adjs)

    def accumulate(self, bar, name, contrib, out, loc=()):
        if contrib is None:
            return
        old = bar.get(name)
        was_tup = self._tuple_like(old, contrib)
        if old is None:
            bar[name] = contrib
            return
        if isinstance(old, Tup) and isinstance(contrib, Tup):
            items = []
            for k, (a, b) in enumerate(zip(old, contrib)):
                if a is None or b is None:
                    items.append(a if b is None else b)
                    continue
                elem = None
                if a.over or b.over or isinstance(a, Tup) or isinstance(b, Tup):
                    elem = self.emit(out, "getitem", (Var(name), Const(k)), loc=loc)
                    a, b = (self._exact_elem(e, elem, out, loc) for e in (a, b))
                items.append(Adj(self.emit(out, "add", (a.atom, b.atom), loc=loc)))
            bar[name] = Tup(items)
            return
        old = self.materialize(old, name, out, loc)
        contrib = self.materialize(contrib, name, out, loc)
        # a sum is right only between cotangents of the same shape: adding an exact one to
        # a broadcast-larger one would count it once per broadcast copy (a smaller one
        # broadcasts into an exact one correctly)
        if old.over or contrib.over:
            old = self.exact(old, name, out, loc)
            contrib = self.exact(contrib, name, out, loc)
        tree = name in self.containers or name not in self.arrays and was_tup
        prim = "tree_add" if tree else "add"
        bar[name] = Adj(self.emit(out, prim, (old.atom, contrib.atom), name=bar_name(name), loc=loc),
                        under=old.under and contrib.under)

    def contribute(self, bar, atom, contrib, out, loc=()):
        if isinstance(atom, Var) and atom.name in self.varied:
            self.accumulate(bar, atom.name, contrib, out, loc)

    def hint(self, bar, arg):
        """Name a contribution after the adjoint it becomes, or as a temporary when it
        is added to one that exists (``x_bar = x_bar + g * y`` reads better)."""
        return bar_name(arg.name) if bar.get(arg.name) is None else "%t"

    # -- the transform ------------------------------------------------------------------------
    def run(self, seeds):
        """``seeds``: one cotangent atom per function result (None: no cotangent)."""
        fn = self.fn
        bar = {}
        bwd_seed = []
        for r, s in zip(fn.body.results, seeds):
            if s is not None and isinstance(r, Var) and r.name in self.varied:
                self.accumulate(bar, r.name, Adj(s), bwd_seed)
        fwd, bwd = self.block(fn.body.stmts, bar, in_loop=False)
        bwd = bwd_seed + bwd
        grads = []
        for p in self.wrt:
            g = self.materialize(bar.get(p), p, bwd)
            g = self.exact(g, p, bwd, name=bar_name(p))
            grads.append(g.atom)
        tapes = [Assign((t,), "tape.new", ()) for t in self.tapes]
        return tapes + fwd, bwd, tuple(grads)

    def block(self, stmts, bar, in_loop):
        """(forward statements, backward statements) of a statement list."""
        fwd_rev, bwd = [], []
        for s in reversed(stmts):
            if isinstance(s, Assign):
                # a custom derivative's forward sweep replaces the statement
                fwd_rev.extend(reversed(self.assign(s, bar, bwd) or [s]))
            elif isinstance(s, If):
                f, b = self.if_(s, bar, in_loop)
                fwd_rev.append(f)
                bwd += b
            elif isinstance(s, (For, While)):
                f, b = self.loop(s, bar)
                fwd_rev.extend(reversed(f))
                bwd += b
        return list(reversed(fwd_rev)), bwd

    # -- assignments ----------------------------------------------------------------------
    def assign(self, s, bar, out):
        gs = [bar.get(o) for o in s.outs]
        if all(g is None for g in gs):
            return
        prim, args, loc = s.prim, s.args, s.loc
        if prim == "unpack":
            self.contribute(bar, args[0], Tup(gs), out, loc)
            return
        g = gs[0]
        if prim in ("tuple", "list"):
            if isinstance(g, Adj) and g.under and not self.scalar(g.atom):
                g = self.exact(g, s.outs[0], out, loc)
            for k, a in enumerate(args):
                if not self.is_varied(a):
                    continue
                if isinstance(g, Tup):
                    ck = g[k]
                elif g.under:  # a scalar standing for every element (np.sum([a, b]))
                    ck = g
                else:
                    ck = Adj(self.emit(out, "getitem", (g.atom, Const(k)), name=self.hint(bar, a),
                                       loc=loc))
                self.contribute(bar, a, ck, out, loc)
            return
        g = self.materialize(g, s.outs[0], out, loc)
        if prim == "call":
            callee = args[0]
            if any(self.is_varied(a) for a in args[1:]) or \
                    any(self.is_varied(v) for _, v in s.kwargs):
                name = callee.name if isinstance(callee, Global) else "this function"
                raise MissingRuleError(
                    f"no derivative rule for {name}", loc,
                    "write the computation with functions s2s knows, or, if its derivative "
                    "is not needed, wrap the argument in s2s.stop_gradient(...)")
            return
        if prim in ("getitem", "setitem", "append", "concat"):
            g = self.exact(g, s.outs[0], out, loc)
        if prim == "concat":  # a + b of lists or tuples: split the cotangent where a ends
            a, b = args
            n = self.emit(out, "len", (a,), loc=loc)
            for part, piece in ((a, Slice(None, n)), (b, Slice(n, None))):
                if self.is_varied(part):
                    gp = self.emit(out, "getitem", (g.atom, piece), name=self.hint(bar, part), loc=loc)
                    self.contribute(bar, part, Adj(gp), out, loc)
            return
        if prim == "getitem":
            self.getitem(s, g, bar, out)
        elif prim == "setitem":
            x, v, index = args[0], args[1], args[2:]
            if self.is_varied(v):
                if all(self.basic_index(i) for i in index):
                    gv = self.emit(out, "getitem", (g.atom, *index), loc=loc)
                    if self.is_varied(x):  # the slot is zeroed next, in place if it can be:
                        gv = self.emit(out, "np.copy", (gv,), loc=loc)  # keep what it held
                    gv = self.emit(out, "unbroadcast", (gv, v), name=self.hint(bar, v), loc=loc)
                else:  # an index array may repeat a position: the last write wins
                    gv = self.emit(out, "unsetitem", (g.atom, v, *index), name=self.hint(bar, v),
                                   loc=loc)
                self.contribute(bar, v, Adj(gv), out, loc)
            if self.is_varied(x):
                gx = self.emit(out, "setitem", (g.atom, Const(0.0), *index),
                               name=self.hint(bar, x), loc=loc)
                self.contribute(bar, x, Adj(gx), out, loc)
        elif prim == "append":
            xs, v = args
            if self.is_varied(v):
                gv = self.emit(out, "getitem", (g.atom, Const(-1)), name=self.hint(bar, v), loc=loc)
                self.contribute(bar, v, Adj(gv), out, loc)
            if self.is_varied(xs):
                gx = self.emit(out, "getitem", (g.atom, Slice(None, Const(-1))),
                               name=self.hint(bar, xs), loc=loc)
                self.contribute(bar, xs, Adj(gx), out, loc)
        else:
            rule = self.table.get(prim)
            if rule is not None and rule.custom is not None:
                return self.custom(s, rule, g, bar, out)
            self.rule(s, g, bar, out)

    def custom(self, s, rule, g, bar, out):
        """A function with a custom derivative (s2s.custom): the user's backward function
        takes the residuals its forward function returned, or, for a custom_jvp, s2s
        transposes the user's jvp. Returns the statements of the forward sweep."""
        c, loc = rule.custom, s.loc
        bound = rule.bind(s.args, s.kwargs)
        args = [Const(v.value) if isinstance(v, _DefaultValue) else v
                for v in (bound[p] for p in rule.params)]
        varied = [isinstance(a, Var) and self.is_varied(a) for a in args]
        if not any(varied):
            return None
        g = self.exact(g, s.outs[0], out, loc)
        fwd = [s]
        if c.kind == "vjp":
            packed = self.names.fresh("%t")
            res = self.names.fresh(f"{rule.name}_res")
            fwd = [Assign((packed,), "call", (Global.of(c.fwd.__name__, c.fwd), *args), (), loc),
                   Assign((s.outs[0], res), "unpack", (Var(packed), Const(2)), (), loc)]
            cts = self.emit(out, "call", (Global.of(c.bwd.__name__, c.bwd), Var(res), g.atom),
                            loc=loc)
            cts = self.emit(out, "checked_cotangents", (Global.of(rule.name, c), cts, *args),
                            loc=loc)
        else:
            primals = self.emit(out, "tuple", args, loc=loc)
            cts = self.emit(out, "transpose_jvp", (Global.of(rule.name, c), primals, g.atom),
                            loc=loc)
        names = tuple(self.names.fresh(self.hint(bar, a) if v else "%_")
                      for a, v in zip(args, varied))
        out.append(Assign(names, "unpack", (cts, Const(len(names))), (), loc))
        for a, v, n in zip(args, varied, names):
            if v:
                self.contribute(bar, a, Adj(Var(n)), out, loc)
        return fwd

    def getitem(self, s, g, bar, out):
        x, index = s.args[0], s.args[1:]
        if not self.is_varied(x):
            return
        old = bar.get(x.name)
        old = None if old is None else self.exact(self.materialize(old, x.name, out, s.loc),
                                                  x.name, out, s.loc)
        if old is None:
            old = Adj(self.emit(out, "zeros_like", (x,), name=bar_name(x.name), loc=s.loc))
        prim = "add_at" if x.name in self.arrays else "tree_add_at"
        bar[x.name] = Adj(self.emit(out, prim, (old.atom, g.atom, *index), name=bar_name(x.name),
                                    loc=s.loc))

    def rule(self, s, g, bar, out):
        rule = self.table.get(s.prim)
        if rule is None:  # an operation of s2s's own derivative code (add_at, ...)
            if any(self.is_varied(a) for a in s.args):
                raise MissingRuleError(
                    f"reverse mode over s2s's generated derivative code is not supported "
                    f"({s.prim} has no adjoint)", s.loc,
                    "differentiate a derivative in forward mode: s2s.jvp, s2s.jacfwd, "
                    "s2s.hessian, or s2s.grad of it")
            return
        if not rule.differentiable:
            return
        bound = rule.bind(s.args, s.kwargs)
        if rule.cotangent == "exact" or self._sum_first(rule, bound, g, s.outs[0]):
            g = self.exact(g, s.outs[0], out, s.loc, name=bar_name(s.outs[0]))
        if rule.name in WHOLE_REDUCTIONS and self._plain_sum(bound):
            # the cotangent of a sum is g at every position it sums: leave it the size it
            # is (with the summed axes kept as 1s); it broadcasts where it is used, and is
            # made exact only where a shape matters
            x = bound["x"]
            if self.is_varied(x):
                axis, keepdims = bound.get("axis"), bound.get("keepdims")
                if not (g.under and self.scalar(g.atom)):  # a scalar is g everywhere
                    g = self.exact(g, s.outs[0], out, s.loc)
                    if isinstance(axis, Const) and not (isinstance(keepdims, Const)
                                                        and keepdims.value):
                        g = Adj(self.emit(out, "np.expand_dims", (g.atom, axis), loc=s.loc))
                contrib = g.atom
                if rule.name == "np.mean":
                    count = self.emit(out, "truediv", (self.emit(out, "np.size", (x,), loc=s.loc),
                                                       self.emit(out, "np.size", (Var(s.outs[0]),),
                                                                 loc=s.loc)), loc=s.loc) \
                        if isinstance(axis, Const) else self.emit(out, "np.size", (x,), loc=s.loc)
                    contrib = self.emit(out, "truediv", (contrib, count),
                                        name=self.hint(bar, x), loc=s.loc)
                self.contribute(bar, x, Adj(contrib, under=True), out, s.loc)
            return
        env = dict(bound)
        env["g"] = g.atom
        env["ans"] = Var(s.outs[0])
        for param, template in rule.vjp:
            if template == ZERO:
                continue
            arg = bound.get(param)
            if isinstance(arg, tuple) and rule.varargs and param == rule.params[-1]:
                # *args (np.einsum's operands): the template sees them as one tuple, and
                # ``argnum``, the position of the one whose cotangent it writes
                items = self.emit(out, "tuple", arg, loc=s.loc)
                for k, a in enumerate(arg):
                    if self.is_varied(a):
                        stmts, contrib = instantiate(
                            template, {**env, param: items, "argnum": Const(k)}, self.table,
                            self.names, s.loc, hint=self.hint(bar, a), scope=rule.scope)
                        out.extend(stmts)
                        self.contribute(bar, a, Adj(contrib), out, s.loc)
                continue
            if arg is None or isinstance(arg, _DefaultValue) or isinstance(arg, tuple) \
                    or not self.is_varied(arg):
                continue
            stmts, contrib = instantiate(template, env, self.table, self.names, s.loc,
                                         hint=self.hint(bar, arg), scope=rule.scope)
            out.extend(stmts)
            # a template that multiplies g by a value of the output's shape makes it as large
            # as the output; one that only negates g, passes it on, or multiplies it by a
            # smaller operand (``g * y`` for a scalar y) keeps g's size
            used = template_names(template)
            full = "ans" in used or any(isinstance(bound.get(n), Var)
                                        and self.same_shape(bound[n], s.outs[0])
                                        for n in used & set(rule.params))
            over = under = False
            if rule.cotangent == "elementwise":
                over, under = g.over, g.under and not full
            elif rule.cotangent == "broadcast":
                over = g.over or not self.same_shape(arg, s.outs[0])
                # a full template on a smaller g may still lack dimensions of the operand
                # that it reads from the others; unbroadcast restores them
                under = g.under and (not full or over)
            self.contribute(bar, arg, Adj(contrib, over, under), out, s.loc)
        for param in bound:
            arg = bound[param]
            if isinstance(arg, Var) and self.is_varied(arg) and rule.vjp_of(param) is None \
                    and param not in ("axis", "keepdims", "dtype", "out"):
                raise MissingRuleError(
                    f"{rule.name} has no derivative rule for its argument {param!r}", s.loc,
                    f"make {param} a constant, or wrap it in s2s.stop_gradient(...)")

    def _reduced(self, value):
        """Whether ``value`` has the shape of an array reduced over some axis, so that the
        cotangents around it are likely broadcast-larger than it."""
        return any(self.shapes.same(value, r) for r in self.reductions)

    @staticmethod
    def _plain_sum(bound):
        """A sum or mean over all axes, or over constant axes with constant keepdims."""
        rest = {k: v for k, v in bound.items() if k != "x" and not isinstance(v, _DefaultValue)}
        if not rest:
            return True
        return set(rest) <= {"axis", "keepdims"} and isinstance(rest.get("axis"), Const) \
            and rest["axis"].value is not None and isinstance(rest.get("keepdims", Const(0)), Const)

    def _sum_first(self, rule, bound, g, value):
        """Whether an elementwise or broadcasting rule should take ``g`` exact.

        A broadcast-larger ``g`` of a value reduced over an axis (a softmax's normalizer)
        is summed first when a template multiplies it by values: the sum is owed anyway,
        and the products are then as small as the output. A smaller ``g`` (a sum's
        cotangent) is made full size first only when a template would not restore the
        dimensions its operand lacks: one that reads the output or every other array
        operand broadcasts to them by itself."""
        if rule.cotangent not in ("elementwise", "broadcast"):
            return False
        reads = {param: template_names(t) for param, t in rule.vjp if t != ZERO}
        values = set(rule.params) | {"ans"}
        if g.over and self._reduced(value) and any(names & values for names in reads.values()):
            return True
        if not g.under or rule.cotangent != "broadcast":
            return False
        arrays = {k for k, a in bound.items() if isinstance(a, (Var, Global))}
        for param, arg in bound.items():
            if isinstance(arg, Var) and self.is_varied(arg) and param in reads \
                    and not self.same_shape(arg, value):
                names = reads[param]
                if "ans" not in names and not arrays - {param} <= names:
                    return True
        return False

    def basic_index(self, atom):
        """An index part that selects without repeating: a slice, an int, None, Ellipsis,
        or a loop counter."""
        if isinstance(atom, Slice):
            return True
        if isinstance(atom, Global):
            return type(atom.obj) is int
        if isinstance(atom, Const):
            return atom.value is None or atom.value is Ellipsis or type(atom.value) is int
        return atom.name in self.counters

    def scalar(self, atom):
        return isinstance(atom, Const) or isinstance(atom, Var) and self.shapes.scalar(atom.name)

    def same_shape(self, arg, out_name):
        if not isinstance(arg, Var):
            return True
        sh = self.shapes
        return sh.same(arg.name, out_name) or (sh.scalar(arg.name) and sh.scalar(out_name))

    # -- branches ---------------------------------------------------------------------------
    def if_(self, s, bar, in_loop):
        arms = []
        for blk in (s.then, s.orelse):
            b = dict(bar)
            for o in s.outs:
                b.pop(o, None)
            seed = []
            for o, r in zip(s.outs, blk.results):
                if bar.get(o) is not None:
                    self.contribute(b, r, bar[o], seed)
            f, bw = self.block(blk.stmts, b, in_loop)
            arms.append((f, seed + bw, b))
        changed = sorted({k for _, _, b in arms for k in b
                          if k not in s.outs and b.get(k) is not bar.get(k)
                          and not _local_to(k, s)})
        fwd_arms, bwd_arms, overs = [], [], {}
        for (f, bw, b), blk in zip(arms, (s.then, s.orelse)):
            results = []
            for k in changed:
                v = self.materialize(b.get(k), k, bw)
                if v.under:
                    v = self.exact(v, k, bw)
                overs[k] = overs.get(k, False) or v.over
                results.append(v.atom)
            if in_loop:
                f, bw = self.record(f, bw, blk.stmts, ())
            fwd_arms.append(Block(tuple(f), blk.results))
            bwd_arms.append(Block(tuple(bw), tuple(results)))
        outs = tuple(self.names.fresh(bar_name(k)) for k in changed)
        for k, o in zip(changed, outs):
            bar[k] = Adj(Var(o), overs[k])
        for o in s.outs:
            bar.pop(o, None)
        fwd_outs = s.outs
        if not in_loop:
            fwd_arms, bwd_arms, fwd_outs = self.export(fwd_arms, bwd_arms, s.outs)
        fwd = If(s.cond, fwd_arms[0], fwd_arms[1], fwd_outs, s.loc)
        bwd = [If(s.cond, bwd_arms[0], bwd_arms[1], outs, s.loc)] if changed else []
        return fwd, bwd

    def export(self, fwd_arms, bwd_arms, outs):
        """Outside loops, a branch's adjoint reads the branch's own values through extra
        results of the forward ``If`` (undefined on the other path, which never reads
        them), so nothing is recorded and the IR stays well scoped."""
        exported, results = [], [list(a.results) for a in fwd_arms]
        new_bwd = []
        for k, (f, b) in enumerate(zip(fwd_arms, bwd_arms)):
            defined = {o for st in f.stmts for o in getattr(st, "outs", ())}
            needed = [n for n in block_free_vars(Block(b.stmts, b.results)) if n in defined]
            renames = {}
            for n in needed:
                o = self.names.fresh(n)
                renames[n] = o
                exported.append(o)
                for j in range(len(fwd_arms)):
                    results[j].append(Var(n) if j == k else Const(UNDEF))
            new_bwd.append(Block(tuple(rename_uses(b.stmts, renames)),
                                 tuple(subst_atom(a, {x: Var(y) for x, y in renames.items()})
                                       for a in b.results)))
        fwd = [Block(f.stmts, tuple(r)) for f, r in zip(fwd_arms, results)]
        return fwd, new_bwd, tuple(outs) + tuple(exported)

    def record(self, fwd, bwd, region_stmts, params, index=None, rename=None):
        """Push what ``bwd`` reads of the region's own values at the end of ``fwd``; pop it
        at the start of ``bwd`` under fresh names."""
        defined = set(params)
        for st in fwd:
            defined.update(st.outs)
        renames = dict(rename or {})
        needed = [n for n in block_free_vars(Block(tuple(bwd))) if n in defined and n not in renames]
        if not needed:
            return fwd, rename_uses(bwd, renames)
        tape = self.tape()
        popped = tuple(self.names.fresh(n) for n in needed)
        renames.update(zip(needed, popped))
        fwd = list(fwd) + [Assign((), "tape.push", (Var(tape), *[Var(n) for n in needed]))]
        bwd = [Assign(popped, "tape.pop", (Var(tape),))] + rename_uses(bwd, renames)
        return fwd, bwd

    def tape(self):
        name = self.names.fresh("%tape")
        self.tapes.append(name)
        return name

    # -- loops -----------------------------------------------------------------------------
    def loop(self, s, bar):
        """The adjoint loop runs the iterations backwards. Its carries are the adjoints of
        the forward carries, then the adjoints of values from outside the loop that the
        body reads (accumulated across iterations). Carried adjoints may hold broadcast
        dimensions (``over``), summed away after the loop where it matters."""
        bound = set(s.carries) | ({s.index} if isinstance(s, For) else set())
        active = [k for k, c in enumerate(s.carries) if c in self.varied]
        free = [n for n in block_free_vars(s.body, bound) if n in self.varied]
        if not active and not free:
            return [s], []
        carried = [(s.carries[k], s.outs[k]) for k in active] + [(n, n) for n in free]
        # whether a carried cotangent may hold broadcast dimensions: a fixpoint from the
        # cotangents flowing in (usually reached at once)
        over = [False] * len(carried)
        ntapes = len(self.tapes)
        for _ in range(len(carried) + 1):
            del self.tapes[ntapes:]
            pre, params_b, inits_b, body_bar = [], [], [], {}
            for j, (inner, outer) in enumerate(carried):
                params_b.append(self.names.fresh(bar_name(inner)))
                init = self.materialize(bar.get(outer), outer, pre)
                if init.under:
                    init = self.exact(init, outer, pre)
                over[j] = over[j] or init.over
                inits_b.append(init.atom)
            for j, n in enumerate(free):
                body_bar[n] = Adj(Var(params_b[len(active) + j]), over[len(active) + j])
            seed = []
            for j, k in enumerate(active):
                self.contribute(body_bar, s.body.results[k], Adj(Var(params_b[j]), over[j]), seed)
            f, b = self.block(s.body.stmts, body_bar, in_loop=True)
            b = seed + b
            results = [self.materialize(body_bar.get(inner), inner, b) for inner, _ in carried]
            results = [self.exact(r, inner, b) if r.under else r
                       for r, (inner, _) in zip(results, carried)]
            grown = [o or r.over for o, r in zip(over, results)]
            if grown == over:
                break
            over = grown
        results_b = [r.atom for r in results]
        outs_b = tuple(self.names.fresh(p) for p in params_b)
        if isinstance(s, For):
            index_b = self.names.fresh(s.index)
            f, b = self.record(f, b, s.body.stmts, s.carries, rename={s.index: index_b})
            rev = self.emit(pre, "reversed", (s.iter,), name="%r")
            fwd = [For(s.index, s.iter, s.carries, s.inits,
                       Block(tuple(f), s.body.results), s.outs, s.loc)]
            bwd_loop = For(index_b, rev, tuple(params_b), tuple(inits_b),
                           Block(tuple(b), tuple(results_b)), outs_b, s.loc)
        else:
            f, b = self.record(f, b, s.body.stmts, s.carries)
            steps_in = self.names.fresh("%steps")
            steps_out = self.names.fresh("%steps")
            inc = self.names.fresh("%steps")
            f = list(f) + [Assign((inc,), "add", (Var(steps_in), Const(1)))]
            fwd = [While((*s.carries, steps_in), (*s.inits, Const(0)), s.cond,
                         Block(tuple(f), (*s.body.results, Var(inc))), (*s.outs, steps_out), s.loc)]
            rng = self.emit(pre, "range", (Var(steps_out),), name="%r")
            bwd_loop = For(self.names.fresh("%_"), rng, tuple(params_b), tuple(inits_b),
                           Block(tuple(b), tuple(results_b)), outs_b, s.loc)
        after = []
        for j, n in enumerate(free):
            bar[n] = Adj(Var(outs_b[len(active) + j]), over[len(active) + j])
        # the adjoint of a carry's initial value is the carry's adjoint before iteration 0
        for j, k in enumerate(active):
            bar.pop(s.outs[k], None)
            self.contribute(bar, s.inits[k], Adj(Var(outs_b[j]), over[j]), after)
        return fwd, pre + [bwd_loop] + after


def _maybe_undefined(fn):
    """Values that a path may leave undefined (a name bound in one branch only, or first
    bound inside a loop): their zero cotangent is written ``0.0``, not ``zeros_like``."""
    out = set()
    for s in walk_stmts(fn.body):
        if isinstance(s, If):
            for o, a, b in zip(s.outs, s.then.results, s.orelse.results):
                if any(isinstance(x, Const) and (x.value is UNDEF or x.value is None)
                       for x in (a, b)):
                    out.add(o)
        elif isinstance(s, (For, While)):
            for c, i, o in zip(s.carries, s.inits, s.outs):
                if isinstance(i, Const) and (i.value is UNDEF or i.value is None):
                    out.update((c, o))
    return out


def _local_to(name, stmt):
    """Is ``name`` defined inside ``stmt``'s regions (so invisible after it)?"""
    for st in walk_stmts(Block((stmt,))):
        if st is not stmt and name in getattr(st, "outs", ()):
            return True
        if isinstance(st, (For, While)) and name in st.carries:
            return True
        if isinstance(st, For) and name == st.index:
            return True
    return False


NOT_ARRAYS = {"np.shape", "np.ndim", "np.size", "np.result_type",
              "np.split", "np.array_split", "np.hsplit", "np.vsplit", "np.dsplit"}  # lists
NOT_ARRAYS |= {"np.linalg.eigh", "np.linalg.slogdet", "np.linalg.svd", "np.linalg.qr"}  # tuples
ARITH = {"add", "sub", "mul", "truediv", "pow", "matmul", "neg", "pos", "mod", "floordiv"}


def _arrays(fn, table):
    """Values known to be numpy arrays (or numpy scalars): results of numpy functions, of
    arithmetic on known arrays, of indexing them. Parameters are not known: they may be
    lists, tuples or dicts of arrays, so their adjoints are built with helpers that accept
    any structure."""
    out = set()
    stmts = list(walk_stmts(fn.body))
    for _ in range(3):
        for st in stmts:
            if isinstance(st, Assign):
                arr = lambda a: isinstance(a, Var) and a.name in out  # noqa: E731
                if st.prim.startswith("np.") and st.prim not in NOT_ARRAYS \
                        or st.prim in ARITH and any(arr(a) for a in st.args) \
                        or st.prim in ("getitem", "setitem", "add_at", "zeros_like",
                                       "unbroadcast") and arr(st.args[0]) \
                        or st.prim in ("unreduce", "unreduce_extremum", "matmul_vjp_lhs",
                                       "matmul_vjp_rhs"):
                    out.update(st.outs)
            elif isinstance(st, If):
                for o, a, b in zip(st.outs, st.then.results, st.orelse.results):
                    if all(isinstance(x, Var) and x.name in out for x in (a, b)):
                        out.add(o)
            elif isinstance(st, (For, While)):
                for c, i, r, o in zip(st.carries, st.inits, st.body.results, st.outs):
                    if isinstance(i, Var) and i.name in out and isinstance(r, Var) \
                            and (r.name in out or r.name == c):
                        out.update((c, o))
    return out


def _containers(fn):
    """Values that may be lists/tuples/dicts: built as such, or unpacked/indexed into ones."""
    out = set()
    stmts = list(walk_stmts(fn.body))
    defs = {o: st for st in stmts for o in getattr(st, "outs", ())}
    changed = True
    while changed:
        changed = False
        for st in stmts:
            if not isinstance(st, Assign):
                continue
            new = set()
            if st.prim in ("tuple", "list", "append"):
                new.update(st.outs)
            if st.prim == "unpack" and isinstance(st.args[0], Var):
                new.add(st.args[0].name)
            if st.prim == "getitem" and isinstance(st.args[0], Var) and (
                    st.outs[0] in out or any(isinstance(i, Const) and isinstance(i.value, str)
                                             for i in st.args[1:])):
                new.add(st.args[0].name)
            if st.prim in ("getitem",) and isinstance(st.args[0], Var) and st.args[0].name in out:
                pass
            for n in new - out:
                out.add(n)
                changed = True
        for st in stmts:
            if isinstance(st, (For, While)):
                for c, i, r, o in zip(st.carries, st.inits, st.body.results, st.outs):
                    group = {c, o} | {a.name for a in (i, r) if isinstance(a, Var)}
                    if group & out and not group <= out:
                        out |= group
                        changed = True
            if isinstance(st, If):
                for o, a, b in zip(st.outs, st.then.results, st.orelse.results):
                    group = {o} | {x.name for x in (a, b) if isinstance(x, Var)}
                    if group & out and not group <= out:
                        out |= group
                        changed = True
    del defs
    return out


SWEEP = "sweep"  # marks where the forward sweep ends in an assembled function


def reverse(fn, table, wrt, *, seeds, scalar_output):
    """The adjoint of ``fn`` as one function: forward sweep, a ``sweep`` marker, backward
    sweep. ``seeds``: per result, a Const cotangent, a parameter name (added to the
    parameters) or None. Returns (Function, grads atoms)."""
    rev = Reverse(fn, table, wrt, scalar_output)
    seed_params = [s for s in seeds if isinstance(s, str)]
    for s in seed_params:
        rev.names.taken.add(s)
    atoms = [Var(s) if isinstance(s, str) else s for s in seeds]
    fwd, bwd, grads = rev.run(atoms)
    marker = Assign((), SWEEP, ())
    body = Block(tuple(fwd) + (marker,) + tuple(bwd), tuple(fn.body.results) + tuple(grads))
    out = Function(fn.name, tuple(fn.params) + tuple(seed_params), body, fn.defaults,
                   fn.filename, fn.firstline, returns_tuple=True)
    return out, frozenset(rev.arrays)


def split_sweeps(fn, nresults, nseeds):
    """Cut an assembled adjoint at its ``sweep`` marker into a forward function returning
    (results..., residuals) and a backward function of (residuals..., seeds...)."""
    stmts = list(fn.body.stmts)
    k = next(i for i, s in enumerate(stmts) if isinstance(s, Assign) and s.prim == SWEEP)
    fwd, bwd = stmts[:k], stmts[k + 1:]
    results = fn.body.results
    seeds = fn.params[len(fn.params) - nseeds:] if nseeds else ()
    grads = results[nresults:]
    residuals = [n for n in block_free_vars(Block(tuple(bwd), grads)) if n not in seeds]
    tapes = {s.outs[0] for s in fwd if isinstance(s, Assign) and s.prim == "tape.new"}
    copies, renames = [], {}
    names = NameGen.avoiding(fn)
    for t in residuals:
        if t in tapes:  # the pullback pops a copy, so it can be called again
            c = names.fresh(t)
            copies.append(Assign((c,), "call", (Global.of("list", list), Var(t))))
            renames[t] = c
    bwd = copies + rename_uses(bwd, renames)
    from ..ir.rewrite import subst_atom
    grads = tuple(subst_atom(g, {k: Var(v) for k, v in renames.items()}) for g in grads)
    fparams = fn.params[:len(fn.params) - nseeds] if nseeds else fn.params
    # a residual some path leaves undefined is still returned: make it None there
    fwd = [_defined(s) for s in fwd]
    f = Function(fn.name, fparams, Block(tuple(fwd), tuple(results[:nresults]) +
                                         tuple(Var(r) for r in residuals)),
                 fn.defaults, fn.filename, fn.firstline, returns_tuple=True)
    b = Function(fn.name, tuple(residuals) + tuple(seeds), Block(tuple(bwd), grads), (),
                 fn.filename, fn.firstline, returns_tuple=len(grads) != 1)
    return f, b, residuals


def _defined(s):
    """``s`` with every undefined phi value replaced by None."""
    def atom(a):
        return Const(None) if isinstance(a, Const) and a.value is UNDEF else a

    def block(b):
        return Block(tuple(_defined(x) for x in b.stmts), tuple(atom(a) for a in b.results))

    if isinstance(s, If):
        return If(s.cond, block(s.then), block(s.orelse), s.outs, s.loc)
    if isinstance(s, For):
        return For(s.index, s.iter, s.carries, tuple(atom(a) for a in s.inits), block(s.body),
                   s.outs, s.loc)
    if isinstance(s, While):
        return While(s.carries, tuple(atom(a) for a in s.inits), block(s.cond), block(s.body),
                     s.outs, s.loc)
    return s


def drop_marker(fn):
    from dataclasses import replace
    stmts = tuple(s for s in fn.body.stmts if not (isinstance(s, Assign) and s.prim == SWEEP))
    return replace(fn, body=Block(stmts, fn.body.results))

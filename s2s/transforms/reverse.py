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
from ..rules.core import _DefaultValue
from .templates import instantiate


class Tup(tuple):
    """A tuple's cotangent kept element by element (None: zero) until it must exist."""


def bar_name(name):
    """SSA base of the adjoint of ``name``: ``w1_bar``; ``%t^3_bar`` for ``%t.3``, so the
    emitter can name it after whatever Python name ``%t.3`` gets."""
    return name.replace(".", "^") + "_bar"


@dataclass
class Result:
    fn: Function          # the gradient function (forward sweep + backward sweep)
    fwd: tuple            # forward-sweep statements (for vjp: what the pullback needs)
    bwd: tuple            # backward-sweep statements
    outs: tuple           # the primal outputs
    grads: tuple          # adjoint atoms of the wrt params
    seeds: tuple          # names of the output cotangent parameters (empty for grad)


class Reverse:
    def __init__(self, fn, table, wrt, scalar_output):
        self.fn = fn
        self.table = table
        taken = {s for st in walk_stmts(fn.body) for s in getattr(st, "outs", ())}
        taken |= set(fn.params)
        for st in walk_stmts(fn.body):
            if isinstance(st, For):
                taken.add(st.index)
            if isinstance(st, (For, While)):
                taken.update(st.carries)
        self.names = NameGen(taken)
        self.wrt = wrt
        self.varied = varied_values(fn, table, wrt)
        self.shapes = analyse_shapes(fn, table, scalar_outputs=scalar_output)
        self.tapes = []
        self.containers = _containers(fn)

    # -- helpers ------------------------------------------------------------------------
    def is_varied(self, atom):
        return any(isinstance(b, Var) and b.name in self.varied for b in atoms_in(atom))

    def emit(self, out, prim, args, kwargs=(), name="%t", loc=()):
        o = self.names.fresh(name)
        out.append(Assign((o,), prim, tuple(args), tuple(kwargs), loc))
        return Var(o)

    def materialize(self, g, value, out, loc=()):
        """A runtime cotangent for ``value`` from ``g`` (a Tup, an atom or None)."""
        if isinstance(g, Tup):
            items = []
            for k, e in enumerate(g):
                if e is None:
                    elem = self.emit(out, "getitem", (Var(value), Const(k)), loc=loc)
                    e = self.emit(out, "zeros_like", (elem,), loc=loc)
                items.append(e)
            return self.emit(out, "tuple", items, name=bar_name(value), loc=loc)
        if g is None:
            return self.emit(out, "zeros_like", (Var(value),), name=bar_name(value), loc=loc)
        return g

    def accumulate(self, bar, name, contrib, out, loc=()):
        if contrib is None:
            return
        old = bar.get(name)
        if old is None:
            bar[name] = contrib
            return
        if isinstance(old, Tup) and isinstance(contrib, Tup):
            items = []
            for a, b in zip(old, contrib):
                if a is None or b is None:
                    items.append(a if b is None else b)
                else:
                    items.append(self.emit(out, "add", (a, b), loc=loc))
            bar[name] = Tup(items)
            return
        if isinstance(old, Tup):
            old = self.materialize(old, name, out, loc)
        if isinstance(contrib, Tup):
            contrib = self.materialize(contrib, name, out, loc)
        prim = "tree_add" if name in self.containers else "add"
        bar[name] = self.emit(out, prim, (old, contrib), name=bar_name(name), loc=loc)

    def contribute(self, bar, atom, contrib, out, loc=()):
        if isinstance(atom, Var) and atom.name in self.varied:
            self.accumulate(bar, atom.name, contrib, out, loc)

    # -- the transform ------------------------------------------------------------------------
    def run(self, seeds):
        """``seeds``: one cotangent atom per function result (None: no cotangent)."""
        fn = self.fn
        bar = {}
        bwd_seed = []
        for r, s in zip(fn.body.results, seeds):
            if s is not None and isinstance(r, Var) and r.name in self.varied:
                self.accumulate(bar, r.name, s, bwd_seed)
        fwd, bwd = self.block(fn.body.stmts, bar, in_loop=False)
        bwd = bwd_seed + bwd
        grads = []
        for p in self.wrt:
            g = bar.get(p)
            if g is None:
                g = self.emit(bwd, "zeros_like", (Var(p),), name=bar_name(p))
            elif isinstance(g, Tup):
                g = self.materialize(g, p, bwd)
            grads.append(g)
        tapes = [Assign((t,), "tape.new", ()) for t in self.tapes]
        return tapes + fwd, bwd, tuple(grads)

    def block(self, stmts, bar, in_loop):
        """(forward statements, backward statements) of a statement list."""
        fwd_rev, bwd = [], []
        for s in reversed(stmts):
            if isinstance(s, Assign):
                fwd_rev.append(s)
                self.assign(s, bar, bwd)
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
            for k, a in enumerate(args):
                if not self.is_varied(a):
                    continue
                if isinstance(g, Tup):
                    ck = g[k]
                else:
                    ck = self.emit(out, "getitem", (g, Const(k)), name=self.hint(bar, a), loc=loc)
                self.contribute(bar, a, ck, out, loc)
            return
        if isinstance(g, Tup):
            g = self.materialize(g, s.outs[0], out, loc)
        if prim == "getitem":
            self.getitem(s, g, bar, out)
        elif prim == "setitem":
            x, v, index = args[0], args[1], args[2:]
            if self.is_varied(v):
                gv = self.emit(out, "getitem", (g, *index), loc=loc)
                gv = self.emit(out, "unbroadcast", (gv, v), name=self.hint(bar, v), loc=loc)
                self.contribute(bar, v, gv, out, loc)
            if self.is_varied(x):
                gx = self.emit(out, "setitem", (g, Const(0.0), *index), name=self.hint(bar, x),
                               loc=loc)
                self.contribute(bar, x, gx, out, loc)
        elif prim == "append":
            xs, v = args
            if self.is_varied(v):
                self.contribute(bar, v, self.emit(out, "getitem", (g, Const(-1)),
                                                  name=self.hint(bar, v), loc=loc), out, loc)
            if self.is_varied(xs):
                self.contribute(bar, xs, self.emit(out, "getitem", (g, Slice(None, Const(-1))),
                                                   name=self.hint(bar, xs), loc=loc), out, loc)
        elif prim == "call":
            callee = args[0]
            if any(self.is_varied(a) for a in args[1:]) or \
                    any(self.is_varied(v) for _, v in s.kwargs):
                name = callee.name if isinstance(callee, Global) else "this function"
                raise MissingRuleError(
                    f"no derivative rule for {name}", loc,
                    f"write the computation with functions s2s knows, or, if its derivative "
                    f"is not needed, wrap the argument in s2s.stop_gradient(...)")
        else:
            self.rule(s, g, bar, out)

    def hint(self, bar, arg):
        """Name a contribution after the adjoint it becomes, or as a temporary when it
        is added to one that exists (``x_bar = x_bar + g * y`` reads better)."""
        return bar_name(arg.name) if bar.get(arg.name) is None else "%t"

    def same_shape(self, arg, out_name, g=None):
        if not isinstance(arg, Var):
            return True
        return self.shapes.same(arg.name, out_name)

    def getitem(self, s, g, bar, out):
        x, index = s.args[0], s.args[1:]
        if not self.is_varied(x):
            return
        old = bar.get(x.name)
        if isinstance(old, Tup):
            old = self.materialize(old, x.name, out, s.loc)
        if x.name in self.containers:
            if old is None:
                old = self.emit(out, "zeros_like", (x,), name=bar_name(x.name), loc=s.loc)
            bar[x.name] = self.emit(out, "tree_add_at", (old, g, *index),
                                    name=bar_name(x.name), loc=s.loc)
            return
        if old is None:
            old = self.emit(out, "zeros_like", (x,), name=bar_name(x.name), loc=s.loc)
        bar[x.name] = self.emit(out, "add_at", (old, g, *index), name=bar_name(x.name), loc=s.loc)

    def rule(self, s, g, bar, out):
        rule = self.table.get(s.prim)
        if rule is None or not rule.differentiable:
            return
        bound = rule.bind(s.args, s.kwargs)
        env = dict(bound)
        env["g"] = g
        env["ans"] = Var(s.outs[0])
        for param, template in rule.vjp:
            arg = bound.get(param)
            if arg is None or isinstance(arg, _DefaultValue) or isinstance(arg, tuple) \
                    or not self.is_varied(arg):
                continue
            hint = self.hint(bar, arg)
            broadcast = rule.broadcasting and not self.unbroadcast_free(arg, s.outs[0])
            stmts, contrib = instantiate(template, env, self.table, self.names, s.loc,
                                         hint="%t" if broadcast else hint)
            out.extend(stmts)
            if broadcast:
                contrib = self.emit(out, "unbroadcast", (contrib, arg), name=hint, loc=s.loc)
            self.contribute(bar, arg, contrib, out, s.loc)
        for param in bound:
            arg = bound[param]
            if isinstance(arg, Var) and self.is_varied(arg) and rule.vjp_of(param) is None \
                    and param not in ("axis", "keepdims", "dtype", "out"):
                raise MissingRuleError(
                    f"{rule.name} has no derivative rule for its argument {param!r}", s.loc,
                    f"make {param} a constant, or wrap it in s2s.stop_gradient(...)")

    def unbroadcast_free(self, arg, out_name):
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
        fwd_arms, bwd_arms = [], []
        for (f, bw, b), blk in zip(arms, (s.then, s.orelse)):
            results = []
            for k in changed:
                v = b.get(k)
                if v is None:
                    v = self.emit(bw, "zeros_like", (Var(k),), name=bar_name(k))
                elif isinstance(v, Tup):
                    v = self.materialize(v, k, bw)
                results.append(v)
            if in_loop:
                f, bw = self.record(f, bw, blk.stmts, ())
            fwd_arms.append(Block(tuple(f), blk.results))
            bwd_arms.append(Block(tuple(bw), tuple(results)))
        outs = tuple(self.names.fresh(bar_name(k)) for k in changed)
        for k, o in zip(changed, outs):
            bar[k] = Var(o)
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
        active = [k for k, c in enumerate(s.carries) if c in self.varied]
        free = [n for n in block_free_vars(s.body, set(s.carries) | ({s.index} if isinstance(s, For) else set()))
                if n in self.varied]
        if not active and not free:
            return [s], []
        body_bar = {}
        params_b = []   # backward carries: adjoints of forward carries, then of free values
        inits_b = []
        pre = []
        for k in active:
            params_b.append(self.names.fresh(bar_name(s.carries[k])))
            g = bar.get(s.outs[k])
            if isinstance(g, Tup):
                g = self.materialize(g, s.outs[k], pre)
            inits_b.append(g if g is not None else
                           self.emit(pre, "zeros_like", (Var(s.outs[k]),), name=bar_name(s.outs[k])))
        for n in free:
            params_b.append(self.names.fresh(bar_name(n)))
            g = bar.get(n)
            if isinstance(g, Tup):
                g = self.materialize(g, n, pre)
            inits_b.append(g if g is not None else
                           self.emit(pre, "zeros_like", (Var(n),), name=bar_name(n)))
            body_bar[n] = Var(params_b[-1])
        seed = []
        for j, k in enumerate(active):
            self.contribute(body_bar, s.body.results[k], Var(params_b[j]), seed)
        f, b = self.block(s.body.stmts, body_bar, in_loop=True)
        b = seed + b
        results_b = []
        for j, k in enumerate(active):
            g = body_bar.get(s.carries[k])
            if isinstance(g, Tup):
                g = self.materialize(g, s.carries[k], b)
            results_b.append(g if g is not None else
                             self.emit(b, "zeros_like", (Var(s.carries[k]),), name=bar_name(s.carries[k])))
        for n in free:
            g = body_bar.get(n)
            if isinstance(g, Tup):
                g = self.materialize(g, n, b)
            results_b.append(g)
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
            steps = self.names.fresh("%steps")
            steps_in = self.names.fresh("%steps")
            steps_out = self.names.fresh("%steps")
            inc = self.names.fresh("%steps")
            f = list(f) + [Assign((inc,), "add", (Var(steps_in), Const(1)))]
            fwd = [While((*s.carries, steps_in), (*s.inits, Const(0)), s.cond,
                         Block(tuple(f), (*s.body.results, Var(inc))), (*s.outs, steps_out), s.loc)]
            rng = self.emit(pre, "range", (Var(steps_out),), name="%r")
            bwd_loop = For(self.names.fresh("%_"), rng, tuple(params_b), tuple(inits_b),
                           Block(tuple(b), tuple(results_b)), outs_b, s.loc)
        for j, k in enumerate(active):
            bar[s.carries[k]] = Var(outs_b[j])
            self.contribute(bar, s.inits[k], Var(outs_b[j]), pre)
        # the adjoint of a carry's init is the adjoint of the carry at the first iteration
        for j, n in enumerate(free):
            bar[n] = Var(outs_b[len(active) + j])
        for j, k in enumerate(active):
            bar.pop(s.carries[k], None)
        # order: zeros/reversed setup, the loop, then hand the carry adjoints to the inits
        setup = [st for st in pre if not _is_init_contribution(st, outs_b)]
        after = [st for st in pre if _is_init_contribution(st, outs_b)]
        bwd = setup + [bwd_loop] + after
        return fwd, bwd


def _is_init_contribution(stmt, outs_b):
    return isinstance(stmt, Assign) and any(isinstance(a, Var) and a.name in outs_b for a in stmt.args)


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
    return out, rev.containers


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
    names = NameGen(set(residuals) | {o for s in walk_stmts(fn.body) for o in getattr(s, "outs", ())})
    for t in residuals:
        if t in tapes:  # the pullback pops a copy, so it can be called again
            c = names.fresh(t)
            copies.append(Assign((c,), "call", (Global.of("list", list), Var(t))))
            renames[t] = c
    bwd = copies + rename_uses(bwd, renames)
    from ..ir.rewrite import subst_atom
    grads = tuple(subst_atom(g, {k: Var(v) for k, v in renames.items()}) for g in grads)
    fparams = fn.params[:len(fn.params) - nseeds] if nseeds else fn.params
    f = Function(fn.name, fparams, Block(tuple(fwd), tuple(results[:nresults]) +
                                         tuple(Var(r) for r in residuals)),
                 fn.defaults, fn.filename, fn.firstline, returns_tuple=True)
    b = Function(fn.name, tuple(residuals) + tuple(seeds), Block(tuple(bwd), grads), (),
                 fn.filename, fn.firstline, returns_tuple=len(grads) != 1)
    return f, b, residuals


def drop_marker(fn):
    from dataclasses import replace
    stmts = tuple(s for s in fn.body.stmts if not (isinstance(s, Assign) and s.prim == SWEEP))
    return replace(fn, body=Block(stmts, fn.body.results))

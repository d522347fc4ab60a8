"""Forward mode: SSA IR of f -> SSA IR computing f and its tangent, interleaved.

Every statement whose inputs vary is followed by the statements of its tangent, written
by the primitive's rule (``y_dot = x_dot * np.cos(x)``); tangents are named ``<name>_dot``.
A tangent known to be zero is not computed: rule templates are simplified with it set to
zero (``x_dot * y + x * y_dot`` becomes ``x * y_dot``). Branches carry the tangents of
their results, loops carry the tangents of their carries; nothing is recorded.

A tangent may be smaller than its value by broadcast dimensions (``under``): the tangent
of ``A + s`` for a constant matrix ``A`` is ``s_dot``. Elementwise and broadcasting rules
accept that; before any other rule, and for the returned tangents, it is broadcast to
the value's shape.

Tape pushes and pops (present when the IR is itself a reverse-mode adjoint, as in
forward-over-reverse) carry the tangents of the values they record.

Batched (``batched=True``, for Jacobians and Hessians): every direction at once. The
tangents of the ``wrt`` parameters are the identity, made by the generated code
(``x_dot = batch_identity(x)``: one unit direction per element, on a trailing axis), and
every tangent carries that trailing axis. Rules take it through templates written for it
(``BATCHED``; elementwise templates meet it with ``bvalue(v)``, the value with a
trailing axis of length 1); a rule with no such template raises ``Unbatchable``, and
callers fall back to one sweep per direction. A linear rule applied to the identity
itself is the rule's own matrix, so it is not multiplied out (``IDENTITY``: the tangent
of ``A @ x`` is a copy of A). Applied to a pullback with respect to its cotangent, the
batched sweep gives every row of a Jacobian; to an adjoint, every column of a Hessian.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..analysis.activity import varied as varied_values
from ..analysis.shapes import analyse as analyse_shapes
from ..errors import MissingRuleError
from ..frontend.lower import NameGen
from ..ir.nodes import (UNDEF, Assign, Block, Const, For, Function, Global, If, Var, While,
                        atoms_in, walk_stmts)
from ..rules.core import _DefaultValue
from ..rules.helpers import BATCHED as BATCHED_HELPERS
from ..runtime import HELPERS
from .templates import ZERO, instantiate_linear


@dataclass(frozen=True)
class Tan:
    atom: object
    under: bool = False
    identity: bool = False  # batched: the seed itself, one unit direction per element


class TupT(tuple):
    """A tuple's tangent, element by element (None: zero)."""


def dot_name(name):
    return name.replace(".", "^") + "_dot"


# rules whose tangent is a sum of terms each as large as only one operand
ADDITIVE = {"add", "sub", "np.add", "np.subtract", "np.maximum", "np.minimum", "np.where",
            "np.clip", "mod", "np.mod"}
STRUCTURAL = {"getitem", "setitem", "tuple", "list", "unpack", "append", "keys", "concat"}
ZERO_TANGENT = {"zeros_like", "tape.new", "range", "reversed", "len", "keys"}
# an adjoint's accumulations into an array, which keep its shape and dtype
WRITES = {"unsetitem", "add_at", "tree_add_at"}


class Unbatchable(Exception):
    """A statement whose tangent has no form with a trailing batch axis."""


# tangent templates for a trailing batch axis, where the plain one would misalign it
BATCHED = {
    "matmul": "bmatmul_x(x_dot, y) + bmatmul_y(x, y_dot)",
    "np.matmul": "bmatmul_x(x_dot, y) + bmatmul_y(x, y_dot)",
    "np.sum": "bsum(x_dot, axis=axis, keepdims=keepdims)",
    "np.mean": "bsum(x_dot, axis=axis, keepdims=keepdims) * (np.size(ans) / np.size(x))",
    "np.reshape": "breshape(a_dot, newshape)",
    "np.transpose": "btranspose(a_dot, axes)",
    "np.ravel": "breshape(a_dot, -1)",
    "np.squeeze": "bsqueeze(a_dot, axis=axis)",
    "np.expand_dims": "bexpand_dims(a_dot, axis)",
    "np.copy": "np.copy(a_dot)",
    "np.stack": "bstack(arrays_dot, axis=axis)",
    "np.concatenate": "bconcatenate(arrays_dot, axis=axis)",
    "float": "np.asarray(x_dot)",
    "sum": "sum(x_dot)",  # over the first axis, never the last
    **{name: "bsum(x_dot * bexpand(unreduce_extremum(1.0, x, ans, axis=axis, keepdims=keepdims)),"
             " axis=axis, keepdims=keepdims)" for name in ("np.max", "np.min", "np.amax", "np.amin")},
    "np.prod": "bsum(x_dot * bexpand(unprod(1.0, x, axis=axis, keepdims=keepdims)), axis=axis,"
               " keepdims=keepdims)",
    "np.dot": "bdot_left(a_dot, b) + bdot_right(a, b_dot)",
    "np.outer": "bouter_left(a_dot, b) + bouter_right(a, b_dot)",
    "np.linalg.norm": "bsum(bexpand(norm_vjp(1.0, x, ans, ord=ord, axis=axis, keepdims=keepdims))"
                      " * x_dot, axis=axis, keepdims=keepdims)",
    "np.array": "np.array(object_dot)",
    # scalar operands: the plain templates meet a batch of tangents as they are
    "max": "x_dot if x >= y else y_dot",
    "min": "x_dot if x <= y else y_dot",
    "math.copysign": "x_dot * math.copysign(1.0, x) * math.copysign(1.0, y)",
    **BATCHED_HELPERS,
}


# batched tangent templates where one operand's tangent is the seed (the identity) and the
# others are zero: a linear map applied to the identity is the map's own matrix, so no
# product is computed (the tangent of ``A @ x`` is A). rule -> {identity tangent: template}
IDENTITY = {
    **{name: {"y_dot": "bmatmul_right_identity(x, y)", "x_dot": "bmatmul_left_identity(x, y)"}
       for name in ("matmul", "np.matmul")},
    "matmul_vjp_rhs": {"g_dot": "bmatmul_vjp_rhs_identity(g, x, y)"},
}


class Forward:
    def __init__(self, fn, table, wrt, batched=False):
        self.fn, self.table, self.wrt = fn, table, tuple(wrt)
        self.batched = batched  # tangents carry a trailing axis: one column per direction
        self.names = NameGen.avoiding(fn)
        self.varied = varied_values(fn, table, wrt)
        self.shapes = analyse_shapes(fn, table)
        self.tape_masks = {}
        self.defs = {o: st for st in walk_stmts(fn.body) if isinstance(st, Assign)
                     for o in st.outs}

    # -- helpers -----------------------------------------------------------------------------
    def emit(self, out, prim, args, kwargs=(), name="%t", loc=()):
        o = self.names.fresh(name)
        out.append(Assign((o,), prim, tuple(args), tuple(kwargs), loc))
        return Var(o)

    def is_varied(self, atom):
        return any(isinstance(b, Var) and b.name in self.varied for b in atoms_in(atom))

    def exact(self, t, value, out, loc=()):
        """A runtime tangent of ``value``'s shape (zeros if None)."""
        if isinstance(t, TupT):
            items = []
            for k, e in enumerate(t):
                elem = self.emit(out, "getitem", (value, Const(k)), loc=loc)
                items.append(self.exact(e, elem, out, loc).atom)
            return Tan(self.emit(out, "tuple", items, loc=loc))
        if t is None:
            value = self.unwritten(value)
            if self.batched:
                return Tan(self.emit(out, "batch_zeros", (value, self.seed), loc=loc))
            return Tan(self.emit(out, "zeros_like", (value,), loc=loc))
        if t.under:
            helper = "batch_broadcast_like" if self.batched else "broadcast_like"
            return Tan(self.emit(out, helper, (t.atom, value), loc=loc))
        return t

    def unwritten(self, value):
        """The array an adjoint's accumulations into ``value`` started from, or what that
        is zeros like: its zeros are ``value``'s, and need none of the accumulations."""
        def made_by(v, prims):
            return isinstance(v, Var) and v.name in self.defs and self.defs[v.name].prim in prims
        while made_by(value, WRITES):
            value = self.defs[value.name].args[0]
        if made_by(value, ("zeros_like",)) and not made_by(self.defs[value.name].args[0],
                                                           WRITES | {"setitem"}):
            value = self.defs[value.name].args[0]
        return value

    def tangent_of(self, dot, atom):
        if isinstance(atom, Var):
            return dot.get(atom.name)
        return None

    # -- the transform -------------------------------------------------------------------------
    def run(self):
        dot = {}
        params, seeds = [], []
        for p in self.wrt:
            name = self.names.fresh(dot_name(p))
            if self.batched:  # one direction per element of p: the identity
                seeds.append(Assign((name,), "batch_identity", (Var(p),)))
                dot[p] = Tan(Var(name), identity=True)
            else:
                params.append(name)
                dot[p] = Tan(Var(name))
        self.seed = dot[self.wrt[0]].atom if self.wrt else None
        stmts = seeds + self.block(self.fn.body.stmts, dot)
        tangents = [self.exact(self.tangent_of(dot, r), r, stmts).atom
                    if not isinstance(r, Const) else self.exact(None, r, stmts).atom
                    for r in self.fn.body.results]
        body = Block(tuple(stmts), tuple(self.fn.body.results) + tuple(tangents))
        # tangents follow every parameter, so the function takes no defaults (callers bind
        # them): a default may not precede a parameter without one
        return Function(self.fn.name, tuple(self.fn.params) + tuple(params), body,
                        (), self.fn.filename, self.fn.firstline, returns_tuple=True)

    def block(self, stmts, dot):
        out = []
        for s in stmts:
            if isinstance(s, Assign):
                out.append(s)
                self.assign(s, dot, out)
            elif isinstance(s, If):
                out.append(self.if_(s, dot))
            elif isinstance(s, (For, While)):
                out.append(self.loop(s, dot))
        return out

    # -- assignments ------------------------------------------------------------------------
    def assign(self, s, dot, out):
        p, a, loc = s.prim, s.args, s.loc
        if self.batched and p in ("add_at", "tree_add_at", "unsetitem", "setitem") \
                and _ellipsis(a):
            raise Unbatchable(p)  # the ellipsis would take in the batch axis
        if p == "tape.push":
            mask = [isinstance(x, Var) and dot.get(x.name) is not None for x in a[1:]]
            self.tape_masks[a[0].name] = mask
            if any(mask):
                out.pop()  # pushed again below, with the tangents of what it records
                extra = [self.exact(dot[x.name], x, out, loc).atom
                         for x, m in zip(a[1:], mask) if m]
                out.append(Assign((), p, tuple(a) + tuple(extra), (), loc))
            return
        if p == "tape.pop":
            mask = self.tape_masks.get(a[0].name, [])
            if any(mask):
                new = [self.names.fresh(dot_name(o)) for o, m in zip(s.outs, mask) if m]
                out[-1] = Assign(s.outs + tuple(new), p, a, (), loc)
                it = iter(new)
                for o, m in zip(s.outs, mask):
                    if m:
                        dot[o] = Tan(Var(next(it)))
            return
        if p in ZERO_TANGENT or p == "sweep":
            return
        if not any(self.is_varied(x) for x in list(a) + [v for _, v in s.kwargs]):
            return
        if p in STRUCTURAL:
            return self.structural(s, dot, out)
        if p in ("add_at", "tree_add_at", "tree_add"):
            return self.accumulation(s, dot, out)
        if p == "call":
            if not s.outs:  # an effect (print): it runs with the primal values
                return
            if any(self.is_varied(x) for x in list(a[1:]) + [v for _, v in s.kwargs]):
                name = a[0].name if isinstance(a[0], Global) else "this function"
                raise MissingRuleError(f"no derivative rule for {name}", loc,
                                       "if its derivative is not needed, wrap the argument "
                                       "in s2s.stop_gradient(...)")
            return
        if p == "unsetitem":  # linear in the cotangent; the value it replaced gives a shape
            if self.tangent_of(dot, a[0]) is None:
                return
            tg = self.exact(self.tangent_of(dot, a[0]), a[0], out, loc)
            helper = "bunsetitem" if self.batched else p
            dot[s.outs[0]] = Tan(self.emit(out, helper, (tg.atom, *a[1:]),
                                           name=dot_name(s.outs[0]), loc=loc))
            return
        rule = self.table.get(p)
        if rule is not None and rule.custom is not None:
            return self.custom(s, rule, dot, out)
        if rule is None and p in HELPERS:
            raise MissingRuleError(f"s2s cannot yet differentiate its own helper {p} again",
                                   loc, "use a single derivative of this function")
        if rule is None or not rule.differentiable:
            return
        if rule.jvp is None:
            raise MissingRuleError(f"{rule.name} has no forward-mode rule", loc,
                                   "use reverse mode (s2s.grad / s2s.vjp) for it")
        bound = rule.bind(a, s.kwargs)
        env = dict(bound)
        env["ans"] = Var(s.outs[0])
        tolerant = rule.cotangent in ("elementwise", "broadcast")
        template = rule.jvp
        if self.batched:
            if rule.name in BATCHED:
                template = BATCHED[rule.name]
            elif tolerant:
                # an elementwise template: give its values a trailing axis to meet the
                # tangents' batch axis
                for k, v in list(env.items()):
                    if isinstance(v, (Var, Global)) and not k.endswith("_dot"):
                        env[k] = self.emit(out, "bvalue", (v,), loc=loc)
            else:
                raise Unbatchable(rule.name)
        under = False
        identities = set()  # the tangents that are the seed itself
        for param, arg in bound.items():
            if isinstance(arg, tuple) and rule.varargs and param == rule.params[-1]:
                # *args (np.einsum's operands): one tuple, and one of their tangents (None
                # where a tangent is zero)
                ts = [self.tangent_of(dot, x) for x in arg]
                env[param] = self.emit(out, "tuple", arg, loc=loc)
                env[param + "_dot"] = ZERO if all(t is None for t in ts) else self.emit(
                    out, "tuple", [Const(None) if t is None else self.exact(t, x, out, loc).atom
                                   for t, x in zip(ts, arg)], loc=loc)
                continue
            if isinstance(arg, _DefaultValue) or isinstance(arg, tuple):
                env[param + "_dot"] = ZERO
                continue
            t = self.tangent_of(dot, arg)
            if t is None:
                env[param + "_dot"] = ZERO
                continue
            if not tolerant or isinstance(t, TupT):
                t = self.exact(t, arg, out, loc)
            under = under or t.under
            if t.identity:
                identities.add(param + "_dot")
            env[param + "_dot"] = t.atom
        live = [k for k, v in env.items() if k.endswith("_dot") and v is not ZERO]
        if self.batched and len(live) == 1 and live[0] in identities \
                and live[0] in IDENTITY.get(rule.name, {}):
            template = IDENTITY[rule.name][live[0]]
        stmts, atom = instantiate_linear(template, env, self.table, self.names, loc,
                                         hint=dot_name(s.outs[0]), scope=rule.scope)
        if atom is None:
            return
        out.extend(stmts)
        if rule.name in ADDITIVE:
            # a term of a sum is only as large as its own operand
            present = [arg for param, arg in bound.items()
                       if env.get(param + "_dot", ZERO) is not ZERO]
            missing = [arg for param, arg in bound.items() if param + "_dot" in env
                       and env[param + "_dot"] is ZERO
                       and isinstance(arg, (Var, Const, Global))]  # a module's array too
            if missing:
                under = under or not all(isinstance(x, Var) and self.shapes.same(x.name, s.outs[0])
                                         for x in present)
        dot[s.outs[0]] = Tan(atom, under)

    def custom(self, s, rule, dot, out):
        """A function with a custom derivative (s2s.custom): the user's jvp function
        computes the output and its tangent, in place of the call."""
        c, loc = rule.custom, s.loc
        if c.kind != "jvp":
            raise MissingRuleError(
                f"{rule.name} is an s2s.custom_vjp function: it has a reverse-mode derivative "
                f"only, as in JAX", loc, "use s2s.grad / s2s.vjp, or give it s2s.custom_jvp")
        if self.batched:
            raise Unbatchable(rule.name)
        bound = rule.bind(s.args, s.kwargs)
        args = [Const(v.value) if isinstance(v, _DefaultValue) else v
                for v in (bound[p] for p in rule.params)]
        tangents = []
        for a in args:
            t = self.tangent_of(dot, a)
            tangents.append(self.exact(t, a, out, loc).atom if t is not None else
                            self.emit(out, "zeros_like", (a,), loc=loc))
        out.remove(s)  # the user's jvp computes the output too
        primals = self.emit(out, "tuple", args, loc=loc)
        tans = self.emit(out, "tuple", tangents, loc=loc)
        both = self.emit(out, "call", (Global.of(c.jvp.__name__, c.jvp), primals, tans), loc=loc)
        both = self.emit(out, "checked_tangent", (Global.of(rule.name, c), both), loc=loc)
        y_dot = self.names.fresh(dot_name(s.outs[0]))
        out.append(Assign((s.outs[0], y_dot), "unpack", (both, Const(2)), (), loc))
        dot[s.outs[0]] = Tan(Var(y_dot))

    def structural(self, s, dot, out):
        p, a, loc = s.prim, s.args, s.loc
        y = s.outs[0]
        if p in ("tuple", "list"):
            dot[y] = TupT(self.tangent_of(dot, x) for x in a)
            if p == "list":  # a list may grow: keep its tangent a runtime list
                dot[y] = Tan(self.emit(out, "list", [self.exact(t, x, out, loc).atom
                                                     for t, x in zip(dot[y], a)],
                                       name=dot_name(y), loc=loc))
            return
        if p == "unpack":
            t = self.tangent_of(dot, a[0])
            if isinstance(t, TupT):
                for o, e in zip(s.outs, t):
                    dot[o] = e
                return
            t = self.exact(t, a[0], out, loc)
            outs = tuple(self.names.fresh(dot_name(o)) for o in s.outs)
            out.append(Assign(outs, "unpack", (t.atom, a[1]), (), loc))
            for o, n in zip(s.outs, outs):
                dot[o] = Tan(Var(n))
            return
        if p == "getitem":
            t = self.tangent_of(dot, a[0])
            if t is None:
                return
            if self.batched and _ellipsis(a):
                raise Unbatchable("x[...]")  # the ellipsis would take in the batch axis
            if isinstance(t, TupT) and len(a) == 2 and isinstance(a[1], Const) \
                    and isinstance(a[1].value, int):
                dot[y] = t[a[1].value]
                return
            t = self.exact(t, a[0], out, loc)
            dot[y] = Tan(self.emit(out, "getitem", (t.atom, *a[1:]), name=dot_name(y), loc=loc))
            return
        if p == "setitem":
            x, v, index = a[0], a[1], a[2:]
            if self.tangent_of(dot, x) is None and self.tangent_of(dot, v) is None:
                return  # written with a value that has no tangent either
            # x's tangent is made before x is written, which may happen in place
            primal = out.pop()
            tx = self.exact(self.tangent_of(dot, x), x, out, loc)
            out.append(primal)
            tv = self.tangent_of(dot, v)
            tv = Const(0.0) if tv is None else self.exact(tv, v, out, loc).atom
            dot[y] = Tan(self.emit(out, "setitem", (tx.atom, tv, *index), name=dot_name(y), loc=loc))
            return
        if p == "concat":
            ta, tb = (self.exact(self.tangent_of(dot, x), x, out, loc) for x in a)
            dot[y] = Tan(self.emit(out, "concat", (ta.atom, tb.atom), name=dot_name(y), loc=loc))
            return
        if p == "append":
            xs, v = a
            txs = self.exact(self.tangent_of(dot, xs), xs, out, loc)
            tv = self.exact(self.tangent_of(dot, v), v, out, loc)
            dot[y] = Tan(self.emit(out, "append", (txs.atom, tv.atom), name=dot_name(y), loc=loc))
            return

    def accumulation(self, s, dot, out):
        """Tangents of the adjoint accumulations of a reverse sweep (forward-over-reverse)."""
        p, a, loc = s.prim, s.args, s.loc
        y = s.outs[0]
        if p == "tree_add":
            ta, tb = (self.tangent_of(dot, x) for x in a)
            if ta is None or tb is None:
                dot[y] = ta if tb is None else tb
                return
            ta, tb = self.exact(ta, a[0], out, loc), self.exact(tb, a[1], out, loc)
            dot[y] = Tan(self.emit(out, "tree_add", (ta.atom, tb.atom), name=dot_name(y), loc=loc))
            return
        x, g, index = a[0], a[1], a[2:]
        tg = self.tangent_of(dot, g)
        tx = self.tangent_of(dot, x)
        if tg is None:
            dot[y] = tx
            return
        tx = self.exact(tx, x, out, loc)
        tg = self.exact(tg, g, out, loc)
        dot[y] = Tan(self.emit(out, p, (tx.atom, tg.atom, *index), name=dot_name(y), loc=loc))

    # -- branches and loops -------------------------------------------------------------------
    def if_(self, s, dot):
        arms = []
        for blk in (s.then, s.orelse):
            d = dict(dot)
            stmts = self.block(blk.stmts, d)
            arms.append((stmts, d))
        active = [k for k, o in enumerate(s.outs) if o in self.varied]
        new_outs = []
        results = [list(s.then.results), list(s.orelse.results)]
        for k in active:
            o = s.outs[k]
            for j, (stmts, d) in enumerate(arms):
                r = (s.then, s.orelse)[j].results[k]
                if isinstance(r, Const) and r.value is UNDEF:
                    results[j].append(Const(UNDEF))
                    continue
                t = self.tangent_of(d, r)
                results[j].append(self.exact(t, r, stmts, s.loc).atom)
            name = self.names.fresh(dot_name(o))
            new_outs.append(name)
            dot[o] = Tan(Var(name))
        return If(s.cond, Block(tuple(arms[0][0]), tuple(results[0])),
                  Block(tuple(arms[1][0]), tuple(results[1])), s.outs + tuple(new_outs), s.loc)

    def loop(self, s, dot):
        active = [k for k, c in enumerate(s.carries) if c in self.varied]
        pre = []
        params, inits = [], []
        body_dot = dict(dot)
        for k in active:
            c = s.carries[k]
            init = s.inits[k]
            if isinstance(init, Const) and init.value is UNDEF:
                t = Tan(init)  # undefined before the loop: so is its tangent
            else:
                t = self.exact(self.tangent_of(dot, init), init, pre, s.loc)
            name = self.names.fresh(dot_name(c))
            params.append(name)
            inits.append(t.atom)
            body_dot[c] = Tan(Var(name))
        cond = None
        if isinstance(s, While):
            cond = Block(tuple(self.block(s.cond.stmts, dict(body_dot))), s.cond.results)
        stmts = self.block(s.body.stmts, body_dot)
        results = [self.exact(self.tangent_of(body_dot, s.body.results[k]), s.body.results[k],
                              stmts, s.loc).atom for k in active]
        outs = []
        for k in active:
            name = self.names.fresh(dot_name(s.outs[k]))
            outs.append(name)
            dot[s.outs[k]] = Tan(Var(name))
        body = Block(tuple(stmts), tuple(s.body.results) + tuple(results))
        carries = tuple(s.carries) + tuple(params)
        new_inits = tuple(s.inits) + tuple(inits)
        new_outs = tuple(s.outs) + tuple(outs)
        if isinstance(s, For):
            loop = For(s.index, s.iter, carries, new_inits, body, new_outs, s.loc)
        else:
            loop = While(carries, new_inits, cond, body, new_outs, s.loc)
        self.pending_pre = pre
        return _WithPre(pre, loop)


def _ellipsis(args):
    return any(isinstance(i, Const) and i.value is Ellipsis for i in args)


class _WithPre:
    """A loop and the statements that must run before it (tangents of its inits)."""

    def __init__(self, pre, loop):
        self.pre, self.loop = pre, loop


def _flatten(stmts):
    out = []
    for s in stmts:
        if isinstance(s, _WithPre):
            out.extend(_flatten(s.pre))
            out.append(_flatten_stmt(s.loop))
        else:
            out.append(_flatten_stmt(s))
    return out


def _flatten_stmt(s):
    if isinstance(s, If):
        return If(s.cond, Block(tuple(_flatten(s.then.stmts)), s.then.results),
                  Block(tuple(_flatten(s.orelse.stmts)), s.orelse.results), s.outs, s.loc)
    if isinstance(s, For):
        return For(s.index, s.iter, s.carries, s.inits,
                   Block(tuple(_flatten(s.body.stmts)), s.body.results), s.outs, s.loc)
    if isinstance(s, While):
        return While(s.carries, s.inits, Block(tuple(_flatten(s.cond.stmts)), s.cond.results),
                     Block(tuple(_flatten(s.body.stmts)), s.body.results), s.outs, s.loc)
    return s


def forward(fn, table, wrt, batched=False):
    """The JVP of ``fn`` with respect to the parameters ``wrt``: a function of the
    parameters and one tangent per ``wrt`` parameter, returning the results and then
    their tangents. ``batched``: every tangent has a trailing axis of directions (raises
    Unbatchable where a rule has no such form)."""
    out = Forward(fn, table, wrt, batched).run()
    return Function(out.name, out.params, Block(tuple(_flatten(out.body.stmts)), out.body.results),
                    out.defaults, out.filename, out.firstline, returns_tuple=True)

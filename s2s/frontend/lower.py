"""Lowers a normalized gast function to the SSA IR of ``s2s.ir.nodes``.

Each Python expression becomes a sequence of single-operation ``Assign``s (A-normal
form); a variable's successive values get versioned names (``h``, ``h.1``, ...) so the
emitter can give them back the user's name. ``if`` becomes an ``If`` whose ``outs`` are
the variables either branch assigns; loops become ``For``/``While`` whose carries are the
variables the body assigns that exist before the loop. Every ``for`` iterates over a
``range`` by index (``for x in xs`` reads ``x = xs[i]``), so the adjoint can run the same
indices backwards. Calls to the user's own functions are inlined (their source is parsed
and lowered in place, with their own module's globals), calls to library functions become
primitives named by the rule table, and anything else is an error with file:line.

What Python has beyond that is taken apart here, so that the IR stays the same small IR:
values known while lowering (functions, objects, dicts with constant keys, lists of
objects) live in the environment, never in the IR. The parts: ``calls`` (calls, lambdas,
closures, partial, map, reduce, comprehensions), ``objects`` (classes, dataclasses,
NamedTuples), ``loops``, ``containers`` (dicts, unrolled loops over known items),
``statements`` (print, assert, raise, f-strings, walrus, starred unpacking); ``desugar``
writes comprehensions and folds as loops, ``normalize`` removes jumps, ``match`` and
``else`` on loops.
"""
from __future__ import annotations

import importlib
import operator
import types

import gast
import numpy as np

from ..errors import UnsupportedSyntaxError
from ..ir.nodes import (UNDEF, Assign, Block, Const, Function, Global, If, Slice, Var,
                        defined_names)
from .calls import FUNCTION_VALUES, Calls, Ctx, _dotted
from .containers import Containers
from .loops import Loops
from .normalize import normalize
from .objects import Objects, Record, StaticSeq, constant, record_index, user_instance
from .parse import parse_function, unwrap
from .statements import Statements

BINOPS = {gast.Add: "add", gast.Sub: "sub", gast.Mult: "mul", gast.Div: "truediv",
          gast.Pow: "pow", gast.MatMult: "matmul", gast.FloorDiv: "floordiv",
          gast.Mod: "mod", gast.BitAnd: "bitand", gast.BitOr: "bitor", gast.BitXor: "bitxor"}
UNARYOPS = {gast.USub: "neg", gast.UAdd: "pos", gast.Not: "not", gast.Invert: "invert"}
CMPOPS = {gast.Lt: "lt", gast.LtE: "le", gast.Gt: "gt", gast.GtE: "ge", gast.Eq: "eq",
          gast.NotEq: "ne", gast.Is: "is", gast.IsNot: "is_not", gast.In: "in",
          gast.NotIn: "not_in"}

HINTS = {
    gast.Try: "move the try/except outside the differentiated function",
    gast.With: "move the with block outside the differentiated function",
    gast.Global: "pass the value in as a parameter and return the new value",
    gast.Nonlocal: "pass the value in as a parameter and return the new value",
    gast.Yield: "return a list or an array instead of yielding",
    gast.YieldFrom: "return a list or an array instead of yielding",
    gast.Await: "differentiate a synchronous function",
    gast.AsyncFunctionDef: "differentiate a synchronous function",
    gast.ClassDef: "define the class outside the differentiated function",
    gast.Delete: "stop using the variable instead of deleting it",
    gast.Starred: "pass the arguments one by one",
    gast.JoinedStr: "strings are not differentiated; build them outside the function",
}


STATEMENTS = {"Try": "try/except", "TryStar": "try/except*", "With": "a with block",
              "AsyncWith": "an async with block", "AsyncFor": "an async for loop",
              "AsyncFunctionDef": "an async function definition",
              "ClassDef": "a class definition inside the function", "Delete": "del",
              "Global": "a global statement", "Nonlocal": "a nonlocal statement"}


class NameGen:
    """SSA value names: ``base`` the first time, then ``base.1``, ``base.2`` ..."""

    def __init__(self, taken=()):
        self.count = {}
        self.taken = set(taken)

    @classmethod
    def avoiding(cls, fn):
        """Fresh names for new values in ``fn``."""
        return cls(defined_names(fn))

    def fresh(self, base):
        base = base.split(".")[0]
        k = self.count.get(base, 0)
        while True:
            name = base if k == 0 else f"{base}.{k}"
            k += 1
            if name not in self.taken:
                break
        self.count[base] = k
        self.taken.add(name)
        return name


class Lowerer(Calls, Objects, Loops, Containers, Statements):
    def __init__(self, table, names=None, derived=None):
        self.table = table
        self.derived = derived  # spec -> IR of a derivative s2s made (see Calls)
        self.sequences = {}  # tuple value -> its items, for f(*args)
        self.lists = set()  # values that comprehensions and map built: certainly lists
        self.generators = set()  # values that are numpy random Generators
        self.tuple_types = {}  # value -> the NamedTuple class its parameter is annotated with
        self.names = names or NameGen()
        self.stmts = []
        self.env = {}
        self.ctx = None
        self.writes = {}  # SSA name a write defines -> "setitem" | "augassign" (aliasing check)
        self.namespaces = []  # of every function lowered: what their names were bound to

    # -- helpers -----------------------------------------------------------------
    def loc(self, node):
        return (self.ctx.filename, getattr(node, "lineno", 0) or 0,
                getattr(node, "col_offset", 0) or 0)

    def error(self, message, node, hint=None, cls=UnsupportedSyntaxError):
        return cls(message, self.loc(node), hint)

    def emit(self, prim, args, kwargs=(), node=None, name="%t", nouts=1):
        if node is not None:
            self.no_function_values(list(args) + [v for _, v in kwargs], node,
                                    "used as a value")
        if not kwargs and all(isinstance(a, Const) for a in args) and (
                prim in FOLDS or prim in INT_FOLDS
                and all(type(a.value) is int for a in args)):
            # known when the derivative is built: a flag, a mode string, a depth
            return Const({**FOLDS, **INT_FOLDS}[prim](*[a.value for a in args]))
        outs = tuple(self.names.fresh(name) for _ in range(nouts))
        self.stmts.append(Assign(outs, prim, tuple(args), tuple(kwargs),
                                 self.loc(node) if node is not None else ()))
        return Var(outs[0]) if nouts == 1 else tuple(Var(o) for o in outs)

    def sub_block(self, fn, env):
        """Lower ``fn()`` into a fresh statement list with ``env``; returns (stmts, env)."""
        saved = self.stmts, self.env
        self.stmts, self.env = [], dict(env)
        try:
            fn()
            return self.stmts, self.env
        finally:
            self.stmts, self.env = saved

    # -- functions -------------------------------------------------------------------
    def function(self, fn, primitive=None):
        """SSA IR of the user function ``fn`` (or, with ``primitive``, of one call to that
        primitive with fn's parameters: a function with a custom derivative)."""
        parsed = parse_function(fn)
        self.namespaces.append(parsed.namespace)
        self.ctx = Ctx(parsed, [unwrap(fn)])
        tree = normalize(parsed.tree, parsed.filename)
        args = tree.args
        if args.vararg or args.kwarg:
            raise self.error("*args and **kwargs parameters are not supported", tree,
                             "list the parameters explicitly")
        params = []
        for a in args.posonlyargs + args.args + args.kwonlyargs:
            name = self.names.fresh(a.id)
            params.append(name)
            self.env[a.id] = Var(name)
        self.note_annotations(fn, self.env)
        defaults = self.defaults(args)
        if primitive is None:
            results = self.body(tree.body)
            self.no_function_values(results, tree, "returned")
        else:
            results = (self.emit(primitive, [Var(p) for p in params], (), node=tree,
                                 name="ans"),)
            self.returns_tuple = False
        fn_ir = Function(tree.name, tuple(params), Block(tuple(self.stmts), results), defaults,
                         parsed.filename, tree.lineno, returns_tuple=self.returns_tuple)
        self.check_aliasing(fn_ir)
        return fn_ir

    def defaults(self, args):
        """The defaults of the longest run of trailing parameters that all have one
        (keyword-only ones included: the derivative takes them as the function does)."""
        positional = args.posonlyargs + args.args
        given = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
        given += list(args.kw_defaults)
        run = []
        for d in reversed(given):
            if d is None:
                break
            run.append(d)
        return tuple(self.constant(d) for d in reversed(run))

    def check_aliasing(self, fn_ir):
        from ..analysis.aliasing import conflicts
        for stmt, _ in conflicts(fn_ir, self.writes):
            kind = self.writes[stmt.outs[0]]
            what = "augmented assignment" if kind == "augassign" else "assignment to an element"
            hint = ("write it as a new value (w = w + b) and copy the other name first if it "
                    "must keep the old value" if kind == "augassign" else
                    "write to a copy (z = y.copy()) or read the value through the name you "
                    "write to")
            raise UnsupportedSyntaxError(
                f"this {what} changes an array that another name or view still refers to, "
                f"and that name is read afterwards; s2s treats arrays as values (as JAX "
                f"does), so it would compute something else than numpy", stmt.loc, hint)

    def constant(self, node):
        if isinstance(node, gast.Constant):
            return Const(node.value)
        try:
            value = eval(compile(gast.gast_to_ast(gast.Expression(node)), "<default>", "eval"),
                         dict(self.ctx.namespace.globals))
        except Exception:
            raise self.error("a default value s2s cannot evaluate", node,
                             "use a literal or a module-level constant") from None
        return Const(value) if isinstance(value, (int, float, bool, str, type(None))) \
            else Global.of(gast.unparse(node).strip(), value)

    def body(self, stmts):
        """Lower a function body whose last statement is its only return."""
        self.returns_tuple = False
        for s in stmts[:-1]:
            self.stmt(s)
        last = stmts[-1] if stmts else None
        if not isinstance(last, gast.Return):
            if last is not None:
                self.stmt(last)
            return (Const(None),)
        if last.value is None:
            return (Const(None),)
        if isinstance(last.value, gast.Tuple):
            self.returns_tuple = True
            return tuple(self.expr(e) for e in last.value.elts)
        return (self.expr(last.value),)

    # -- statements ------------------------------------------------------------------
    def stmt(self, s):
        method = getattr(self, "stmt_" + type(s).__name__, None)
        if method is None:
            what = STATEMENTS.get(type(s).__name__, f"a {type(s).__name__.lower()} statement")
            raise self.error(f"{what} is not supported", s,
                             HINTS.get(type(s), "rewrite it with assignments, if and loops"))
        method(s)

    def stmt_Import(self, s):
        """``import numpy as np`` inside the function binds the module, as at module level."""
        for alias in s.names:
            module = importlib.import_module(alias.name)
            if alias.asname is None:  # import a.b binds a
                name = alias.name.split(".")[0]
                module = importlib.import_module(name)
            else:
                name = alias.asname
            self.env[name] = Global.of(name, module)

    def stmt_ImportFrom(self, s):
        if s.level:
            raise self.error("a relative import inside the function is not supported", s,
                             "import it at module level")
        module = importlib.import_module(s.module)
        for alias in s.names:
            if alias.name == "*":
                raise self.error("import * inside the function is not supported", s,
                                 "import the names you use")
            try:
                value = getattr(module, alias.name)
            except AttributeError:
                value = importlib.import_module(f"{s.module}.{alias.name}")
            name = alias.asname or alias.name
            self.env[name] = Global.of(name, value)

    def stmt_Pass(self, s):
        pass

    def stmt_Expr(self, s):
        v = s.value
        if isinstance(v, gast.Constant):
            return  # a string used as a comment
        if type(v) in HINTS:
            raise self.error(f"{_describe(v)} is not supported", v, HINTS[type(v)])
        if isinstance(v, gast.Call) and self.effect_call(v):
            return
        if isinstance(v, gast.Call) and isinstance(v.func, gast.Attribute) \
                and v.func.attr == "append" and isinstance(v.func.value, gast.Name) \
                and len(v.args) == 1 and not v.keywords:
            name = v.func.value.id
            lst = self.read(name, v.func.value)
            item = self.expr(v.args[0])
            self.env[name] = self.emit("append", (lst, item), node=s, name=name)
            return
        if isinstance(v, gast.Call) and self.calls_user_code(v):
            self.expr(v)  # pure, so nothing is lost; what it would change is refused inside
            return
        raise self.error("an expression whose value is not used", s,
                         "s2s differentiates pure code: assign the result, or remove the "
                         "call (print(...) is kept; other calls are taken as pure)")

    def calls_user_code(self, call):
        """Whether ``call`` calls a function of the user's (a helper, a nested function, a
        method of an object built in the function), known without lowering it."""
        func = call.func
        if isinstance(func, gast.Name):
            value = self.env.get(func.id)
            if value is None:
                ok, value = self.lookup(func.id)
                value = Global.of(func.id, value) if ok else None
        elif isinstance(func, gast.Attribute) and isinstance(func.value, gast.Name):
            value = self.env.get(func.value.id)
        else:
            return False
        return isinstance(value, FUNCTION_VALUES) or isinstance(value, Global) \
            and isinstance(value.obj, types.FunctionType) \
            and (getattr(value.obj, "__module__", "") or "").split(".")[0] not in LIBRARIES

    def stmt_Assign(self, s):
        if len(s.targets) != 1:
            raise self.error("chained assignment a = b = ... is not supported", s,
                             "assign each name on its own line")
        self.assign(s.targets[0], s.value, s)

    def stmt_AnnAssign(self, s):
        if s.value is None:
            return
        self.assign(s.target, s.value, s)

    def stmt_AugAssign(self, s):
        op = BINOPS.get(type(s.op))
        t = s.target
        if isinstance(t, gast.Name):
            old = self.read(t.id, t)
            value = self.expr(s.value)
            self.env[t.id] = self.emit(op, (old, value), node=s, name=t.id)
            self.writes[self.env[t.id].name] = "augassign"
        elif isinstance(t, gast.Subscript) and self.dict_key(t) is not None:
            key = self.dict_key(t)
            d = self.env[t.value.id]
            self.env[t.value.id] = {**d, key: self.emit(op, (self.dict_read(d, key, t),
                                                            self.expr(s.value)), node=s,
                                                        name=str(key))}
        elif isinstance(t, gast.Subscript):
            base, index = self.subscript_target(t)
            old = self.emit("getitem", (self.read(base.id, base), *index), node=t)
            value = self.expr(s.value)
            new = self.emit(op, (old, value), node=s)
            self.env[base.id] = self.emit("setitem", (self.read(base.id, base), new, *index),
                                          node=s, name=base.id)
            self.writes[self.env[base.id].name] = "setitem"
        else:
            raise self.error("augmented assignment to this target is not supported", t,
                             "assign to a variable or a subscript")

    def assign(self, target, value_node, s):
        if isinstance(target, gast.Name):
            self.env[target.id] = self.expr(value_node, hint=target.id)
        elif isinstance(target, (gast.Tuple, gast.List)):
            if isinstance(value_node, (gast.Tuple, gast.List)) \
                    and len(value_node.elts) == len(target.elts) \
                    and not any(isinstance(e, gast.Starred) for e in target.elts):
                values = [self.expr(v, hint=t.id if isinstance(t, gast.Name) else "%t")
                          for t, v in zip(target.elts, value_node.elts)]
                for t, v in zip(target.elts, values):
                    self.bind(t, v, s)
            else:
                self.bind(target, self.expr(value_node), s)
        elif isinstance(target, gast.Subscript) and self.dict_key(target) is not None:
            key = self.dict_key(target)
            hint = key if isinstance(key, str) and key.isidentifier() else "%t"
            value = self.expr(value_node, hint=hint)
            self.env[target.value.id] = {**self.env[target.value.id], key: value}
        elif isinstance(target, gast.Subscript):
            base, index = self.subscript_target(target)
            value = self.expr(value_node)
            self.env[base.id] = self.emit("setitem", (self.read(base.id, base), value, *index),
                                          node=s, name=base.id)
            self.writes[self.env[base.id].name] = "setitem"
        elif isinstance(target, gast.Attribute):
            self.set_attribute(target, self.expr(value_node), s)
        else:
            raise self.error(f"assignment to {type(target).__name__.lower()} is not supported",
                             target, "assign to a new variable; s2s does not set attributes")

    def named(self, value, name):
        """Give a temporary just computed by the last statement the user's name for it."""
        last = self.stmts[-1] if self.stmts else None
        if isinstance(value, Var) and value.name.startswith("%") and isinstance(last, Assign) \
                and last.outs == (value.name,):
            new = self.names.fresh(name)
            self.stmts[-1] = Assign((new,), last.prim, last.args, last.kwargs, last.loc)
            if value.name in self.sequences:
                self.sequences[new] = self.sequences[value.name]
            if value.name in self.lists:
                self.lists.add(new)
            return Var(new)
        return value

    def bind(self, target, value, s):
        """Bind an already-computed atom to a (possibly nested tuple) target."""
        if isinstance(target, gast.Name):
            self.env[target.id] = self.named(value, target.id)
            return
        if isinstance(target, (gast.Tuple, gast.List)) and isinstance(value, Global) \
                and isinstance(value.obj, tuple) and len(value.obj) == len(target.elts) \
                and not any(isinstance(e, gast.Starred) for e in target.elts):
            value = tuple(constant(v, f"{value.name}_{k}")
                          for k, v in enumerate(value.obj))  # a module-level tuple's items
        if isinstance(target, (gast.Tuple, gast.List)) and isinstance(value, tuple):
            for e, v in zip(target.elts, value):  # items known while lowering
                self.bind(e, v, s)
            return
        if isinstance(target, (gast.Tuple, gast.List)):
            if any(isinstance(e, gast.Starred) for e in target.elts):
                return self.bind_starred(target, value, s)
            hints = [e.id if isinstance(e, gast.Name) else "%t" for e in target.elts]
            outs = tuple(self.names.fresh(h) for h in hints)
            self.stmts.append(Assign(outs, "unpack", (value, Const(len(outs))), (), self.loc(s)))
            for e, o in zip(target.elts, outs):
                self.bind(e, Var(o), s)
            return
        if isinstance(target, gast.Subscript):
            base, index = self.subscript_target(target)
            self.env[base.id] = self.emit("setitem", (self.read(base.id, base), value, *index),
                                          node=s, name=base.id)
            self.writes[self.env[base.id].name] = "setitem"
            return
        raise self.error("unsupported assignment target", target,
                         "assign to names, tuples of names or subscripts")

    def subscript_target(self, t):
        if not isinstance(t.value, gast.Name):
            raise self.error("nested subscript assignment is not supported", t,
                             "write x[i, j] = v instead of x[i][j] = v")
        return t.value, self.index(t.slice)

    # -- control flow ------------------------------------------------------------------
    def stmt_If(self, s):
        cond = self.expr(s.test)
        self.branches(cond, lambda: [self.stmt(x) for x in s.body],
                      lambda: [self.stmt(x) for x in s.orelse], s)

    def branches(self, cond, then_fn, else_fn, node):
        if isinstance(cond, Const) and cond.value is not UNDEF:  # only one arm can run
            return then_fn() if cond.value else else_fn()
        before = dict(self.env)
        t_stmts, t_env = self.sub_block(then_fn, before)
        e_stmts, e_env = self.sub_block(else_fn, before)
        # a name bound on one path only is undefined on the other, as in Python
        joined = sorted(k for k in set(t_env) | set(e_env)
                        if (t_env.get(k) is not before.get(k) or e_env.get(k) is not before.get(k))
                        and (t_env.get(k) != before.get(k) or e_env.get(k) != before.get(k)))
        self.no_function_values([t_env.get(k) for k in joined] + [e_env.get(k) for k in joined],
                                node, "defined in a branch")
        undef = Const(UNDEF)
        outs = tuple(self.names.fresh(k) for k in joined)
        self.stmts.append(If(cond, Block(tuple(t_stmts), tuple(t_env.get(k, undef) for k in joined)),
                             Block(tuple(e_stmts), tuple(e_env.get(k, undef) for k in joined)),
                             outs, self.loc(node)))
        for k, o in zip(joined, outs):
            self.env[k] = Var(o)

    # -- expressions -------------------------------------------------------------------
    def module(self, name):
        """The module a name is bound to (globally, or by an import in the function)."""
        if name in self.env:
            value = self.env[name]
            return value.obj if isinstance(value, Global) \
                and isinstance(value.obj, types.ModuleType) else None
        ok, obj = self.lookup(name)
        return obj if ok and isinstance(obj, types.ModuleType) else None

    def lookup(self, name):
        return self.ctx.namespace.lookup(name)

    def read(self, name, node):
        if name in self.env:
            return self.env[name]
        ok, obj = self.lookup(name)
        if not ok:
            raise self.error(f"name {name!r} is not defined", node)
        return Global.of(name, obj)

    def expr(self, node, hint="%t"):
        method = getattr(self, "expr_" + type(node).__name__, None)
        if method is None:
            raise self.error(f"{_describe(node)} is not supported", node,
                             HINTS.get(type(node), "rewrite it with supported constructs"))
        return method(node, hint)

    def expr_Constant(self, node, hint):
        return Const(node.value)

    def expr_Name(self, node, hint):
        return self.read(node.id, node)

    def expr_BinOp(self, node, hint):
        a = self.expr(node.left)
        b = self.expr(node.right)
        sequence = (gast.List, gast.Tuple)
        if isinstance(node.op, gast.Add) and (isinstance(node.left, sequence)
                                              or isinstance(node.right, sequence)):
            return self.emit("concat", (a, b), node=node, name=hint)  # [..] + [..]
        return self.emit(BINOPS[type(node.op)], (a, b), node=node, name=hint)

    def expr_UnaryOp(self, node, hint):
        a = self.expr(node.operand)
        if isinstance(node.op, gast.USub) and isinstance(a, Const) \
                and isinstance(a.value, (int, float, complex)):
            return Const(-a.value)
        return self.emit(UNARYOPS[type(node.op)], (a,), node=node, name=hint)

    def expr_Compare(self, node, hint):
        return self.compare(self.expr(node.left), list(zip(node.ops, node.comparators)),
                            node, hint)

    def compare(self, left, rest, node, hint):
        """``left op1 b op2 c ...``: each operand evaluated once, and the comparisons after
        the first only while they hold, as Python does (eagerly when the remaining operands
        are plain values)."""
        (op, right_node), *more = rest
        right = self.expr(right_node)
        c = self.emit(CMPOPS[type(op)], (left, right), node=node, name=hint)
        if not more:
            return c
        probe, _ = self.sub_block(lambda: [self.expr(n) for _, n in more], self.env)
        if not probe:
            return self.emit("and", (c, self.compare(right, more, node, hint)), node=node,
                             name=hint)
        return self.choose(c, lambda: self.compare(right, more, node, hint), lambda: c,
                           node, hint)

    def expr_BoolOp(self, node, hint):
        prim = "and" if isinstance(node.op, gast.And) else "or"
        acc = self.expr(node.values[0])
        for v in node.values[1:]:
            acc = self.boolean(prim, acc, v, node, hint)
        return acc

    def boolean(self, prim, left, right_node, node, hint):
        """``left and right`` / ``left or right``: eagerly when the right operand is a plain
        value, else as a branch, so it is evaluated only when Python would."""
        probe, _ = self.sub_block(lambda: self.expr(right_node), self.env)
        if not probe:
            return self.emit(prim, (left, self.expr(right_node)), node=node, name=hint)
        right = lambda: self.expr(right_node)  # noqa: E731
        same = lambda: left  # noqa: E731
        if prim == "and":
            return self.choose(left, right, same, node, hint)
        return self.choose(left, same, right, node, hint)

    def choose(self, cond, then_fn, else_fn, node, hint):
        """``then_fn() if cond else else_fn()`` as an ``If`` with one result; each function
        lowers its arm and returns the arm's value."""
        if isinstance(cond, Const) and cond.value is not UNDEF:
            return then_fn() if cond.value else else_fn()
        values = []
        t_stmts, _ = self.sub_block(lambda: values.append(then_fn()), self.env)
        e_stmts, _ = self.sub_block(lambda: values.append(else_fn()), self.env)
        out = self.names.fresh(hint)
        self.stmts.append(If(cond, Block(tuple(t_stmts), (values[0],)),
                             Block(tuple(e_stmts), (values[1],)), (out,), self.loc(node)))
        return Var(out)

    def expr_IfExp(self, node, hint):
        cond = self.expr(node.test)
        return self.choose(cond, lambda: self.expr(node.body), lambda: self.expr(node.orelse),
                           node, hint)

    def expr_ListComp(self, node, hint):
        return self.comprehension(node, "list", hint)

    expr_GeneratorExp = expr_SetComp = expr_DictComp = expr_ListComp

    def expr_Tuple(self, node, hint):
        items = [self.expr(e) for e in node.elts]
        if any(isinstance(v, FUNCTION_VALUES) for v in items):
            return StaticSeq(items)
        kind = "tuple" if isinstance(node, gast.Tuple) else "list"
        value = self.emit(kind, items, node=node, name=hint)
        if kind == "tuple":
            self.sequences[value.name] = tuple(items)
        return value

    expr_List = expr_Tuple

    def expr_Subscript(self, node, hint):
        x = self.expr(node.value)
        if isinstance(x, dict):
            key = self.expr(node.slice)
            if not isinstance(key, Const):
                raise self.error("a dict key computed when the function runs", node.slice,
                                 "use constant keys (strings), or a list indexed by position")
            return self.dict_read(x, key.value, node)
        if isinstance(x, StaticSeq):
            k = self.expr(node.slice)
            if not isinstance(k, Const) or not isinstance(k.value, int):
                raise self.error("indexing a list of objects or functions with a value "
                                 "known only when the function runs", node,
                                 "index it with a constant, or loop over it")
            return x.items[k.value]
        if isinstance(x, Global) and isinstance(x.obj, (dict, list, tuple)) \
                and not isinstance(node.slice, (gast.Slice, gast.Tuple)):
            key = self.expr(node.slice)
            # an object read from a module-level container (a layer, a parser's entry)
            if isinstance(key, (Const, Global)) and not isinstance(key, Slice):
                k = key.value if isinstance(key, Const) else key.obj
                try:
                    item = x.obj[k]
                except (KeyError, IndexError, TypeError):
                    item = _MISSING
                if item is not _MISSING and (isinstance(key, Global) or user_instance(item)):
                    position = list(x.obj).index(k) if isinstance(x.obj, dict) else k
                    label = k if isinstance(k, (str, int)) else position
                    return constant(item, f"{x.name.split('.')[-1]}_{label}")
            return self.emit("getitem", (x, key), node=node, name=hint)
        if isinstance(x, Record):
            value = record_index(x, self.expr(node.slice))
            if value is None:
                raise self.error(f"indexing an object of class {x.cls.__name__}", node,
                                 "read its attributes by name")
            return value
        return self.emit("getitem", (x, *self.index(node.slice)), node=node, name=hint)

    def index(self, node):
        if isinstance(node, gast.Tuple):
            return tuple(self.index_item(e) for e in node.elts)
        return (self.index_item(node),)

    def index_item(self, node):
        if isinstance(node, gast.Slice):
            parts = [None if p is None else self.expr(p) for p in (node.lower, node.upper, node.step)]
            return Slice(*parts)
        return self.expr(node)

    def expr_Attribute(self, node, hint):
        dotted = _dotted(node)
        obj = self.module(dotted.split(".")[0]) if dotted else None
        if obj is not None:
            value = obj
            for part in dotted.split(".")[1:]:
                if not hasattr(value, part):
                    raise self.error(f"module {value.__name__} has no attribute {part!r}", node)
                value = getattr(value, part)
            return Global.of(dotted, value, root=obj)
        x = self.expr(node.value)
        value = self.attribute(x, node.attr, node, hint)
        if value is not None:
            return value
        fields = getattr(self.tuple_types.get(getattr(x, "name", None)), "_fields", ())
        if node.attr in fields:  # p.W of a parameter annotated with a NamedTuple class
            return self.emit("getitem", (x, Const(fields.index(node.attr))), node=node,
                             name=hint if hint != "%t" else node.attr)
        canonical = self.table.methods.get(node.attr)
        if canonical is None and hasattr(np.ndarray, node.attr):
            raise self.error(f"attribute .{node.attr} of an array is not supported", node,
                             "use the numpy function instead (np.f(x) rather than x.f)")
        if canonical is None:  # p.W of a value passed in: an object s2s cannot see into
            raise self.error(f"attribute .{node.attr} of a value passed in is not supported "
                             f"(s2s reads attributes of objects built in the function or "
                             f"defined at module level)", node,
                             "pass the fields as parameters, or a dict or tuple of arrays "
                             "(a NamedTuple is read by position: p[0]), or build the "
                             "object inside the function")
        return self.emit(canonical, (x,), node=node, name=hint)


FOLDS = {"eq": operator.eq, "ne": operator.ne, "lt": operator.lt, "le": operator.le,
         "gt": operator.gt, "ge": operator.ge, "is": operator.is_, "is_not": operator.is_not,
         "in": lambda a, b: a in b, "not_in": lambda a, b: a not in b, "not": operator.not_,
         "and": lambda a, b: a and b, "or": lambda a, b: a or b}

LIBRARIES = ("numpy", "scipy", "jax", "math", "builtins", "s2s", "autograd")

INT_FOLDS = {"add": operator.add, "sub": operator.sub, "mul": operator.mul,
             "floordiv": operator.floordiv, "mod": operator.mod, "neg": operator.neg}


_MISSING = object()


def _describe(node):
    return {"ListComp": "a list comprehension", "Lambda": "a lambda", "Dict": "a dict literal",
            "GeneratorExp": "a generator expression", "Starred": "starred unpacking",
            "JoinedStr": "an f-string", "Set": "a set literal", "DictComp": "a dict comprehension",
            "SetComp": "a set comprehension", "NamedExpr": "the walrus operator",
            "Yield": "yield", "Await": "await", "YieldFrom": "yield from"}.get(
        type(node).__name__, type(node).__name__)

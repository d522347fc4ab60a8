"""Calls, and functions as values, for the lowering.

A call is inlined wherever its callee is known when the derivative is built: a user's
module-level function, a lambda or nested ``def`` (a ``Closure``: it reads the enclosing
function's variables as they are when it is called, as Python's closures do), a
``functools.partial`` of any of these (a ``Partial``), or a derivative s2s made
(``s2s.grad(f)`` called inside the function: its IR is inlined, so it is differentiated
through). ``map`` and ``functools.reduce`` become the loops they stand for. A call to a
library function with a rule becomes that primitive.

Function values exist only while lowering: none reaches the IR. One that would (stored
in a list, returned, defined differently in two branches) is an error naming it.
"""
from __future__ import annotations

import functools
import importlib
import inspect
import types
import typing

import gast
import numpy as np

from ..errors import UnsupportedSyntaxError
from ..ir.nodes import Assign, Block, Const, For, Global, If, Var, While
from ..ir.rewrite import subst_atom
from . import desugar, stats
from .normalize import normalize
from .objects import Record, StaticSeq, constant, user_class, user_instance
from .parse import parse_function, unwrap


class Ctx:
    """Per-function lowering state: where we are and what names mean."""

    def __init__(self, parsed, stack):
        self.parsed = parsed
        self.filename = parsed.filename
        self.namespace = parsed.namespace
        self.stack = stack  # functions being inlined, to reject recursion
        self.suspended = None  # its variables while a function it calls is being inlined
        self.initializing = False  # an __init__: it may set attributes of self


class Closure:
    """A lambda or nested ``def`` (``node``) defined in the frame ``ctx``, with its default
    values (atoms, evaluated where it was defined)."""

    def __init__(self, node, ctx, defaults, kw_defaults):
        self.node, self.ctx = node, ctx
        self.defaults, self.kw_defaults = defaults, kw_defaults

    @property
    def name(self):
        return "a lambda" if isinstance(self.node, gast.Lambda) else self.node.name


class Partial:
    """``functools.partial(fn, *args, **kwargs)`` with its arguments as atoms."""

    def __init__(self, fn, args, kwargs):
        self.fn, self.args, self.kwargs = fn, tuple(args), tuple(kwargs)


MAX_DEPTH = 32  # recursion is unrolled up to this depth

FUNCTION_VALUES = (Closure, Partial, Record, StaticSeq, dict)


def _describe_value(v):
    if isinstance(v, Record):
        return f"an object of class {v.cls.__name__}"
    if isinstance(v, dict):
        return "a dict built in the function"
    if isinstance(v, StaticSeq):
        return "a list of objects or functions"
    return "a lambda" if isinstance(v, Closure) and isinstance(v.node, gast.Lambda) else \
        f"the nested function {v.node.name}" if isinstance(v, Closure) else \
        "a functools.partial"


class Calls:
    """The call-related part of ``Lowerer`` (see the module docstring)."""

    # -- function values ---------------------------------------------------------------
    def no_function_values(self, atoms, node, where):
        for a in atoms:
            if isinstance(a, (Closure, Partial)):
                raise self.error(
                    f"{_describe_value(a)} {where}; s2s inlines a function where it is "
                    f"called and cannot keep it as a value", node,
                    "call it directly, or define it once before the loop or branch")
            if isinstance(a, FUNCTION_VALUES):
                raise self.error(
                    f"{_describe_value(a)} {where}; s2s resolves it while building the "
                    f"derivative and cannot keep it as a value that changes when the "
                    f"function runs", node,
                    "build it once, before loops and branches, and read it by constant keys "
                    "or attributes (or use a list, appended to in the loop)")

    def stmt_FunctionDef(self, s):
        if s.decorator_list:
            raise self.error("a decorated nested function definition is not supported",
                             s.decorator_list[0], "define the decorated function at module level")
        self.env[s.name] = self.closure(s)

    def expr_Lambda(self, node, hint):
        return self.closure(node)

    def closure(self, node):
        args = node.args
        return Closure(node, self.ctx, tuple(self.expr(d) for d in args.defaults),
                       tuple(None if d is None else self.expr(d) for d in args.kw_defaults))

    # -- calls -------------------------------------------------------------------------
    def call_args(self, node):
        """Positional and keyword atoms of a call, with ``*seq`` and ``**d`` spread when
        their items are known (a tuple or list built in the function, a ``*args``)."""
        args = []
        for a in node.args:
            if isinstance(a, gast.Starred):
                args.extend(self.spread(self.expr(a.value), a))
            else:
                args.append(self.expr(a))
        kwargs = []
        for k in node.keywords:
            if k.arg is None:
                value = self.expr(k.value)
                if not isinstance(value, dict):
                    raise self.error("** on a value that is not a **kwargs parameter is not "
                                     "supported", k.value, "pass the arguments by name")
                kwargs.extend(value.items())
            else:
                kwargs.append((k.arg, self.expr(k.value)))
        return args, kwargs

    def spread(self, value, node):
        items = self.sequences.get(value.name) if isinstance(value, Var) else None
        if isinstance(value, Global) and isinstance(value.obj, (tuple, list)):
            items = [constant(v, f"{value.name}_{k}") for k, v in enumerate(value.obj)]
        if items is None:
            raise self.error("* on a sequence whose length is not known when the derivative "
                             "is built", node,
                             "pass the items one by one, or build the tuple in the function")
        return list(items)

    def expr_Call(self, node, hint):
        func = node.func
        if self.builtin_call(node, sum) and node.args \
                and isinstance(node.args[0], (gast.GeneratorExp, gast.ListComp)):
            start = node.args[1] if len(node.args) > 1 else None
            return self.comprehension(node.args[0], "sum", hint, start)
        # a method call on a value: x.sum(axis=0) is np.sum(x, axis=0)
        if isinstance(func, gast.Attribute):
            dotted = _dotted(func)
            root = dotted.split(".")[0] if dotted else None
            if not (root and self.module(root) is not None):
                receiver = self.expr(func.value)
                if isinstance(receiver, Global) and _draws_shape(
                        Global.of(f"{receiver.name}.{func.attr}",
                                  getattr(receiver.obj, func.attr, None)), node):
                    method = _by_shape(Global.of(func.attr, getattr(receiver.obj, func.attr)))
                    callee = Global.of(f"{receiver.name}.{method.name.split('.')[-1]}",
                                       method.obj, root=receiver.root)
                    return self.emit("call", (callee, self.expr(node.args[0].value)),
                                     node=node, name=hint)
                args, kwargs = self.call_args(node)
                if isinstance(receiver, Const) and isinstance(receiver.value, str) \
                        and all(isinstance(a, Const) for a in args + [v for _, v in kwargs]):
                    method = getattr(str, func.attr, None)  # mode.lower() == "tanh"
                    if method is None:
                        raise self.error(f"strings have no method .{func.attr}()", node)
                    return Const(method(receiver.value, *[a.value for a in args],
                                        **{k: v.value for k, v in kwargs}))
                if isinstance(receiver, dict) and func.attr == "get" and not kwargs \
                        and 1 <= len(args) <= 2 and isinstance(args[0], Const):
                    return receiver.get(args[0].value, args[1] if len(args) == 2 else Const(None))
                value = self.random_call(receiver, func.attr, args, kwargs, node, hint)
                if value is None:
                    value = self.method_call(receiver, func.attr, args, kwargs, node, hint)
                if value is not None:
                    return value
                if isinstance(receiver, Global) and hasattr(receiver.obj, func.attr) \
                        and not isinstance(receiver.obj, (np.ndarray, np.generic, float, int)):
                    # a method of a library object (scipy.stats.norm.logpdf)
                    method = Global.of(f"{receiver.name}.{func.attr}",
                                       getattr(receiver.obj, func.attr), root=receiver.root)
                    return self.call_value(method, args, kwargs, node, hint)
                if func.attr == "astype" and len(args) == 1 and not kwargs:
                    return self.astype(receiver, args[0], node, hint)
                canonical = self.table.methods.get(func.attr)
                if canonical is None and not hasattr(np.ndarray, func.attr):
                    raise self.error(
                        f"method .{func.attr}() of a value passed in is not supported (s2s "
                        f"calls methods of objects built in the function or defined at "
                        f"module level)", node,
                        "build the object inside the function from the arrays you pass, or "
                        "call a module-level function with them")
                if canonical is None:
                    raise self.error(f"array method .{func.attr}() is not supported", node,
                                     "call the numpy function instead (np.f(x) rather than "
                                     "x.f()), or register a rule for it with s2s.rules")
                if func.attr in ("reshape", "transpose") and len(args) > 1:
                    args = [self.emit("tuple", args, node=node)]
                return self.emit(canonical, (receiver, *args), kwargs, node=node, name=hint)
        callee = self.expr(func)
        if _draws_shape(callee, node):  # np.random.randn(*x.shape)
            return self.emit("call", (_by_shape(callee), self.expr(node.args[0].value)),
                             node=node, name=hint)
        args, kwargs = self.call_args(node)
        return self.call_value(callee, args, kwargs, node, hint)

    def call_value(self, callee, args, kwargs, node, hint):
        if isinstance(callee, Closure):
            return self.call_closure(callee, args, kwargs, node, hint)
        if isinstance(callee, Partial):
            return self.call_value(callee.fn, list(callee.args) + list(args),
                                   list(callee.kwargs) + list(kwargs), node, hint)
        if isinstance(callee, Record) or isinstance(callee, Global) \
                and user_instance(callee.obj):
            value = self.call_object(callee, args, kwargs, node, hint)
            if value is None:
                raise self.error(f"calling an object of class {type(callee).__name__} that "
                                 f"has no __call__ method", node)
            return value
        if isinstance(callee, Var):
            raise self.error("calling a value computed inside the function is not supported",
                             node, "call module-level functions directly")
        obj = callee.obj
        mirror = _numpy_counterpart(callee)
        if mirror is not None:  # autograd.numpy.hstack is numpy.hstack
            callee, obj = Global.of(callee.name, mirror, root=callee.root), mirror
        if _autograd_primitive(obj):
            fun = obj.fun
            if self.table.name_of(fun) is None and stats.definition(fun) is None:
                raise self.error(
                    f"{callee.name} is a function with an autograd derivative "
                    f"(autograd.extend.primitive), which s2s cannot read", node,
                    "give it a derivative s2s knows with @s2s.custom_vjp (f.defvjp(f_fwd, "
                    "f_bwd)), or call the plain function")
            callee, obj = Global.of(callee.name, fun, root=callee.root), fun  # numpy's own
        if user_class(obj) and not issubclass(obj, BaseException):
            return self.construct(obj, args, kwargs, node, hint)
        if obj is isinstance and len(args) == 2 and isinstance(args[1], Global) \
                and (isinstance(args[0], Record) or isinstance(args[0], Global)):
            what = args[0].cls if isinstance(args[0], Record) else type(args[0].obj)
            return Const(issubclass(what, args[1].obj))
        if isinstance(obj, functools.partial):
            const = lambda v, k: Const(v) if isinstance(v, (int, float, bool, str, type(None))) \
                else Global.of(f"{callee.name}_{k}", v)  # noqa: E731
            fn = Global.of(getattr(obj.func, "__name__", "func"), obj.func)
            return self.call_value(Partial(fn, [const(v, k) for k, v in enumerate(obj.args)],
                                           [(k, const(v, k)) for k, v in obj.keywords.items()]),
                                   args, kwargs, node, hint)
        if obj is functools.partial:
            if not args:
                raise self.error("functools.partial needs a function", node)
            return Partial(args[0], args[1:], kwargs)
        if obj in (max, min) and len(args) == 1 and not kwargs:  # of an iterable
            return self.fold(node, hint, "reduce", callee, args)
        if obj is dict and all(isinstance(a, dict) for a in args) and len(args) <= 1:
            return {**(args[0] if args else {}), **dict(kwargs)}
        if obj is len and len(args) == 1 and isinstance(args[0], (dict, StaticSeq)):
            return Const(len(args[0]) if isinstance(args[0], dict) else len(args[0].items))
        if obj is np.random.default_rng or isinstance(obj, type) and issubclass(
                obj, (np.random.Generator, np.random.RandomState)):
            rng = self.emit("call", (callee, *args), kwargs, node=node, name=hint)
            self.generators.add(rng.name)
            return rng
        if obj is list and len(args) == 1 and not kwargs and self.is_list(args[0]):
            return args[0]  # a copy of a list is the same value
        if obj is sum and len(args) == 1 and not kwargs and self.is_list(args[0]):
            return self.fold(node, hint, "sum", callee, args)  # a loop, as jax can trace
        if obj is map and args and not kwargs:
            return self.fold(node, hint, "map", args[0], args[1:])
        if obj is functools.reduce and 2 <= len(args) <= 3 and not kwargs:
            return self.fold(node, hint, "reduce", args[0], args[1:])
        name = self.table.name_of(obj)
        if name is not None or not _user_function(obj):
            self.no_function_values(args + [v for _, v in kwargs], node,
                                    f"passed to {callee.name}")
        if name is not None:
            rule = self.table[name]
            try:
                rule.bind(args, kwargs)
            except TypeError as e:
                raise self.error(str(e), node) from None
            return self.emit(name, args, kwargs, node=node, name=hint)
        if getattr(obj, "__module__", None) == "s2s.api" and obj.__name__ == "grad" \
                and all(isinstance(a, (Global, Const)) for a in args + [v for _, v in kwargs]):
            # s2s.grad(f) inside the function: made now, then inlined where it is called
            value = lambda a: a.obj if isinstance(a, Global) else a.value  # noqa: E731
            made = obj(*[value(a) for a in args], **{k: value(v) for k, v in kwargs})
            return Global.of(f"grad_{getattr(args[0], 'name', 'f')}", made)
        defined = stats.definition(obj)
        if defined is not None:  # a scipy.stats density, written with numpy
            return self.inline(defined, args, kwargs, node, hint)
        spec = getattr(obj, "__s2s_spec__", None)
        if spec is not None and spec[0] != "primal":
            return self.inline_derived(obj, args, kwargs, node, hint)
        helper = _helper_name(obj)
        if helper is not None:
            return self.emit(helper, args, kwargs, node=node, name=hint)
        if getattr(obj, "__s2s_source__", None) is not None:
            raise self.error(f"calling {callee.name} (made by an s2s transform other than "
                             f"grad) inside a differentiated function is not supported", node,
                             "call s2s.grad(f) there, or compute it outside the function")
        if _user_function(obj) and _autograd_module(unwrap(obj)):
            raise self.error(
                f"{callee.name} is part of autograd ({unwrap(obj).__module__}), whose "
                f"internals s2s does not read", node,
                "write it with numpy (a flatten is np.concatenate([np.ravel(a) for ...])); "
                "for a function with its own derivative use @s2s.custom_vjp")
        if _user_function(obj):
            return self.inline(unwrap(obj), args, kwargs, node, hint)
        return self.emit("call", (callee, *args), kwargs, node=node, name=hint)

    def random_call(self, receiver, attr, args, kwargs, node, hint):
        """``rng.normal(...)`` of a numpy Generator made in the function, or a method of a
        module-level Generator or RandomState: a call with no derivative (the noise is a
        constant for the derivative, drawn as the function draws it)."""
        if isinstance(receiver, Var) and receiver.name in self.generators:
            method = getattr(np.random.Generator, attr, None)
            if method is None:
                raise self.error(f"numpy's Generator has no method .{attr}()", node)
            callee = Global.of(f"np.random.Generator.{attr}", method, root=np)
            return self.emit("call", (callee, receiver, *args), kwargs, node=node, name=hint)
        if isinstance(receiver, Global) \
                and isinstance(receiver.obj, (np.random.Generator, np.random.RandomState)):
            callee = Global.of(f"{receiver.name}.{attr}", getattr(receiver.obj, attr),
                               root=receiver.root)
            return self.emit("call", (callee, *args), kwargs, node=node, name=hint)
        return None

    def astype(self, x, dtype, node, hint):
        """``x.astype(T)`` is ``np.asarray(x, dtype=T)``; to an integer or bool type it has
        no derivative."""
        kind = np.dtype(dtype.obj).kind if isinstance(dtype, Global) else \
            np.dtype(dtype.value).kind if isinstance(dtype, Const) else None
        if kind is None:
            raise self.error("astype to a type computed when the function runs", node,
                             "name the type (x.astype(np.float32))")
        if kind in "biu":
            x = self.emit("stop_gradient", (x,), node=node)
        return self.emit("np.asarray", (x,), (("dtype", dtype),), node=node, name=hint)

    def note_annotations(self, fn, env):
        """Parameters annotated with a NamedTuple class are read by field name
        (``p.W`` is ``p[0]``)."""
        try:
            hints = typing.get_type_hints(fn)
        except Exception:  # an annotation that does not evaluate: not a class we use
            return
        for name, cls in hints.items():
            value = env.get(name)
            if isinstance(value, Var) and isinstance(cls, type) and issubclass(cls, tuple) \
                    and hasattr(cls, "_fields"):
                self.tuple_types[value.name] = cls

    def is_list(self, atom):
        """Whether ``atom`` is certainly a list built in the function."""
        if not isinstance(atom, Var):
            return False
        if atom.name in self.lists:
            return True
        for s in reversed(self.stmts):
            if isinstance(s, Assign) and atom.name in s.outs:
                return s.prim in ("list", "append", "concat")
        return False

    def bind_params(self, sig, args, kwargs, node, what):
        """Environment of a callee's parameters: ``*args`` becomes a tuple (whose items are
        remembered, to be spread again), ``**kwargs`` a dict known while lowering."""
        try:
            bound = sig.bind(*args, **dict(kwargs))
        except TypeError as e:
            raise self.error(f"call to {what}: {e}", node) from None
        env = {}
        for p in sig.parameters.values():
            if p.name in bound.arguments:
                v = bound.arguments[p.name]
                if p.kind is p.VAR_POSITIONAL:
                    v = self.emit("tuple", v, node=node, name=p.name)
                    self.sequences[v.name] = tuple(bound.arguments[p.name])
                env[p.name] = v
            elif p.kind is p.VAR_POSITIONAL:
                env[p.name] = self.emit("tuple", (), node=node, name=p.name)
                self.sequences[env[p.name].name] = ()
            elif p.kind is p.VAR_KEYWORD:
                env[p.name] = {}
            elif p.default is not p.empty:
                env[p.name] = p.default
        return env

    def inline(self, fn, args, kwargs, node, hint, keep_self=False):
        if self.ctx.stack.count(fn) > MAX_DEPTH:
            raise self.error(f"recursive call to {fn.__qualname__} whose depth is not known "
                             f"when the derivative is built (or is over {MAX_DEPTH})", node,
                             "make the depth a constant argument, or rewrite the recursion as a "
                             "loop")
        parsed = parse_function(fn)
        self.namespaces.append(parsed.namespace)
        tree = normalize(parsed.tree, parsed.filename)
        sig = inspect.signature(fn)
        atoms = sig.replace(parameters=[
            p.replace(default=_atom_of(p.default, f"{fn.__name__}_{p.name}"))
            if p.default is not p.empty else p for p in sig.parameters.values()])
        env = self.bind_params(atoms, args, kwargs, node, fn.__qualname__)
        self.note_annotations(fn, env)
        ctx = Ctx(parsed, self.ctx.stack + [fn])
        body = lambda: self.body(tree.body)  # noqa: E731
        if keep_self:  # an __init__: its value is the object it filled
            ctx.initializing = True
            first = next(iter(sig.parameters))
            body = lambda: (self.body(tree.body), (self.env[first],))[1]  # noqa: E731
        return self.lower_callee(ctx, env, body, node, hint)

    def lower_callee(self, ctx, env, lower_body, node, hint):
        """Lower a callee's body in ``ctx`` with ``env``; its value as one atom."""
        saved = (self.ctx, self.env, self.returns_tuple)
        self.ctx.suspended = self.env
        self.ctx, self.env = ctx, env
        try:
            results = lower_body()
        finally:
            rt = self.returns_tuple
            self.ctx, self.env, self.returns_tuple = saved
        if len(results) == 1 and not rt:
            return results[0]
        self.no_function_values(results, node, "returned in a tuple")
        value = self.emit("tuple", results, node=node, name=hint)
        self.sequences[value.name] = tuple(results)
        return value

    def call_closure(self, clo, args, kwargs, node, hint):
        if [getattr(f, "node", None) for f in self.ctx.stack].count(clo.node) > MAX_DEPTH:
            raise self.error(f"recursive call to {clo.name} whose depth is not known when the "
                             f"derivative is built (or is over {MAX_DEPTH})", node,
                             "make the depth a constant argument, or rewrite the recursion as a "
                             "loop")
        a = clo.node.args
        P = inspect.Parameter
        params = [P(p.id, P.POSITIONAL_ONLY) for p in a.posonlyargs] + \
            [P(p.id, P.POSITIONAL_OR_KEYWORD) for p in a.args]
        first = len(params) - len(clo.defaults)
        params = [p.replace(default=clo.defaults[k - first]) if k >= first else p
                  for k, p in enumerate(params)]
        if a.vararg is not None:
            params.append(P(a.vararg.id, P.VAR_POSITIONAL))
        params += [P(p.id, P.KEYWORD_ONLY, default=P.empty if d is None else d)
                   for p, d in zip(a.kwonlyargs, clo.kw_defaults)]
        if a.kwarg is not None:
            params.append(P(a.kwarg.id, P.VAR_KEYWORD))
        bound = self.bind_params(inspect.Signature(params), args, kwargs, node, clo.name)
        # the enclosing function's variables as they are now (closures bind late)
        outer = self.env if clo.ctx is self.ctx else clo.ctx.suspended
        env = {**outer, **bound}
        ctx = Ctx(clo.ctx.parsed, self.ctx.stack + [clo])
        if isinstance(clo.node, gast.Lambda):
            body = lambda: (self.expr(clo.node.body, hint),)  # noqa: E731
            self.returns_tuple = False
        else:
            tree = normalize(clo.node, clo.ctx.filename)
            body = lambda: self.body(tree.body)  # noqa: E731
        return self.lower_callee(ctx, env, body, node, hint)

    def inline_derived(self, obj, args, kwargs, node, hint):
        """A derivative s2s made, called inside the function: its IR, inlined with fresh
        names, so that it is differentiated in turn."""
        spec = obj.__s2s_spec__
        if self.derived is None:
            raise self.error("a derivative called inside a rule's template", node)
        ir = self.derived(spec)
        fn = spec[1]
        while not callable(fn) or isinstance(fn, tuple):
            fn = fn[1]
        sig = inspect.signature(fn)
        try:
            bound = sig.bind(*args, **dict(kwargs))
        except TypeError as e:
            raise self.error(f"call to {obj.__name__}: {e}", node) from None
        defaults = dict(zip(ir.params[len(ir.params) - len(ir.defaults):], ir.defaults))
        m = {p: bound.arguments.get(p, defaults.get(p)) for p in ir.params}
        missing = [p for p, v in m.items() if v is None]
        if missing:
            raise self.error(f"call to {obj.__name__}: missing {', '.join(missing)}", node)
        block = _renamed(ir.body, m, self.names)
        self.stmts.extend(block.stmts)
        if len(block.results) == 1 and not ir.returns_tuple \
                and not getattr(obj, "__s2s_tuple__", False):
            return block.results[0]
        return self.emit("tuple", block.results, node=node, name=hint)

    # -- loops the code stands for -------------------------------------------------------
    def comprehension(self, node, kind, hint, start=None):
        if isinstance(node, gast.SetComp):
            raise self.error("a set comprehension is not supported", node,
                             "write it as a list comprehension, or as a for loop")
        if isinstance(node, gast.DictComp):
            kind = "dict"  # over items known while lowering (a dict's, a list of objects')
        if any(g.is_async for g in node.generators):
            raise self.error("an async comprehension is not supported", node,
                             "differentiate a synchronous function")
        targets = [n for g in node.generators for n in desugar.bound_names(g.target)]
        read = {n.id for n in gast.walk(node) if isinstance(n, gast.Name)}
        acc = hint if hint != "%t" and not hint.startswith("%") and hint not in read \
            else self.free_name("terms" if kind == "sum" else "items", read)
        try:
            return self.lower_desugared(desugar.comprehension_loop(node, acc, kind, start),
                                        acc, targets, kind == "list")
        except UnsupportedSyntaxError as e:
            if kind != "dict" or "dict built in the function" not in str(e):
                raise
            raise self.error("a dict comprehension over values known only when the function "
                             "runs is not supported", node,
                             "write it as a list comprehension, or loop over a dict's items"
                             ) from None

    def fold(self, node, hint, kind, fn, seqs):
        """``map(fn, *seqs)`` / ``functools.reduce(fn, seq[, init])`` as a loop."""
        read = {n.id for n in gast.walk(node) if isinstance(n, gast.Name)}
        acc = hint if hint != "%t" and not hint.startswith("%") and hint not in read \
            else self.free_name({"map": "items", "sum": "total"}.get(kind, "acc"), read)
        names = {"\0fn": fn}
        if kind == "map":
            items = [self.free_name("item" if len(seqs) == 1 else f"item{k}", read)
                     for k in range(len(seqs))]
            names.update((f"\0seq{k}", s) for k, s in enumerate(seqs))
            stmts = desugar.map_loop("\0fn", [f"\0seq{k}" for k in range(len(seqs))], acc,
                                     items, node)
        elif kind == "sum":
            items = [self.free_name("item", read)]
            names["\0seq0"] = seqs[0]
            stmts = desugar.sum_loop("\0seq0", acc, items[0], node)
        else:
            items = [self.free_name("item", read)]
            names["\0seq0"] = seqs[0]
            if len(seqs) == 2:
                names[acc] = seqs[1]
            stmts = desugar.reduce_loop("\0fn", "\0seq0", acc, items[0], node, len(seqs) == 2)
        saved = {k: self.env.get(k, _UNSET) for k in names}
        self.env.update(names)
        try:
            return self.lower_desugared(stmts, acc, items, kind == "map")
        finally:
            _restore(self.env, saved)

    def lower_desugared(self, stmts, acc, scoped, list_valued=True):
        """Lower statements that compute ``acc``; the names in ``scoped`` (and ``acc``)
        are the construct's own: what they meant before is what they mean after."""
        saved = {k: self.env.get(k, _UNSET) for k in list(scoped) + [acc]}
        for s in stmts:
            self.stmt(s)
        result = self.env[acc]
        _restore(self.env, saved)
        if list_valued and isinstance(result, Var):
            self.lists.add(result.name)
        return result

    def free_name(self, base, avoid=()):
        used = {n.id for n in gast.walk(self.ctx.parsed.tree) if isinstance(n, gast.Name)}
        for k in range(1, 100):
            name = base if k == 1 else f"{base}{k}"
            if name not in used and name not in self.env and name not in avoid:
                return name
        raise AssertionError("no free name")


_UNSET = object()


def _draws_shape(callee, node):
    """``randn(*shape)`` / ``rand(*shape)`` of np.random or of a RandomState."""
    name = getattr(getattr(callee, "obj", None), "__name__", None)
    owner = getattr(getattr(callee, "obj", None), "__self__", None)
    return name in ("randn", "rand") and len(node.args) == 1 and not node.keywords \
        and isinstance(node.args[0], gast.Starred) and isinstance(owner, np.random.RandomState)


def _by_shape(callee):
    """The method drawing the same numbers from a shape tuple: randn(*s) is
    standard_normal(s), rand(*s) is random_sample(s)."""
    owner = callee.obj.__self__
    same = "standard_normal" if callee.obj.__name__ == "randn" else "random_sample"
    if owner is np.random.mtrand._rand:
        return Global.of(f"np.random.{same}", getattr(np.random, same), root=np)
    return Global.of(callee.name.rsplit(".", 1)[0] + "." + same, getattr(owner, same),
                     root=callee.root)


def _restore(env, saved):
    for k, v in saved.items():
        if v is _UNSET:
            env.pop(k, None)
        else:
            env[k] = v


def _atom_of(value, name):
    return Const(value) if isinstance(value, (int, float, bool, str, type(None))) \
        else Global.of(name, value)


def _renamed(block, params, names):
    """``block`` with its parameters replaced by ``params`` (name -> atom) and every name
    it defines made fresh by ``names``."""
    m = dict(params)

    def fresh(n):
        m[n] = Var(names.fresh(n))
        return m[n].name

    def blk(b):
        return Block(tuple(stmt(s) for s in b.stmts), tuple(subst_atom(a, m) for a in b.results))

    def stmt(s):
        if isinstance(s, Assign):
            args = tuple(subst_atom(a, m) for a in s.args)
            kwargs = tuple((k, subst_atom(v, m)) for k, v in s.kwargs)
            return Assign(tuple(fresh(o) for o in s.outs), s.prim, args, kwargs, s.loc)
        if isinstance(s, If):
            cond = subst_atom(s.cond, m)
            then, orelse = blk(s.then), blk(s.orelse)
            return If(cond, then, orelse, tuple(fresh(o) for o in s.outs), s.loc)
        if isinstance(s, For):
            it, inits = subst_atom(s.iter, m), tuple(subst_atom(a, m) for a in s.inits)
            index, carries = fresh(s.index), tuple(fresh(c) for c in s.carries)
            body = blk(s.body)
            return For(index, it, carries, inits, body, tuple(fresh(o) for o in s.outs), s.loc)
        if isinstance(s, While):
            inits = tuple(subst_atom(a, m) for a in s.inits)
            carries = tuple(fresh(c) for c in s.carries)
            cond, body = blk(s.cond), blk(s.body)
            return While(carries, inits, cond, body, tuple(fresh(o) for o in s.outs), s.loc)
        raise TypeError(s)

    return blk(block)


def _dotted(node):
    parts = []
    while isinstance(node, gast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, gast.Name):
        parts.append(node.id)
        return ".".join(reversed(parts))
    return None


def _helper_name(obj):
    """The name of an s2s runtime helper (rule templates call them), else None."""
    from .. import runtime
    name = getattr(obj, "__name__", None)
    return name if name in runtime.HELPERS and runtime.HELPERS[name] is obj else None


def _numpy_counterpart(callee):
    """For a function reached through autograd's numpy or scipy modules
    (``np.hstack`` after ``import autograd.numpy as np``), the numpy or scipy function of
    the same path; else None."""
    root = getattr(callee, "root", None)
    name = getattr(root, "__name__", "") or ""
    if not (isinstance(root, types.ModuleType) and name.startswith("autograd.")):
        return None
    try:
        value = importlib.import_module(name[len("autograd."):])
        for part in callee.name.split(".")[1:]:
            value = getattr(value, part)
    except (ImportError, AttributeError):
        return None
    return value


def _autograd_module(fn):
    return (getattr(fn, "__module__", None) or "").split(".")[0] == "autograd"


def _autograd_primitive(obj):
    """A function autograd wrapped (autograd.numpy.sin wraps numpy.sin as ``.fun``)."""
    return _autograd_module(obj) and callable(getattr(obj, "fun", None))


def _user_function(obj):
    target = unwrap(obj) if callable(obj) else obj
    return isinstance(target, types.FunctionType) and not _is_library(target)


def _is_library(fn):
    module = getattr(fn, "__module__", "") or ""
    if module == stats.__name__:  # definitions written to be inlined
        return False
    return module.split(".")[0] in ("numpy", "scipy", "jax", "math", "builtins", "s2s")

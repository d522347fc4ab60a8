"""The rule table and the rule shapes.

A rule describes one primitive: how the emitted code calls it, its parameters, and its
derivatives as *Python expression templates* that the code generator lowers into the
derivative source. In a template, ``g`` is the cotangent of the output, ``ans`` the output,
each parameter goes by its name, and ``<name>_dot`` is a parameter's tangent::

    table.elementwise(np.sin, "np.cos(x)")          # x_bar = g * np.cos(x)
    table.defvjp(np.log, "x", x="g / x")             # x_bar = g / x
    table.binary("mul", operator.mul, x="g * y", y="g * x")

Shapes (named as in JAX's ``ad.py``): ``elementwise`` (one input, derivative ``dfdx``),
``binary`` (two broadcasting inputs; cotangents are summed back to each input's shape
where a shape matters),
``linear`` (the derivative is the function applied to the tangent), ``nondifferentiable``
(zero derivative). A rule is data: building the table registers nothing anywhere else.
"""
from __future__ import annotations

import dataclasses
import inspect
from dataclasses import dataclass


ZERO = "0"  # a parameter's cotangent template when the derivative is zero almost everywhere


@dataclass(frozen=True)
class Rule:
    name: str                      # canonical name, as the emitter writes the call
    impl: object                   # the callable (the reference interpreter runs it)
    params: tuple[str, ...]        # parameter names, in call order
    defaults: tuple = ()           # (name, value) pairs for optional parameters
    vjp: tuple = ()                # (param, template) pairs: the cotangent of each param
    jvp: str | None = None         # template for the output tangent
    shape: str = "custom"          # elementwise | binary | linear | nondifferentiable | custom
    varargs: bool = False          # params[-1] collects the remaining positional args
    cotangent: str = "exact"       # how it takes g: exact | elementwise | broadcast | reducing
    domain: tuple = ()             # where it is tested: Cases of ``domains`` (() = default)
    # names a user rule's templates may use beyond np, math and the helpers
    scope: object = dataclasses.field(default=None, compare=False, hash=False)
    custom: object = None          # an s2s.custom_vjp / custom_jvp function: see s2s.custom

    @property
    def differentiable(self):
        return self.shape != "nondifferentiable"

    def vjp_of(self, param):
        return dict(self.vjp).get(param)

    def bind(self, args, kwargs):
        """Map call arguments to parameter names (missing optional ones get defaults)."""
        bound = {}
        names = list(self.params)
        if self.varargs:
            fixed = names[:-1]
            bound.update(zip(fixed, args))
            bound[names[-1]] = tuple(args[len(fixed):])
        else:
            if len(args) > len(names):
                raise TypeError(f"{self.name} takes {len(names)} arguments, got {len(args)}")
            bound.update(zip(names, args))
        for k, v in kwargs:
            if k not in names:
                raise TypeError(f"{self.name} has no parameter {k!r} that s2s knows")
            bound[k] = v
        for k, v in self.defaults:
            bound.setdefault(k, _DefaultValue(v))
        missing = [n for n in names if n not in bound]
        if missing:
            raise TypeError(f"{self.name} is missing {', '.join(missing)}")
        return bound


@dataclass(frozen=True)
class _DefaultValue:
    value: object


class RuleTable:
    """Rules by canonical name, and canonical names by the objects users call."""

    def __init__(self):
        self.rules: dict[str, Rule] = {}
        self.names: dict[int, str] = {}   # id(callable) -> canonical name
        self._keep: list = []              # keeps the callables alive so ids stay unique
        self.methods: dict[str, str] = {}  # array method/attribute -> canonical name
        self.namespace: dict[str, object] = {}  # user primitives: name in emitted code -> callable

    # -- lookup -------------------------------------------------------------------
    def name_of(self, obj):
        return self.names.get(id(obj))

    def __getitem__(self, name):
        return self.rules[name]

    def get(self, name):
        return self.rules.get(name)

    def __contains__(self, name):
        return name in self.rules

    # -- registration ---------------------------------------------------------------
    def add(self, rule: Rule, obj=None):
        self.rules[rule.name] = rule
        if obj is not None:
            self.names[id(obj)] = rule.name
            self._keep.append(obj)
        return rule

    def defvjp(self, fn, sig, *, jvp=None, shape="custom", name=None, cotangent="exact",
               domain=(), scope=None, custom=None, **vjps):
        """A rule with one cotangent template per differentiable parameter.

        ``cotangent`` says what the templates accept as ``g``: ``exact`` (g has the
        output's shape), ``elementwise`` (any broadcast-larger g; each cotangent is then
        as large), ``broadcast`` (the op broadcasts its inputs: cotangents may be larger
        than the inputs) or ``reducing`` (any g; the templates sum to each input's shape).
        """
        params, defaults, varargs = _parse_sig(sig) if sig is not None else _signature(fn)
        name = name or canonical_name(fn)
        return self.add(Rule(name, fn, params, defaults, tuple(vjps.items()), jvp, shape,
                             varargs, cotangent, tuple(domain), scope, custom), fn)

    def elementwise(self, fn, dfdx, *, sig="x", name=None, domain=(), scope=None):
        """y = f(x) elementwise: x_bar = g * dfdx, y_dot = x_dot * dfdx (sig None: fn's
        own signature)."""
        x = _params(fn, sig)[0]
        return self.defvjp(fn, sig, name=name, shape="elementwise", jvp=_times(f"{x}_dot", dfdx),
                           cotangent="elementwise", domain=domain, scope=scope,
                           **{x: _times("g", dfdx)})

    def binary(self, name, fn, *, jvp=None, domain=(), **vjps):
        """z = x op y with broadcasting; cotangents are summed back to each input's shape."""
        return self.defvjp(fn, "x, y", name=name, shape="binary", jvp=jvp, cotangent="broadcast",
                           domain=domain, **vjps)

    def linear(self, fn, sig, *, name=None, domain=(), scope=None, **vjps):
        """The tangent is f applied to the tangent of the first parameter (sig None: fn's
        own signature)."""
        params = _params(fn, sig)
        call = f"{name or canonical_name(fn)}({', '.join([params[0] + '_dot'] + list(params[1:]))})"
        return self.defvjp(fn, sig, name=name, shape="linear", jvp=call, domain=domain,
                           scope=scope, **vjps)

    def nondifferentiable(self, *fns, sig="*args"):
        for fn in fns:
            self.defvjp(fn, sig, shape="nondifferentiable")

    def domains(self, table):
        """Declare where rules registered above are tested: {canonical name: [Case, ...]}."""
        for name, cases in table.items():
            self.rules[name] = dataclasses.replace(self.rules[name], domain=tuple(cases))

    def method(self, attr, canonical):
        """``x.attr(...)`` (or the attribute ``x.attr``) means ``canonical(x, ...)``."""
        self.methods[attr] = canonical


def _times(a, b):
    b = b.strip()
    if b in ("1", "1.0"):
        return a
    simple = b.replace("_", "").replace(".", "").isalnum() or (b.endswith(")") and _balanced_call(b))
    return f"{a} * {b}" if simple else f"{a} * ({b})"


def _balanced_call(text):
    depth = 0
    head = text.split("(", 1)[0]
    if not head.replace(".", "").replace("_", "").isalnum():
        return False
    for i, ch in enumerate(text):
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0 and i < len(text) - 1 and ch == ")":
            return False
    return True


def _parse_sig(sig):
    """'x, axis=None, keepdims=False' -> (names, defaults, varargs)."""
    params = inspect.signature(eval(f"lambda {sig}: None")).parameters  # sig is our own text
    names, defaults, varargs = [], [], False
    for p in params.values():
        names.append(p.name)
        if p.kind is p.VAR_POSITIONAL:
            varargs = True
        elif p.default is not p.empty:
            defaults.append((p.name, p.default))
    return tuple(names), tuple(defaults), varargs


def _params(fn, sig):
    return (_parse_sig(sig) if sig is not None else _signature(fn))[0]


def _signature(fn):
    """(names, defaults, varargs) of a Python callable's own signature."""
    names, defaults, varargs = [], [], False
    for p in inspect.signature(fn).parameters.values():
        if p.kind is p.VAR_KEYWORD:
            raise TypeError(f"{fn.__name__}: **kwargs parameters cannot take a derivative rule")
        names.append(p.name)
        if p.kind is p.VAR_POSITIONAL:
            varargs = True
        elif p.default is not p.empty:
            defaults.append((p.name, p.default))
    return tuple(names), tuple(defaults), varargs


def canonical_name(fn):
    """How emitted code spells a library callable: ``np.log``, ``math.sin``, ``len``."""
    import builtins
    import math

    import numpy as np
    name = getattr(fn, "__name__", None)
    if name is None:
        raise ValueError(f"cannot name {fn!r}")
    if getattr(np, name, None) is fn:
        return f"np.{name}"
    if getattr(np.linalg, name, None) is fn:
        return f"np.linalg.{name}"
    if getattr(math, name, None) is fn:
        return f"math.{name}"
    if getattr(builtins, name, None) is fn:
        return name
    module = getattr(fn, "__module__", None) or ""
    return f"{module}.{name}" if module else name

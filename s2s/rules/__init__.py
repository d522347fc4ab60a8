"""Derivative rules, one small declarative rule per primitive, grouped by family.

``default_table()`` is the table of every built-in rule, and of the rules users register
with the same shapes the library uses::

    import numpy as np
    import s2s
    from scipy.special import expit

    def softplus(x):
        return np.logaddexp(0.0, x)

    s2s.rules.elementwise(softplus, "expit(x)")    # x_bar = g * expit(x), y_dot = x_dot * expit(x)

    def smooth_max(x, t):
        return t * np.log(np.sum(np.exp(x / t)))

    s2s.rules.defvjp(smooth_max,
                     x="g * softmax(x / t)",
                     jvp="np.sum(x_dot * softmax(x / t))",
                     domain=[s2s.rules.Case(s2s.rules.Arr(4), 0.5)])

A template is a Python expression: ``g`` is the cotangent of the output, ``ans`` the
output, each parameter goes by its name and ``<name>_dot`` is its tangent. Besides ``np``,
``math`` and s2s's runtime helpers, a user's template may use the names of the module that
registers it (``expit``, ``softmax`` above). Generated code calls the primitive by its
``__name__``, so it reads as the user wrote it. ``domain`` declares inputs on which the
rule is checked (``s2s.rules.domains``). A rule is registered once, before the functions
that use it are differentiated.
"""
import functools
import sys
from collections import ChainMap

from . import arithmetic, elementwise as _elementwise, helpers, linalg, reductions, shape, special
from .core import Rule, RuleTable
from .domains import Arr, Bool, Case, Seq, Src

FAMILIES = (arithmetic, _elementwise, reductions, shape, linalg, helpers, special)


@functools.lru_cache(maxsize=None)
def default_table() -> RuleTable:
    table = RuleTable()
    for family in FAMILIES:
        family.register(table)
    return table


# -- registering the user's own primitives --------------------------------------------------
def defvjp(fn, *, jvp=None, name=None, cotangent="exact", domain=(), **vjps):
    """Register primitive ``fn``: one cotangent template per differentiable parameter
    (``x="g * np.cos(x)"``) and, for forward mode, the output's tangent (``jvp=...``).
    ``cotangent="elementwise"`` says the templates accept a ``g`` broadcast larger than the
    output (so s2s need not sum it first)."""
    return _register(fn, name, domain, lambda t, n, scope: t.defvjp(
        fn, None, jvp=jvp, name=n, cotangent=cotangent, domain=domain, scope=scope, **vjps))


def elementwise(fn, dfdx, *, name=None, domain=()):
    """Register ``y = fn(x)`` applied elementwise with derivative ``dfdx`` (in ``x`` and
    ``ans``; ``x`` is fn's first parameter): ``x_bar = g * dfdx``, ``y_dot = x_dot * dfdx``."""
    return _register(fn, name, domain, lambda t, n, scope: t.elementwise(
        fn, dfdx, sig=", ".join(core_signature(fn)), name=n, domain=domain, scope=scope))


def linear(fn, *, name=None, domain=(), **vjps):
    """Register ``fn``, linear in its first parameter: its tangent is ``fn`` applied to that
    parameter's tangent; give the transpose as the cotangent template(s)."""
    def add(t, n, scope):
        params = core_signature(fn)
        jvp = f"{n}({', '.join([params[0] + '_dot', *params[1:]])})"
        return t.defvjp(fn, None, name=n, shape="linear", jvp=jvp, domain=domain, scope=scope,
                        **vjps)
    return _register(fn, name, domain, add)


def nondifferentiable(*fns):
    """Register functions whose derivative is zero (or that return integers, flags)."""
    for fn in fns:
        _register(fn, None, (), lambda t, n, scope, fn=fn: t.defvjp(
            fn, None, name=n, shape="nondifferentiable", scope=scope))


def register_custom(obj):
    """The rule behind an ``s2s.custom_vjp`` / ``custom_jvp`` function (see s2s.custom)."""
    from ..custom import parameters
    params, defaults = parameters(obj.fun)

    def add(t, n, scope):
        return t.add(Rule(n, obj, params, defaults, shape="custom", custom=obj), obj)
    return _register(obj, None, (), add, depth=4)


def core_signature(fn):
    from .core import _signature
    return _signature(fn)[0]


def _register(fn, name, domain, add, depth=2):
    if not callable(fn):
        raise TypeError(f"s2s.rules: {fn!r} is not callable")
    table = default_table()
    name = name or getattr(fn, "__name__", None)
    if not name or not name.isidentifier():
        raise ValueError(f"s2s.rules: give {fn!r} a name=... that is a Python identifier")
    if name in table.namespace:
        if table.namespace[name] is not fn:
            raise ValueError(f"s2s.rules: another function is registered as {name!r}; pass "
                             f"name=... to tell them apart")
    elif name in table or name in ("np", "math"):
        raise ValueError(f"s2s.rules: {name!r} is the name of a built-in rule; register "
                         f"{fn!r} under another name=...")
    caller = sys._getframe(depth).f_globals
    scope = ChainMap(caller, getattr(fn, "__globals__", {}))
    rule = add(table, name, scope)
    table.namespace[name] = fn
    _forget_derivatives()
    return rule


def _forget_derivatives():
    """Derivatives built before a rule was registered may have inlined its function."""
    from .. import pipeline
    pipeline.clear_caches()


__all__ = ["Rule", "RuleTable", "default_table", "defvjp", "elementwise", "linear",
           "nondifferentiable", "Case", "Arr", "Bool", "Seq", "Src"]

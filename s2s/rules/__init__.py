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
defines the function (``expit``, ``softmax`` above). Generated code calls the primitive by its
``__name__``, so it reads as the user wrote it. ``domain`` declares inputs on which the
rule is checked (``s2s.rules.domains``). A rule is registered once, before the functions
that use it are differentiated.
"""
import functools

from . import arithmetic, elementwise as _elementwise, helpers, linalg, reductions, shape, special
from .core import Rule, RuleTable, _signature
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
    return _register(fn, name, lambda t, n: t.defvjp(
        fn, None, jvp=jvp, name=n, cotangent=cotangent, domain=domain, scope=_scope(fn),
        **vjps))


def elementwise(fn, dfdx, *, name=None, domain=()):
    """Register ``y = fn(x)`` applied elementwise with derivative ``dfdx`` (in ``x`` and
    ``ans``; ``x`` is fn's first parameter): ``x_bar = g * dfdx``, ``y_dot = x_dot * dfdx``."""
    return _register(fn, name, lambda t, n: t.elementwise(
        fn, dfdx, sig=None, name=n, domain=domain, scope=_scope(fn)))


def linear(fn, *, name=None, domain=(), **vjps):
    """Register ``fn``, linear in its first parameter: its tangent is ``fn`` applied to that
    parameter's tangent; give the transpose as the cotangent template(s)."""
    return _register(fn, name, lambda t, n: t.linear(
        fn, None, name=n, domain=domain, scope=_scope(fn), **vjps))


def nondifferentiable(*fns):
    """Register functions whose derivative is zero (or that return integers, flags)."""
    for fn in fns:
        _register(fn, None, lambda t, n, fn=fn: t.defvjp(fn, None, name=n,
                                                          shape="nondifferentiable"))


def register_custom(obj):
    """The rule behind an ``s2s.custom_vjp`` / ``custom_jvp`` function (see s2s.custom)."""
    params, defaults, varargs = _signature(obj.fun)
    if varargs:
        raise TypeError(f"{obj.__name__}: a function with a custom derivative takes no "
                        f"*args; list its parameters")
    return _register(obj, None, lambda t, n: t.add(
        Rule(n, obj, params, defaults, shape="custom", custom=obj), obj))


def _scope(fn):
    """The names a user's templates may use: those of the module that defines ``fn``."""
    return getattr(fn, "__globals__", {})


def _register(fn, name, add):
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
    rule = add(table, name)
    table.namespace[name] = fn
    _forget_derivatives()
    return rule


def _forget_derivatives():
    """Derivatives built before a rule was registered may have inlined its function."""
    from .. import pipeline
    pipeline.clear_caches()


__all__ = ["Rule", "RuleTable", "default_table", "defvjp", "elementwise", "linear",
           "nondifferentiable", "Case", "Arr", "Bool", "Seq", "Src"]

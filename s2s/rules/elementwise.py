"""Elementwise functions: numpy ufuncs and their ``math`` module scalar versions.

Kinks follow JAX: ``abs`` has derivative ``sign(x)`` (0 at 0); ``maximum``/``minimum``
split the cotangent equally between tied inputs; ``clip`` passes it inside [lo, hi].
"""
import math

import numpy as np

from .core import ZERO
from .domains import Arr, Bool, Case, binary, scalar, separated, unary

# (numpy function, math function or None, derivative in x and ans)
UNARY = [
    (np.exp, math.exp, "ans"),
    (np.exp2, None, "ans * np.log(2)"),
    (np.sin, math.sin, "{m}.cos(x)"),
    (np.cos, math.cos, "-{m}.sin(x)"),
    (np.tan, math.tan, "1 + ans ** 2"),
    (np.tanh, math.tanh, "1 - ans ** 2"),
    (np.sinh, math.sinh, "{m}.cosh(x)"),
    (np.cosh, math.cosh, "{m}.sinh(x)"),
    (np.arcsin, math.asin, "1 / {m}.sqrt(1 - x ** 2)"),
    (np.arccos, math.acos, "-1 / {m}.sqrt(1 - x ** 2)"),
    (np.arcsinh, math.asinh, "1 / {m}.sqrt(x ** 2 + 1)"),
    (np.arccosh, math.acosh, "1 / {m}.sqrt(x ** 2 - 1)"),
    (np.arctanh, math.atanh, "1 / (1 - x ** 2)"),
    (np.square, None, "2 * x"),
    (np.abs, math.fabs, "np.sign(x)"),
    (np.fabs, None, "np.sign(x)"),
]

# cotangent written directly where that reads better than g * dfdx
DIRECT = [
    (np.log, None, "g / x", "x_dot / x"),
    (np.log2, math.log2, "g / (x * {m}.log(2))", "x_dot / (x * {m}.log(2))"),
    (np.log10, math.log10, "g / (x * {m}.log(10))", "x_dot / (x * {m}.log(10))"),
    (np.log1p, math.log1p, "g / (1 + x)", "x_dot / (1 + x)"),
    (np.expm1, math.expm1, "g * (ans + 1)", "x_dot * (ans + 1)"),
    (np.sqrt, math.sqrt, "g / (2 * ans)", "x_dot / (2 * ans)"),
    (np.arctan, math.atan, "g / (1 + x ** 2)", "x_dot / (1 + x ** 2)"),
    (np.reciprocal, None, "-g * ans ** 2", "-x_dot * ans ** 2"),
    (np.cbrt, None, "g / (3 * ans ** 2)", "x_dot / (3 * ans ** 2)"),
]

# Where each rule is tested (s2s.rules.domains); a rule not named here is tested on
# the default domain.
DOMAINS = {
    # -- elementwise
    **{f"np.{n}": unary() for n in ("exp", "exp2", "sin", "cos", "tanh", "sinh", "cosh",
                                     "square", "log", "log2", "log10", "log1p", "expm1",
                                     "sqrt", "reciprocal", "cbrt")},
    **{f"math.{n}": scalar() for n in ("exp", "sin", "cos", "tanh", "sinh", "cosh", "log2",
                                        "log10", "log1p", "expm1", "sqrt")},
    "np.tan": unary(-1.2, 1.2), "math.tan": scalar(-1.2, 1.2),
    "np.arcsin": unary(-0.9, 0.9), "math.asin": scalar(-0.9, 0.9),
    "np.arccos": unary(-0.9, 0.9), "math.acos": scalar(-0.9, 0.9),
    "np.arctanh": unary(-0.9, 0.9), "math.atanh": scalar(-0.9, 0.9),
    "np.arcsinh": unary(-2.0, 2.0), "math.asinh": scalar(-2.0, 2.0),
    "np.arccosh": unary(1.1, 3.0), "math.acosh": scalar(1.1, 3.0),
    "np.arctan": unary(-2.0, 2.0), "math.atan": scalar(-2.0, 2.0),
    "np.cbrt": unary(0.2, 1.5, signs=True),
    # kinks: away from 0
    "np.absolute": unary(0.2, 1.5, signs=True), "np.fabs": unary(0.2, 1.5, signs=True),
    "abs": unary(0.2, 1.5, signs=True), "math.fabs": scalar(0.2, 1.5, signs=True),
    "math.log": [Case(Arr(lo=0.5, hi=3.0)), Case(Arr(lo=0.5, hi=3.0), Arr(lo=1.5, hi=3.0)),
                 Case(Arr(lo=0.5, hi=3.0), 2.0)],
    "math.copysign": [Case(Arr(lo=0.2, hi=1.5, signs=True), Arr(lo=0.2, hi=1.5, signs=True))],
    "math.pow": [Case(Arr(), Arr(lo=0.5, hi=2.5)), Case(Arr(), 3.0), Case(2.0, Arr())],
    "np.maximum": separated(*binary()[:4]), "np.minimum": separated(*binary()[:4]),
    "np.clip": [Case(Arr(3, 4, lo=0.0, hi=2.0), 0.5, 1.5),
                Case(Arr(3, 4, lo=0.0, hi=2.0), Arr(lo=0.4, hi=0.6), Arr(lo=1.4, hi=1.6)),
                Case(Arr(3, 4, lo=0.0, hi=2.0), Arr(4, lo=0.4, hi=0.6), Arr(4, lo=1.4, hi=1.6)),
                Case(Arr(3, 4, lo=0.0, hi=2.0), 0.5, None)],
    "np.where": [Case(Bool(3, 4), Arr(3, 4), Arr(3, 4)), Case(Bool(3, 4), Arr(3, 4), Arr()),
                 Case(Bool(4), Arr(3, 4), Arr(3, 1)),
                 Case(Arr(3, 4), Arr(3, 4), expr="np.where(x > 1.0, x, y)")],
    # nondifferentiable elementwise: values away from the jumps
    "np.sign": [Case(Arr(3, lo=0.2, hi=1.5, signs=True))],
    "np.floor": [Case(Arr(3, lo=1.1, hi=1.9))], "np.ceil": [Case(Arr(3, lo=1.1, hi=1.9))],
    "np.trunc": [Case(Arr(3, lo=0.2, hi=1.9, signs=True))],
    "np.round": [Case(Arr(3, lo=1.1, hi=1.4)), Case(Arr(3, lo=0.6, hi=0.9))],
    "np.rint": [Case(Arr(3, lo=1.1, hi=1.4)), Case(Arr(3, lo=0.6, hi=0.9))],
    "np.isnan": [Case(Arr(3), expr="(1 - np.isnan(x)) * x")],
    "np.isinf": [Case(Arr(3), expr="(1 - np.isinf(x)) * x")],
    "np.isfinite": [Case(Arr(3), expr="np.isfinite(x) * x")],
    "math.floor": scalar(1.1, 1.9), "math.ceil": scalar(1.1, 1.9),
    "math.trunc": scalar(1.1, 1.9),
    "round": [Case(Arr(lo=1.1, hi=1.4))],
    "math.isnan": [Case(Arr(), expr="(1 - math.isnan(x)) * x")],
    "math.isinf": [Case(Arr(), expr="(1 - math.isinf(x)) * x")],
    "math.isfinite": [Case(Arr(), expr="math.isfinite(x) * x")],
}


def register(table):
    for np_fn, math_fn, dfdx in UNARY:
        table.elementwise(np_fn, dfdx.format(m="np"))
        if math_fn is not None:
            table.elementwise(math_fn, dfdx.format(m="math").replace("np.sign(x)", "math.copysign(1.0, x) if x else 0.0"))
    for np_fn, math_fn, vjp, jvp in DIRECT:
        table.defvjp(np_fn, "x", shape="elementwise", jvp=jvp.format(m="np"),
                     cotangent="elementwise", x=vjp.format(m="np"))
        if math_fn is not None:
            table.defvjp(math_fn, "x", shape="elementwise", jvp=jvp.format(m="math"),
                         cotangent="elementwise", x=vjp.format(m="math"))
    table.elementwise(abs, "np.sign(x)")
    table.defvjp(math.copysign, "x, y", jvp="x_dot * math.copysign(1.0, x) * math.copysign(1.0, y)",
                 x="g * math.copysign(1.0, x) * math.copysign(1.0, y)", y=ZERO)
    table.defvjp(math.log, f"x, base={math.e!r}", shape="elementwise", cotangent="elementwise",
                 jvp="x_dot / (x * math.log(base)) - base_dot * ans / (base * math.log(base))",
                 x="g / (x * math.log(base))",
                 base="-g * ans / (base * math.log(base))")
    table.defvjp(math.pow, "x, y", shape="binary", cotangent="broadcast",
                 jvp="x_dot * y * x ** (y - 1) + y_dot * ans * math.log(x)",
                 x="g * y * x ** (y - 1)", y="g * ans * math.log(x)")
    table.defvjp(np.maximum, "x, y", shape="binary", cotangent="broadcast",
                 jvp="np.where(x == y, (x_dot + y_dot) / 2, np.where(x > y, x_dot, y_dot))",
                 x="g * np.where(x == y, 0.5, x > y)", y="g * np.where(x == y, 0.5, x < y)")
    table.defvjp(np.minimum, "x, y", shape="binary", cotangent="broadcast",
                 jvp="np.where(x == y, (x_dot + y_dot) / 2, np.where(x < y, x_dot, y_dot))",
                 x="g * np.where(x == y, 0.5, x < y)", y="g * np.where(x == y, 0.5, x > y)")
    table.defvjp(np.clip, "x, a_min, a_max", cotangent="broadcast",
                 jvp="x_dot * clip_inside(x, a_min, a_max) + a_min_dot * clip_below(x, a_min)"
                     " + a_max_dot * clip_above(x, a_max)",
                 x="g * clip_inside(x, a_min, a_max)", a_min="g * clip_below(x, a_min)",
                 a_max="g * clip_above(x, a_max)")
    table.defvjp(np.where, "condition, x, y", cotangent="broadcast",
                 jvp="np.where(condition, x_dot, y_dot)",
                 x="np.where(condition, g, 0.0)", y="np.where(condition, 0.0, g)")
    table.nondifferentiable(np.sign, np.floor, np.ceil, np.round, np.rint, np.trunc,
                            np.isnan, np.isinf, np.isfinite, math.floor, math.ceil,
                            math.trunc, round, math.isnan, math.isinf, math.isfinite)
    table.domains(DOMAINS)

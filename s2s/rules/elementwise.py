"""Elementwise functions: numpy ufuncs and their ``math`` module scalar versions.

Kinks and special points (JAX's conventions unless said otherwise):

- ``abs``/``fabs``: derivative ``sign(x)``, 0 at 0 (PyTorch's convention; the JAX installed
  here, 0.10, gives 1 at 0);
- ``maximum``/``minimum``: the cotangent is split equally between tied inputs (as JAX);
- ``fmax``/``fmin``: as JAX, which writes them ``where((x > y) | isnan(y), x, y)``: at a tie
  all of it goes to the second argument, and a NaN argument gets none (unless both are);
- ``clip``: the cotangent passes to x inside [lo, hi] (ends included), to a bound beyond it;
- ``heaviside(x, h)``: zero derivative in x; derivative 1 in h where x == 0 (its value there);
- ``copysign(x, y)``: ``copysign(1, x) * copysign(1, y)`` in x (1 at x = +0), 0 in y;
- ``nan_to_num``: derivative 1 where x is finite, 0 where it replaced a nan or an infinity;
- ``hypot`` at the origin: nan (0/0, as PyTorch; a norm has no derivative there);
- ``sinc``: smooth; ``sinc_derivative(x, n)`` (s2s.runtime.special) is exact at 0 for every n;
- ``fmod``/``mod``/``remainder``: the quotient's integer part is held constant;
- ``real``/``conjugate``: the identity and ``imag`` zero, for the real inputs s2s supports;
- ``math.gamma``/``math.lgamma``: ``gamma * digamma``, ``digamma`` (runtime helpers that use
  scipy when it is installed).
"""
import math

import numpy as np

from .. import runtime
from .core import ZERO
from .domains import Arr, Bool, Case, Src, binary, scalar, separated, unary

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
    (np.cbrt, getattr(math, "cbrt", None), "g / (3 * ans ** 2)", "x_dot / (3 * ans ** 2)"),
]

# math functions without a numpy twin: (function, derivative in x and ans)
MATH_UNARY = [
    (math.erf, "2 / math.sqrt(math.pi) * math.exp(-x ** 2)"),
    (math.erfc, "-2 / math.sqrt(math.pi) * math.exp(-x ** 2)"),
    (math.gamma, "ans * digamma(x)"),
    (math.lgamma, "digamma(x)"),
] + ([(math.exp2, "ans * math.log(2)")] if hasattr(math, "exp2") else [])

# linear functions that are their own transpose (a constant factor): x_bar = f(g)
LINEAR = [np.deg2rad, np.radians, np.rad2deg, np.degrees]

# two broadcasting arguments: {function: (x template, y template, jvp)}
BINARY = {
    np.hypot: ("g * x / ans", "g * y / ans", "(x_dot * x + y_dot * y) / ans"),
    np.arctan2: ("g * y / (x ** 2 + y ** 2)", "-g * x / (x ** 2 + y ** 2)",
                 "(x_dot * y - y_dot * x) / (x ** 2 + y ** 2)"),
    math.atan2: ("g * y / (x ** 2 + y ** 2)", "-g * x / (x ** 2 + y ** 2)",
                 "(x_dot * y - y_dot * x) / (x ** 2 + y ** 2)"),
    np.logaddexp: ("g * np.exp(x - ans)", "g * np.exp(y - ans)",
                   "x_dot * np.exp(x - ans) + y_dot * np.exp(y - ans)"),
    np.logaddexp2: ("g * np.exp2(x - ans)", "g * np.exp2(y - ans)",
                    "x_dot * np.exp2(x - ans) + y_dot * np.exp2(y - ans)"),
    np.float_power: ("g * y * np.float_power(x, np.where(y == 0, 0, y - 1))",
                     "g * ans * np.log(np.where(x == 0, 1, x))",
                     "x_dot * y * np.float_power(x, np.where(y == 0, 0, y - 1))"
                     " + y_dot * ans * np.log(np.where(x == 0, 1, x))"),
    np.fmax: ("np.where((x > y) | np.isnan(y), g, 0.0)", "np.where((x > y) | np.isnan(y), 0.0, g)",
              "np.where((x > y) | np.isnan(y), x_dot, y_dot)"),
    np.fmin: ("np.where((x < y) | np.isnan(y), g, 0.0)", "np.where((x < y) | np.isnan(y), 0.0, g)",
              "np.where((x < y) | np.isnan(y), x_dot, y_dot)"),
    np.fmod: ("g", "-g * np.trunc(x / y)", "x_dot - y_dot * np.trunc(x / y)"),
    math.fmod: ("g", "-g * math.trunc(x / y)", "x_dot - y_dot * math.trunc(x / y)"),
    math.remainder: ("g", "-g * round(x / y)", "x_dot - y_dot * round(x / y)"),
    np.copysign: ("g * np.copysign(1.0, x) * np.copysign(1.0, y)", ZERO,
                  "x_dot * np.copysign(1.0, x) * np.copysign(1.0, y)"),
    np.heaviside: (ZERO, "g * (x == 0)", "y_dot * (x == 0)"),
    np.ldexp: ("np.ldexp(g, y)", ZERO, "np.ldexp(x_dot, y)"),
    math.ldexp: ("g * 2.0 ** y", ZERO, "x_dot * 2.0 ** y"),
}

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
    # -- more ufuncs and math functions
    "np.hypot": binary() + [Case(Arr(3, 4, lo=0.2, hi=1.5, signs=True), Arr(4, lo=0.2, hi=1.5, signs=True))],
    "np.arctan2": binary() + [Case(Arr(3, 4, lo=0.2, hi=1.5, signs=True), Arr(3, 4, lo=0.2, hi=1.5, signs=True))],
    "math.atan2": [Case(Arr(lo=0.2, hi=1.5, signs=True), Arr(lo=0.2, hi=1.5, signs=True))],
    "np.logaddexp": binary(x=(-2.0, 2.0), y=(-2.0, 2.0)),
    "np.logaddexp2": binary(x=(-2.0, 2.0), y=(-2.0, 2.0)),
    "np.float_power": binary(y=(0.5, 2.5)),
    "np.fmax": separated(*binary()[:4]) + [Case(Arr(3), expr="np.fmax(x, np.nan)"),
                                          Case(Arr(3), expr="np.fmax(np.nan, x)")],
    "np.fmin": separated(*binary()[:4]) + [Case(Arr(3), expr="np.fmin(x, np.nan)"),
                                          Case(Arr(3), expr="np.fmin(np.nan, x)")],
    # the integer part of x / y stays constant near every sample
    "np.fmod": binary(x=(2.2, 2.8), y=(1.0, 1.05)) + [
        Case(Arr(3, lo=-2.8, hi=-2.2), Arr(3, lo=1.0, hi=1.05))],
    "math.fmod": [Case(Arr(lo=2.2, hi=2.8), Arr(lo=1.0, hi=1.05)),
                  Case(Arr(lo=-2.8, hi=-2.2), Arr(lo=1.0, hi=1.05))],
    "math.remainder": [Case(Arr(lo=2.05, hi=2.3), Arr(lo=1.0, hi=1.05)),
                       Case(Arr(lo=-2.8, hi=-2.7), Arr(lo=1.0, hi=1.05))],
    "np.copysign": [Case(Arr(3, 4, lo=0.2, hi=1.5, signs=True), Arr(3, 4, lo=0.2, hi=1.5, signs=True)),
                    Case(Arr(3, 4, lo=0.2, hi=1.5, signs=True), Arr(lo=0.2, hi=1.5, signs=True))],
    "np.heaviside": [Case(Arr(3, 4, lo=0.2, hi=1.5, signs=True), Arr(3, 4)),
                     Case(Src("0.0"), Arr(3)),
                     Case(Arr(3, 4), Arr(4), expr="np.heaviside(x - x, y) + x")],
    "np.ldexp": [Case(Arr(3, 4, signs=True), Src("np.array([1, -2, 0, 3])")),
                 Case(Arr(3, signs=True), 2)],
    "math.ldexp": [Case(Arr(signs=True), 3)],
    **{f"np.{n}": unary(signs=True) for n in ("deg2rad", "radians", "rad2deg", "degrees",
                                               "positive", "real", "conjugate")},
    "math.degrees": scalar(signs=True), "math.radians": scalar(signs=True),
    "np.sinc": unary(-2.0, 2.0) + unary(0.01, 0.3, signs=True) + [
        Case(Arr(3), expr="np.sinc(x - x) * x")],
    "np.nan_to_num": [Case(Arr(3, 4, signs=True)),
                      Case(Arr(4), expr="np.nan_to_num(np.where(x > 1.0, x, np.inf), posinf=5.0)"),
                      Case(Arr(4), expr="np.nan_to_num(np.where(x > 1.0, x, np.nan), nan=2.0)")],
    "math.erf": scalar(-2.0, 2.0), "math.erfc": scalar(-2.0, 2.0),
    "math.gamma": scalar(0.5, 4.0) + scalar(-2.8, -2.2),
    "math.lgamma": scalar(0.5, 4.0) + scalar(-2.8, -2.2),
    "math.hypot": [Case(Arr(), Arr()), Case(Arr(lo=0.2, hi=1.5, signs=True)),
                   Case(Arr(lo=0.2, hi=1.5, signs=True), Arr(lo=0.2, hi=1.5, signs=True),
                        Arr(lo=0.2, hi=1.5, signs=True))],
    **({"math.exp2": scalar(-2.0, 2.0)} if hasattr(math, "exp2") else {}),  # Python 3.11+
    **({"math.cbrt": scalar(0.2, 1.5, signs=True)} if hasattr(math, "cbrt") else {}),
    # nondifferentiable
    "np.imag": [Case(Arr(3, signs=True))],
    "np.signbit": [Case(Arr(3, lo=0.2, hi=1.5, signs=True))],
    "np.isclose": [Case(Arr(3), Arr(3)), Case(Arr(3), Arr(3), expr="np.isclose(x, x, rtol=0.0) * y")],
    "np.isposinf": [Case(Arr(3))], "np.isneginf": [Case(Arr(3))],
    "np.fix": [Case(Arr(3, lo=0.2, hi=1.9, signs=True), jax="np.trunc(x) * x")],
    "np.around": [Case(Arr(3, lo=1.1, hi=1.4)), Case(Arr(3, lo=1.11, hi=1.14), 1)],
    # -- helpers of these derivatives (s2s.runtime.special); jax: the same function there
    "digamma": [Case(Arr(3, 4, lo=0.5, hi=6.0), jax="scipy.special.digamma(x)"),
                Case(Arr(3, lo=-2.8, hi=-2.2), jax="scipy.special.digamma(x)"),
                Case(Arr(lo=0.5, hi=3.0), jax="scipy.special.digamma(x)")],
    "polygamma": [Case(1, Arr(3, 4, lo=0.5, hi=5.0), jax="scipy.special.polygamma(1, x)"),
                  Case(0, Arr(3, lo=0.5, hi=5.0), jax="scipy.special.digamma(x)"),
                  Case(3, Arr(lo=0.5, hi=5.0), jax="scipy.special.polygamma(3, x)")],
    "sinc_derivative": [
        Case(Arr(3, lo=0.3, hi=2.0, signs=True), jax="jax.vmap(jax.grad(np.sinc))(x)"),
        Case(Arr(3, lo=0.3, hi=2.0, signs=True), 2,
             jax="jax.vmap(jax.grad(jax.grad(np.sinc)))(x)"),
        Case(Arr(3, lo=-0.9, hi=0.9), 3), Case(Arr(3, lo=1.1, hi=3.0, signs=True), 4),
        Case(Arr(3), expr="sinc_derivative(x - x, 2) * x", jax="-np.pi ** 2 / 3 * x")],
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
                 jvp="x_dot * y * x ** np.where(y == 0, 0, y - 1)"
                     " + y_dot * ans * np.log(np.where(x == 0, 1, x))",
                 x="g * y * x ** np.where(y == 0, 0, y - 1)",
                 y="g * ans * np.log(np.where(x == 0, 1, x))")
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
    for fn, dfdx in MATH_UNARY:
        table.elementwise(fn, dfdx)
    for fn in LINEAR:
        name = f"np.{fn.__name__}"
        table.defvjp(fn, "x", shape="linear", cotangent="elementwise", jvp=f"{name}(x_dot)",
                     x=f"{name}(g)")
    for fn, factor in ((math.degrees, "(180 / math.pi)"), (math.radians, "(math.pi / 180)")):
        table.defvjp(fn, "x", shape="linear", cotangent="elementwise", jvp=f"x_dot * {factor}",
                     x=f"g * {factor}")
    for fn in (np.positive, np.real, np.conjugate):  # real inputs: the identity
        table.defvjp(fn, "x", shape="linear", cotangent="elementwise", jvp="x_dot", x="g")
    for fn, (x, y, jvp) in BINARY.items():
        table.defvjp(fn, "x, y", shape="binary", cotangent="broadcast", jvp=jvp, x=x, y=y)
    table.defvjp(math.hypot, "x, y=0.0, z=0.0", cotangent="broadcast",
                 jvp="(x_dot * x + y_dot * y + z_dot * z) / ans",
                 x="g * x / ans", y="g * y / ans", z="g * z / ans")
    table.elementwise(np.sinc, "sinc_derivative(x)")
    table.defvjp(np.nan_to_num, "x, copy=True, nan=0.0, posinf=None, neginf=None",
                 shape="elementwise", cotangent="elementwise", jvp="x_dot * np.isfinite(x)",
                 x="g * np.isfinite(x)")
    table.defvjp(np.isclose, "a, b, rtol=1e-05, atol=1e-08, equal_nan=False",
                 shape="nondifferentiable")
    for fn in (np.round, np.around):
        table.defvjp(fn, "a, decimals=0, out=None", shape="nondifferentiable")
    table.nondifferentiable(np.imag, np.signbit, np.isposinf, np.isneginf, np.fix)
    # the helpers these derivatives call (s2s.runtime.special), differentiable again for
    # Hessians and higher orders
    r = runtime
    table.elementwise(r.digamma, "polygamma(1, x)", name="digamma")
    table.defvjp(r.polygamma, "n, x", name="polygamma", shape="binary", cotangent="broadcast",
                 jvp="x_dot * polygamma(n + 1, x)", n=ZERO, x="g * polygamma(n + 1, x)")
    table.defvjp(r.sinc_derivative, "x, n=1", name="sinc_derivative", shape="elementwise",
                 cotangent="elementwise", jvp="x_dot * sinc_derivative(x, n + 1)",
                 x="g * sinc_derivative(x, n + 1)")
    table.nondifferentiable(np.sign, np.floor, np.ceil, np.rint, np.trunc,
                            np.isnan, np.isinf, np.isfinite, math.floor, math.ceil,
                            math.trunc, round, math.isnan, math.isinf, math.isfinite)
    table.domains(DOMAINS)

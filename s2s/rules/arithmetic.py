"""Python's arithmetic operators (and their numpy ufunc spellings), with broadcasting."""
import operator

import numpy as np

from .domains import Arr, Case, Src, binary, matmul, separated, threshold, unary

BINARY = {
    "add": (operator.add, np.add, dict(x="g", y="g", jvp="x_dot + y_dot")),
    "sub": (operator.sub, np.subtract, dict(x="g", y="-g", jvp="x_dot - y_dot")),
    "mul": (operator.mul, np.multiply, dict(x="g * y", y="g * x", jvp="x_dot * y + x * y_dot")),
    "truediv": (operator.truediv, np.divide,
                dict(x="g / y", y="-g * ans / y", jvp="(x_dot - ans * y_dot) / y")),
    # right at x = 0 as in jax: the exponent y - 1 is 0 where y is 0 (the slope is then 0,
    # not 0 * inf), and log(x) is read as 0 where x is 0 (0 ** y is 0 for every y > 0)
    "pow": (operator.pow, np.power,
            dict(x="g * y * x ** np.where(y == 0, 0, y - 1)",
                 y="g * ans * np.log(np.where(x == 0, 1, x))",
                 jvp="x_dot * y * x ** np.where(y == 0, 0, y - 1)"
                     " + y_dot * ans * np.log(np.where(x == 0, 1, x))")),
    "mod": (operator.mod, np.mod, dict(x="g", y="-g * (x // y)", jvp="x_dot - y_dot * (x // y)")),
}

COMPARISONS = {
    "lt": operator.lt, "le": operator.le, "gt": operator.gt, "ge": operator.ge,
    "eq": operator.eq, "ne": operator.ne, "floordiv": operator.floordiv,
    "not": operator.not_, "invert": operator.invert, "and": lambda a, b: a and b,
    "or": lambda a, b: a or b, "is": operator.is_, "is_not": operator.is_not,
    "in": lambda a, b: a in b, "not_in": lambda a, b: a not in b,
    "bitand": operator.and_, "bitor": operator.or_, "bitxor": operator.xor,
}

# Where each rule is tested (s2s.rules.domains); a rule not named here is tested on
# the default domain.
DOMAINS = {
    # -- arithmetic operators and their ufuncs
    **{name: binary() for name in ("add", "np.add", "sub", "np.subtract", "mul", "np.multiply")},
    "truediv": binary(), "np.divide": binary(),
    "pow": binary(y=(0.5, 2.5)), "np.power": binary(y=(0.5, 2.5)),
    # x // y stays 2 near every sample: x / y in (2.09, 2.8)
    "mod": binary(x=(2.2, 2.8), y=(1.0, 1.05)), "np.remainder": binary(x=(2.2, 2.8), y=(1.0, 1.05)),
    "neg": unary(signs=True), "np.negative": unary(signs=True), "pos": unary(signs=True),
    "matmul": matmul(), "np.matmul": matmul(),
    # -- comparisons, logic, integer division: zero derivative
    **{name: separated(Case(Arr(3), Arr(3)), Case(Arr(3, 4), Arr(4)))
       for name in ("lt", "le", "gt", "ge", "eq", "ne", "np.less", "np.less_equal",
                    "np.greater", "np.greater_equal", "np.equal", "np.not_equal")},
    "floordiv": [Case(Arr(3, lo=2.2, hi=2.8), Arr(3, lo=1.0, hi=1.05))],
    "np.floor_divide": [Case(Arr(3, lo=2.2, hi=2.8), Arr(3, lo=1.0, hi=1.05))],
    "not": [Case(Arr(), expr="(not x > 2.0) * x", jax=False)],
    "invert": threshold("(~(x > 1.0)) * x"),
    "and": [Case(Arr(lo=1.1, hi=1.5), Arr(lo=1.1, hi=1.5), expr="(x > 1.0 and y > 1.0) * x",
                 jax=False)],
    "or": [Case(Arr(lo=1.1, hi=1.5), Arr(lo=0.5, hi=0.9), expr="(x < 1.0 or y < 1.0) * x",
                jax=False)],
    "is": [Case(Arr(3), Arr(3), jax=False)],
    "is_not": [Case(Arr(3), Arr(3), jax=False)],
    "in": [Case(Src("1.0"), Arr(3), jax=False)],
    "not_in": [Case(Src("1.0"), Arr(3), jax=False)],
    "bitand": threshold("((x > 1.0) & (y > 1.0)) * x", n=2),
    "bitor": threshold("((x > 1.0) | (y > 1.0)) * x", n=2),
    "bitxor": threshold("((x > 1.0) ^ (y > 1.0)) * x", n=2),
    "np.logical_and": threshold("np.logical_and(x > 1.0, y > 1.0) * x", n=2),
    "np.logical_or": threshold("np.logical_or(x > 1.0, y > 1.0) * x", n=2),
    "np.logical_xor": threshold("np.logical_xor(x > 1.0, y > 1.0) * x", n=2),
    "np.logical_not": threshold("np.logical_not(x > 1.0) * x"),
}


def register(table):
    for name, (op, ufunc, templates) in BINARY.items():
        templates = dict(templates)
        jvp = templates.pop("jvp")
        table.binary(name, op, jvp=jvp, **templates)
        table.binary(f"np.{ufunc.__name__}", ufunc, jvp=jvp, **templates)
    for op, name in ((operator.neg, "neg"), (np.negative, None)):
        table.defvjp(op, "x", name=name, shape="linear", cotangent="elementwise", jvp="-x_dot",
                     x="-g")
    table.defvjp(operator.pos, "x", name="pos", shape="linear", cotangent="elementwise",
                 jvp="x_dot", x="g")
    for op, name in ((operator.matmul, "matmul"), (np.matmul, None)):
        table.defvjp(op, "x, y", name=name, jvp="x_dot @ y + x @ y_dot", cotangent="reducing",
                     x="matmul_vjp_lhs(g, x, y)", y="matmul_vjp_rhs(g, x, y)")
    for name, op in COMPARISONS.items():
        table.defvjp(op, "*args", name=name, shape="nondifferentiable")
    table.nondifferentiable(np.floor_divide, np.less, np.less_equal, np.greater,
                            np.greater_equal, np.equal, np.not_equal, np.logical_and,
                            np.logical_or, np.logical_not, np.logical_xor)
    table.domains(DOMAINS)

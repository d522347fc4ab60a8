"""Python's arithmetic operators (and their numpy ufunc spellings), with broadcasting."""
import operator

import numpy as np

BINARY = {
    "add": (operator.add, np.add, dict(x="g", y="g", jvp="x_dot + y_dot")),
    "sub": (operator.sub, np.subtract, dict(x="g", y="-g", jvp="x_dot - y_dot")),
    "mul": (operator.mul, np.multiply, dict(x="g * y", y="g * x", jvp="x_dot * y + x * y_dot")),
    "truediv": (operator.truediv, np.divide,
                dict(x="g / y", y="-g * ans / y", jvp="(x_dot - ans * y_dot) / y")),
    "pow": (operator.pow, np.power,
            dict(x="g * y * x ** (y - 1)", y="g * ans * np.log(x)",
                 jvp="x_dot * y * x ** (y - 1) + y_dot * ans * np.log(x)")),
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

"""Reductions over axes, with ``keepdims``."""
import numpy as np

from .domains import Arr, Case, extrema, reductions, separated, threshold

AXES = "x, axis=None, dtype=None, out=None, keepdims=False"

# Where each rule is tested (s2s.rules.domains); a rule not named here is tested on
# the default domain.
DOMAINS = {
    # -- reductions
    "np.sum": reductions(), "np.mean": reductions(), "np.prod": reductions(),
    **{name: extrema() for name in ("np.max", "np.min", "np.amax", "np.amin")},
    "sum": [Case(Arr(4)), Case(Arr(3, 4))],
    "max": separated(Case(Arr(), Arr(), jax="np.maximum(x, y)")),
    "min": separated(Case(Arr(), Arr(), jax="np.minimum(x, y)")),
    "np.argmax": [Case(Arr(4, distinct=True))], "np.argmin": [Case(Arr(4, distinct=True))],
    "np.any": threshold("np.any(x > 1.0) * x"), "np.all": threshold("np.all(x > 1.0) * x"),
    "np.count_nonzero": threshold("np.count_nonzero(x > 1.0) * x"),
    "np.argsort": [Case(Arr(4, distinct=True))],
}


def register(table):
    table.defvjp(np.sum, AXES, shape="linear", cotangent="reducing", jvp="np.sum(x_dot, axis=axis, keepdims=keepdims)",
                 x="unreduce(g, x, axis=axis, keepdims=keepdims)")
    table.defvjp(np.mean, AXES, shape="linear", cotangent="reducing",
                 jvp="np.mean(x_dot, axis=axis, keepdims=keepdims)",
                 x="unreduce(g, x, axis=axis, keepdims=keepdims) * (np.size(ans) / np.size(x))")
    table.defvjp(np.prod, AXES, cotangent="reducing",
                 jvp="np.sum(x_dot * unprod(1.0, x, axis=axis, keepdims=keepdims), axis=axis, keepdims=keepdims)",
                 x="unprod(g, x, axis=axis, keepdims=keepdims)")
    for fn in (np.max, np.min, np.amax, np.amin):
        table.defvjp(fn, "x, axis=None, out=None, keepdims=False", cotangent="reducing",
                     jvp="np.sum(x_dot * unreduce_extremum(1.0, x, ans, axis=axis, keepdims=keepdims), axis=axis, keepdims=keepdims)",
                     x="unreduce_extremum(g, x, ans, axis=axis, keepdims=keepdims)")
    table.defvjp(sum, "x", jvp="sum(x_dot)", x="unreduce(g, x)")
    table.defvjp(max, "x, y", jvp="x_dot if x >= y else y_dot",
                 x="g if x >= y else 0.0", y="0.0 if x >= y else g")
    table.defvjp(min, "x, y", jvp="x_dot if x <= y else y_dot",
                 x="g if x <= y else 0.0", y="0.0 if x <= y else g")
    table.nondifferentiable(np.argmax, np.argmin, np.any, np.all, np.count_nonzero,
                            np.argsort)
    table.domains(DOMAINS)

"""Reductions over axes, with ``keepdims``; statistics; cumulative sums and products."""
import numpy as np

from .. import runtime
from .domains import Arr, Case, extrema, reductions, separated, threshold

AXES = "x, axis=None, dtype=None, out=None, keepdims=False"
# where the NaN test cases put NaNs (no row or column all NaN)
NAN_MASK = "np.array([[False, True, False, False], [False, False, False, True], [True, False, False, False]])"

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
    # -- statistics
    "np.var": [*reductions(), Case(Arr(3, 4), axis=1, ddof=1), Case(Arr(5), ddof=1),
               Case(Arr(2, 3, 4), axis=(0, 2), ddof=2, keepdims=True)],
    "np.std": [*reductions(), Case(Arr(3, 4), axis=0, ddof=1), Case(Arr(5), ddof=1, keepdims=True)],
    "np.average": [Case(Arr(3, 4)), Case(Arr(3, 4), axis=1), Case(Arr(3, 4), weights=Arr(3, 4)),
                   Case(Arr(3, 4), axis=0, weights=Arr(3)), Case(Arr(3, 4), axis=-1, weights=Arr(4),
                                                                  keepdims=True),
                   Case(Arr(5), weights=Arr(5)),
                   Case(Arr(2, 3, 4), axis=(0, 2), weights=Arr(2, 3, 4))],
    "np.ptp": [Case(Arr(3, 4, distinct=True)), Case(Arr(3, 4, distinct=True), axis=0),
               Case(Arr(3, 4, distinct=True), axis=1, keepdims=True)],
    "np.nansum": [Case(Arr(3, 4)), Case(Arr(3, 4), axis=0), Case(Arr(3, 4), axis=1, keepdims=True),
                  Case(Arr(3, 4), expr=f"np.nansum(np.where({NAN_MASK}, np.nan, x), axis=0)")],
    "np.nanmean": [Case(Arr(3, 4)), Case(Arr(3, 4), axis=0),
                   Case(Arr(3, 4), axis=1, keepdims=True),
                   Case(Arr(3, 4), expr=f"np.nanmean(np.where({NAN_MASK}, np.nan, x), axis=1)"),
                   Case(Arr(3, 4), expr=f"np.nanmean(np.where({NAN_MASK}, np.nan, x))")],
    "np.median": [Case(Arr(5, distinct=True)), Case(Arr(4, distinct=True)),
                  Case(Arr(3, 4, distinct=True), axis=1), Case(Arr(4, 3, distinct=True), axis=0),
                  Case(Arr(3, 5, distinct=True), axis=-1, keepdims=True),
                  Case(Arr(2, 3, distinct=True))],
    # -- cumulative sums and products
    "np.cumsum": [Case(Arr(5)), Case(Arr(3, 4)), Case(Arr(3, 4), axis=0), Case(Arr(3, 4), axis=1),
                  Case(Arr(2, 3, 4), axis=-1)],
    "np.cumprod": [Case(Arr(5)), Case(Arr(3, 4)), Case(Arr(3, 4), axis=0),
                   Case(Arr(3, 4), axis=1), Case(Arr(2, 3, 4), axis=-2),
                   # a zero entry: the adjoint stays exact (no division by x)
                   Case(Arr(5), expr="np.cumprod(x * np.array([1.0, 1.0, 0.0, 1.0, 1.0]))"),
                   Case(Arr(3, 4), expr="np.cumprod(x * np.array([[1.0], [0.0], [1.0]]), axis=1)"),
                   Case(Arr(3, 4), expr="np.cumprod(np.where(x > 1.3, 0.0, x), axis=0)")],
    # -- helpers of these rules (jvp rules, for forward-over-reverse)
    "var_vjp": [Case(Arr(), Arr(5)), Case(Arr(3), Arr(3, 4), axis=1, ddof=1),
                Case(Arr(1, 4), Arr(3, 4), axis=0, keepdims=True)],
    "average_vjp": [Case(Arr(), Arr(5)), Case(Arr(3), Arr(3, 4), Arr(3, 4), axis=1),
                    Case(Arr(4), Arr(3, 4), Arr(3), axis=0)],
    "average_weights_vjp": [Case(Arr(), Arr(5), Arr(5)), Case(Arr(3), Arr(3, 4), Arr(3, 4), axis=1),
                            Case(Arr(4), Arr(3, 4), Arr(3), axis=0)],
    "unptp": [Case(Arr(3), Arr(3, 4, distinct=True, diff=False),
                   expr="unptp(x, y, axis=1)"),
              Case(Arr(), Arr(4, distinct=True, diff=False), expr="unptp(x, y)")],
    "zero_where_nan": [Case(Arr(3, 4), Arr(3, 4, diff=False),
                            expr=f"zero_where_nan(x, np.where({NAN_MASK}, np.nan, y))")],
    "unnanmean": [Case(Arr(4), Arr(3, 4, diff=False),
                       expr=f"unnanmean(x, np.where({NAN_MASK}, np.nan, y), axis=0)"),
                  Case(Arr(), Arr(3, 4, diff=False), expr="unnanmean(x, y)")],
    "unmedian": [Case(Arr(3), Arr(3, 4, distinct=True, diff=False), expr="unmedian(x, y, axis=1)"),
                 Case(Arr(), Arr(5, distinct=True, diff=False), expr="unmedian(x, y)")],
    "uncumsum": [Case(Arr(5), Arr(5)), Case(Arr(3, 4), Arr(3, 4), axis=0),
                 Case(Arr(12), Arr(3, 4))],
    "uncumprod": [Case(Arr(5), Arr(5)), Case(Arr(3, 4), Arr(3, 4), axis=1),
                  Case(Arr(12), Arr(3, 4))],
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
    for fn, sig in ((np.argmax, "a, axis=None, out=None, keepdims=False"),
                    (np.argmin, "a, axis=None, out=None, keepdims=False"),
                    (np.any, "a, axis=None, out=None, keepdims=False"),
                    (np.all, "a, axis=None, out=None, keepdims=False"),
                    (np.count_nonzero, "a, axis=None, keepdims=False"),
                    (np.argsort, "a, axis=-1, kind=None, order=None")):
        table.defvjp(fn, sig, shape="nondifferentiable")
    # -- statistics
    table.defvjp(np.var, "x, axis=None, dtype=None, out=None, ddof=0, keepdims=False",
                 cotangent="reducing",
                 jvp="np.sum(x_dot * var_vjp(1.0, x, axis=axis, ddof=ddof), axis=axis, keepdims=keepdims)",
                 x="var_vjp(g, x, axis=axis, ddof=ddof, keepdims=keepdims)")
    table.defvjp(np.std, "x, axis=None, dtype=None, out=None, ddof=0, keepdims=False",
                 cotangent="reducing",
                 jvp="np.sum(x_dot * var_vjp(1.0, x, axis=axis, ddof=ddof), axis=axis, keepdims=keepdims)"
                     " / (2 * ans)",
                 x="var_vjp(g / (2 * ans), x, axis=axis, ddof=ddof, keepdims=keepdims)")
    table.defvjp(np.average, "a, axis=None, weights=None, keepdims=False",
                 jvp="np.average(a_dot, axis=axis, weights=weights, keepdims=keepdims)"
                     " + average_weights_jvp(a, weights, weights_dot, axis=axis, keepdims=keepdims)",
                 a="average_vjp(g, a, weights, axis=axis, keepdims=keepdims)",
                 weights="average_weights_vjp(g, a, weights, axis=axis, keepdims=keepdims)")
    table.defvjp(np.ptp, "x, axis=None, out=None, keepdims=False",
                 jvp="np.sum(x_dot * unptp(1.0, x, axis=axis), axis=axis, keepdims=keepdims)",
                 x="unptp(g, x, axis=axis, keepdims=keepdims)")
    table.defvjp(np.nansum, AXES, shape="linear",
                 jvp="np.sum(zero_where_nan(x_dot, x), axis=axis, keepdims=keepdims)",
                 x="zero_where_nan(unreduce(g, x, axis=axis, keepdims=keepdims), x)")
    table.defvjp(np.nanmean, AXES,
                 jvp="np.sum(x_dot * unnanmean(1.0, x, axis=axis), axis=axis, keepdims=keepdims)",
                 x="unnanmean(g, x, axis=axis, keepdims=keepdims)")
    table.defvjp(np.median, "x, axis=None, out=None, overwrite_input=False, keepdims=False",
                 jvp="np.sum(x_dot * unmedian(1.0, x, axis=axis), axis=axis, keepdims=keepdims)",
                 x="unmedian(g, x, axis=axis, keepdims=keepdims)")
    # -- cumulative sums and products
    table.defvjp(np.cumsum, "x, axis=None, dtype=None, out=None", shape="linear",
                 jvp="np.cumsum(x_dot, axis=axis)", x="uncumsum(g, x, axis=axis)")
    table.defvjp(np.cumprod, "x, axis=None, dtype=None, out=None",
                 jvp="cumprod_jvp(x_dot, x, axis=axis)", x="uncumprod(g, x, axis=axis)")
    # -- their helpers: linear in g (and var_vjp in x too)
    r = runtime
    table.defvjp(r.var_vjp, "g, x, axis=None, ddof=0, keepdims=False", name="var_vjp",
                 jvp="var_vjp(g_dot, x, axis=axis, ddof=ddof, keepdims=keepdims)"
                     " + var_vjp(g, x_dot, axis=axis, ddof=ddof, keepdims=keepdims)")
    table.defvjp(r.average_vjp, "g, a, weights=None, axis=None, keepdims=False",
                 name="average_vjp",
                 jvp="average_vjp(g_dot, a, weights, axis=axis, keepdims=keepdims)"
                     " + average_vjp_jvp(g, a, weights, weights_dot, axis=axis, keepdims=keepdims)")
    table.defvjp(r.average_weights_vjp, "g, a, weights, axis=None, keepdims=False",
                 name="average_weights_vjp",
                 jvp="average_weights_vjp(g_dot, a, weights, axis=axis, keepdims=keepdims)"
                     " + average_weights_vjp_jvp(g, a, weights, a_dot, weights_dot, axis=axis,"
                     " keepdims=keepdims)")
    for name in ("unptp", "unnanmean", "unmedian"):
        table.defvjp(getattr(r, name), "g, x, axis=None, keepdims=False", name=name,
                     shape="linear", jvp=f"{name}(g_dot, x, axis=axis, keepdims=keepdims)")
    table.defvjp(r.zero_where_nan, "t, x", name="zero_where_nan", shape="linear",
                 jvp="zero_where_nan(t_dot, x)")
    table.defvjp(r.uncumsum, "g, x, axis=None", name="uncumsum", shape="linear",
                 jvp="uncumsum(g_dot, x, axis=axis)")
    table.defvjp(r.uncumprod, "g, x, axis=None", name="uncumprod",
                 jvp="uncumprod(g_dot, x, axis=axis) + uncumprod_jvp(g, x, x_dot, axis=axis)")
    table.domains(DOMAINS)

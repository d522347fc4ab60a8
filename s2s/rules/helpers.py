"""Rules for the helpers that generated adjoint code calls, so that an adjoint can be
differentiated again (forward-over-reverse for Hessian-vector products). Each helper is
linear in its cotangent argument ``g``."""
from .. import runtime
from .domains import Arr, Case, Seq, threshold

# Where each rule is tested (s2s.rules.domains); a rule not named here is tested on
# the default domain.
DOMAINS = {
    # -- helpers that generated adjoint code calls (jvp rules, for forward-over-reverse)
    "zeros_like": [Case(Arr(3), expr="zeros_like(x) + x * x", jax=True)],
    "unbroadcast": [Case(Arr(3, 4), Arr(4)), Case(Arr(3, 4), Arr(3, 1)), Case(Arr(3, 4), Arr()),
                    Case(Arr(3, 4), Arr(3, 4))],
    "broadcast_like": [Case(Arr(4), Arr(3, 4)), Case(Arr(), Arr(3)), Case(Arr(3, 1), Arr(3, 4))],
    "sum_to_shape": [Case(Arr(3, 4), (1, 4)), Case(Arr(3, 4), (4,)), Case(Arr(2, 3, 4), (3, 1))],
    "unreduce": [Case(Arr(3), Arr(3, 4), axis=1), Case(Arr(1, 4), Arr(3, 4), axis=0, keepdims=True),
                 Case(Arr(), Arr(3, 4))],
    "unreduce_extremum": [  # y: the reduced array (a constant), x: the cotangent
        Case(Arr(3), Arr(3, 4, distinct=True, diff=False),
             expr="unreduce_extremum(x, y, np.max(y, axis=1), axis=1)"),
        Case(Arr(), Arr(3, 4, distinct=True, diff=False), expr="unreduce_extremum(x, y, np.min(y))"),
        Case(Arr(1, 4), Arr(3, 4, distinct=True, diff=False),
             expr="unreduce_extremum(x, y, np.max(y, axis=0, keepdims=True), axis=0, keepdims=True)")],
    **{name: [Case(Arr(3, 2), Arr(3, 4), Arr(4, 2)), Case(Arr(3), Arr(3, 4), Arr(4)),
              Case(Arr(2), Arr(4), Arr(4, 2)), Case(Arr(), Arr(4), Arr(4))]
       for name in ("matmul_vjp_lhs", "matmul_vjp_rhs", "dot_vjp_lhs", "dot_vjp_rhs")},
    "reshape_like": [Case(Arr(12), Arr(3, 4)), Case(Arr(3, 4), Arr(2, 6))],
    "norm_vjp": [  # x: the cotangent g; y: the array whose norm is taken (a constant here)
        Case(Arr(), Arr(3, signs=True, diff=False), expr="norm_vjp(x, y, np.linalg.norm(y))"),
        Case(Arr(3), Arr(3, 4, signs=True, diff=False),
             expr="norm_vjp(x, y, np.linalg.norm(y, axis=1), axis=1)")],
    **{name: [Case(Arr(2, 4), Arr(2, 3), Arr(4, 3)), Case(Arr(2), Arr(2, 3), Arr(3)),
              Case(Arr(), Arr(3), Arr(3))]
       for name in ("inner_vjp_lhs", "inner_vjp_rhs")},
    # masks of np.clip's adjoint: nondifferentiable
    "clip_inside": threshold("clip_inside(x, 0.8, 1.2) * x"),
    "clip_below": threshold("clip_below(x, 0.8) * x"),
    "clip_above": threshold("clip_above(x, 1.2) * x"),
    "untranspose": [Case(Arr(4, 3)), Case(Arr(3, 2, 4), axes=(1, 0, 2))],
    "unconcatenate": [Case(Arr(5, 4), Seq(Arr(2, 4), Arr(3, 4))),
                      Case(Arr(3, 6), Seq(Arr(3, 2), Arr(3, 4)), axis=1)],
    "unstack": [Case(Arr(2, 3, 4), Seq(Arr(3, 4), Arr(3, 4))),
                Case(Arr(3, 2, 4), Seq(Arr(3, 4), Arr(3, 4)), axis=1)],
}


# tangent templates for a trailing batch axis (s2s.runtime.batched), used by batched
# forward mode over an adjoint; a helper not named here has no batched form
BATCHED = {
    "unbroadcast": "bunbroadcast(g_dot, x)",
    "broadcast_like": "bbroadcast_like(t_dot, x)",
    "sum_to_shape": "bsum_to_shape(g_dot, shape)",
    "unreduce": "bunreduce(g_dot, x, axis=axis, keepdims=keepdims)",
    "unreduce_extremum": "bunreduce_extremum(g_dot, x, m, axis=axis, keepdims=keepdims)",
    **{f"{kind}_vjp_lhs": f"b{kind}_vjp_lhs(g_dot, x, y) + b{kind}_vjp_lhs_dy(g, x, y_dot)"
       for kind in ("matmul", "dot")},
    **{f"{kind}_vjp_rhs": f"b{kind}_vjp_rhs(g_dot, x, y) + b{kind}_vjp_rhs_dx(g, x_dot, y)"
       for kind in ("matmul", "dot")},
    "reshape_like": "breshape_like(g_dot, x)",
    "untranspose": "buntranspose(g_dot, axes=axes)",
    "unconcatenate": "bunconcatenate(g_dot, arrays, axis=axis)",
    "unstack": "bunstack(g_dot, arrays, axis=axis)",
    "norm_vjp": "bnorm_vjp(g_dot, x, n, ord=ord, axis=axis, keepdims=keepdims)"
                " + bnorm_hvp(g, x, n, x_dot, ord=ord, axis=axis, keepdims=keepdims)",
    "unprod": "bunprod(g_dot, x, axis=axis, keepdims=keepdims)"
              " + bunprod_jvp(g, x, x_dot, axis=axis, keepdims=keepdims)",
}


def register(table):
    r = runtime
    table.defvjp(r.unbroadcast, "g, x", name="unbroadcast", shape="linear",
                 jvp="unbroadcast(g_dot, x)")
    table.defvjp(r.broadcast_like, "t, x", name="broadcast_like", shape="linear",
                 jvp="broadcast_like(t_dot, x)")
    table.defvjp(r.sum_to_shape, "g, shape", name="sum_to_shape", shape="linear",
                 jvp="sum_to_shape(g_dot, shape)")
    table.defvjp(r.unreduce, "g, x, axis=None, keepdims=False", name="unreduce", shape="linear",
                 jvp="unreduce(g_dot, x, axis=axis, keepdims=keepdims)")
    table.defvjp(r.unreduce_extremum, "g, x, m, axis=None, keepdims=False",
                 name="unreduce_extremum", shape="linear",
                 jvp="unreduce_extremum(g_dot, x, m, axis=axis, keepdims=keepdims)")
    table.defvjp(r.norm_vjp, "g, x, n, ord=None, axis=None, keepdims=False", name="norm_vjp",
                 jvp="norm_vjp(g_dot, x, n, ord=ord, axis=axis, keepdims=keepdims)"
                     " + norm_hvp(g, x, n, x_dot, ord=ord, axis=axis, keepdims=keepdims)")
    for side in ("lhs", "rhs"):
        name = f"inner_vjp_{side}"
        other = "x, y_dot" if side == "lhs" else "x_dot, y"
        table.defvjp(getattr(r, name), "g, x, y", name=name,
                     jvp=f"{name}(g_dot, x, y) + {name}(g, {other})")
    table.defvjp(r.unprod, "g, x, axis=None, keepdims=False", name="unprod",
                 jvp="unprod(g_dot, x, axis=axis, keepdims=keepdims)"
                     " + unprod_jvp(g, x, x_dot, axis=axis, keepdims=keepdims)")
    for name in ("clip_inside", "clip_below", "clip_above"):
        table.defvjp(getattr(r, name), "*args", name=name, shape="nondifferentiable")
    for side, other in (("lhs", "y"), ("rhs", "x")):
        for kind in ("matmul", "dot"):
            name = f"{kind}_vjp_{side}"
            table.defvjp(getattr(r, name), "g, x, y", name=name,
                         jvp=f"{name}(g_dot, x, y) + {name}(g, "
                             + ("x, y_dot)" if other == "y" else "x_dot, y)"))
    table.defvjp(r.reshape_like, "g, x", name="reshape_like", shape="linear",
                 jvp="reshape_like(g_dot, x)")
    table.defvjp(r.untranspose, "g, axes=None", name="untranspose", shape="linear",
                 jvp="untranspose(g_dot, axes=axes)")
    table.defvjp(r.unconcatenate, "g, arrays, axis=0", name="unconcatenate", shape="linear",
                 jvp="unconcatenate(g_dot, arrays, axis=axis)")
    table.defvjp(r.unstack, "g, arrays, axis=0", name="unstack", shape="linear",
                 jvp="unstack(g_dot, arrays, axis=axis)")
    table.defvjp(r.zeros_like, "x", name="zeros_like", shape="nondifferentiable")
    table.domains(DOMAINS)

"""Rules for the helpers that generated adjoint code calls, so that an adjoint can be
differentiated again (forward-over-reverse for Hessian-vector products). Each helper is
linear in its cotangent argument ``g``."""
from .. import runtime


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

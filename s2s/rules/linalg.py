"""Products and linear algebra."""
import numpy as np

from .domains import Arr, Case

# Where each rule is tested (s2s.rules.domains); a rule not named here is tested on
# the default domain.
DOMAINS = {
    # -- linear algebra
    "np.dot": [Case(Arr(3, 4), Arr(4)), Case(Arr(3, 4), Arr(4, 2)), Case(Arr(3), Arr(3)),
               Case(Arr(), Arr(3)), Case(Arr(3, 4), Arr()), Case(Arr(2, 3, 4), Arr(4))],
    "np.outer": [Case(Arr(3), Arr(4)), Case(Arr(2, 2), Arr(3))],
    "np.inner": [Case(Arr(3), Arr(3)), Case(Arr(2, 3), Arr(4, 3)), Case(Arr(2, 3), Arr(3))],
    "np.linalg.norm": [Case(Arr(3, signs=True)), Case(Arr(3, 4, signs=True)),
                       Case(Arr(3, 4, signs=True), axis=1),
                       Case(Arr(3, 4, signs=True), axis=0, keepdims=True),
                       Case(Arr(3, signs=True), 2), Case(Arr(3, signs=True), ord=1)],
    "np.trace": [Case(Arr(3, 3)), Case(Arr(3, 4))],
}


def register(table):
    table.defvjp(np.dot, "a, b", cotangent="reducing", jvp="np.dot(a_dot, b) + np.dot(a, b_dot)",
                 a="dot_vjp_lhs(g, a, b)", b="dot_vjp_rhs(g, a, b)")
    table.defvjp(np.outer, "a, b", jvp="np.outer(a_dot, b) + np.outer(a, b_dot)",
                 a="reshape_like(g @ np.ravel(b), a)", b="reshape_like(np.ravel(a) @ g, b)")
    table.defvjp(np.inner, "a, b", jvp="np.inner(a_dot, b) + np.inner(a, b_dot)",
                 a="inner_vjp_lhs(g, a, b)", b="inner_vjp_rhs(g, a, b)")
    table.defvjp(np.linalg.norm, "x, ord=None, axis=None, keepdims=False", cotangent="reducing",
                 jvp="np.sum(norm_vjp(1.0, x, ans, ord=ord, axis=axis, keepdims=keepdims) * x_dot,"
                     " axis=axis, keepdims=keepdims)",
                 x="norm_vjp(g, x, ans, ord=ord, axis=axis, keepdims=keepdims)")
    table.defvjp(np.trace, "a", jvp="np.trace(a_dot)", shape="linear",
                 a="g * np.eye(np.shape(a)[0], np.shape(a)[1])")
    table.domains(DOMAINS)

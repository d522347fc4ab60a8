"""Products and linear algebra.

Matrices are the last two axes: the ``np.linalg`` rules work on stacks ``(..., n, n)`` as
numpy does (solve, inv, det, slogdet, cholesky, eigh, eigvalsh, svd, qr, pinv). The
decompositions return tuples: their cotangent ``g`` is the tuple of the parts' cotangents
(zeros for the parts not used) and their tangent template returns a tuple. The longer
formulas are runtime helpers (``s2s/runtime/linalg.py``), each with its own jvp rule below
so that an adjoint can be differentiated again (Hessians).

What numpy computes, and so what is differentiated:

* ``eigh``, ``eigvalsh`` and ``cholesky`` read one triangle of their input (the lower one
  unless ``UPLO='U'`` / ``upper=True``). Their derivative is that of the function numpy
  computes: the other triangle gets a zero cotangent, and the off-diagonal entries of the
  triangle read get those of both halves. For a matrix the code builds symmetric
  (``X @ X.T``, ``(B + B.T) / 2``) the gradient with respect to what built it is the
  usual symmetric one (JAX's, which symmetrizes the input).
* ``svd`` and ``qr`` are differentiated in their reduced forms. ``svd`` with
  ``full_matrices=True`` (numpy's default) is differentiated for square matrices, and
  for others as far as the reduced factors go (below); ``qr`` needs at least as many rows
  as columns (mode 'reduced' or 'r', or 'complete' for a square matrix). ``svd(hermitian=True)`` and ``pinv(hermitian=True)`` have no rule.

Where a derivative does not exist, s2s does not make one up. The formulas divide by
differences of eigenvalues (``1 / (w_j - w_i)``), of squared singular values, or by
singular values (the singular vectors of a non-square matrix). At an exact tie (or zero)
such a quotient is 0 when its numerator is exactly 0, and ``nan`` otherwise. So a
function of the eigenvalues (singular values) alone has its exact gradient even at a
repeated eigenvalue, as do the eigenvectors of the eigenvalues that are not repeated;
anything that reads the eigenvectors of a repeated eigenvalue gets ``nan`` (their
derivative does not exist; even where the whole computation has one, as ``V f(w) V^T``,
it cannot be had from eigh's). Near a tie the derivative is large, as it truly is. JAX
returns inf/nan in the same cases. The columns of ``svd(..., full_matrices=True)``
beyond ``min(m, n)`` are not unique: their tangent is ``nan``, and a cotangent on them
raises ``MissingRuleError``.

``det`` is differentiated through the cofactor matrix (``d det(A) = sum(C * dA)``,
computed from an SVD), so its gradient is exact at singular matrices too (as JAX's);
its second derivative at a singular matrix raises ``MissingRuleError``. ``slogdet``,
``inv`` and ``solve`` have no derivative at a singular matrix (numpy raises). ``pinv``'s
derivative is that of the pseudo-inverse of constant rank. ``np.linalg.norm`` has rules
for every vector and matrix norm; the matrix norms 1, -1, inf, -inf, 2 and -2 have a kink
where two columns, rows or singular values tie for the maximum (or minimum), and there
the gradient is that of the one numpy finds first (the gradient of ``'nuc'`` at a zero
singular value takes sign 0); second derivatives exist for the 2-norm of vectors and the
Frobenius norm only (others raise ``MissingRuleError``).
"""
import numpy as np

from .. import runtime
from .domains import Arr, Case, Seq, Src

# well-conditioned (also as a stack), symmetric positive definite and symmetric
# matrices built from x
WELL = "(x + 3 * np.eye(3))"
SPD = "(x @ x.T + 3 * np.eye(3))"
SYM = "(x + x.T)"

# Where each rule is tested (s2s.rules.domains); a rule not named here is tested on
# the default domain.
DOMAINS = {
    # -- products
    "np.dot": [Case(Arr(3, 4), Arr(4)), Case(Arr(3, 4), Arr(4, 2)), Case(Arr(3), Arr(3)),
               Case(Arr(), Arr(3)), Case(Arr(3, 4), Arr()), Case(Arr(2, 3, 4), Arr(4))],
    "np.outer": [Case(Arr(3), Arr(4)), Case(Arr(2, 2), Arr(3))],
    "np.inner": [Case(Arr(3), Arr(3)), Case(Arr(2, 3), Arr(4, 3)), Case(Arr(2, 3), Arr(3))],
    "np.linalg.norm": [Case(Arr(3, signs=True)), Case(Arr(3, 4, signs=True)),
                       Case(Arr(3, 4, signs=True), axis=1),
                       Case(Arr(3, 4, signs=True), axis=0, keepdims=True),
                       Case(Arr(3, signs=True), 2), Case(Arr(3, signs=True), ord=1),
                       Case(Arr(3, 4, signs=True), "fro"), Case(Arr(3, 4, signs=True), "nuc"),
                       Case(Arr(3, 4, signs=True), 2), Case(Arr(4, 3, signs=True), -2),
                       Case(Arr(3, 4, signs=True), 1), Case(Arr(3, 4, signs=True), Src("-np.inf")),
                       Case(Arr(2, 3, 4, signs=True), "nuc", axis=(2, 1)),
                       Case(Arr(2, 3, 4, signs=True), Src("np.inf"), axis=(0, 2), keepdims=True)],
    "np.trace": [Case(Arr(3, 3)), Case(Arr(3, 4)), Case(Arr(3, 4), offset=1),
                 Case(Arr(2, 3, 4), axis1=1, axis2=2), Case(Arr(3, 2, 3), offset=-1, axis1=2,
                                                           axis2=0)],
    "np.tensordot": [Case(Arr(2, 3, 4, signs=True), Arr(3, 4, 5, signs=True)),
                     Case(Arr(3, 4, signs=True), Arr(4, 2, signs=True), axes=1),
                     Case(Arr(3, 4, 5, signs=True), Arr(5, 3, signs=True), axes=([0, 2], [1, 0])),
                     Case(Arr(2, signs=True), Arr(3, signs=True), axes=0)],
    "np.kron": [Case(Arr(2, 3, signs=True), Arr(2, 2, signs=True)),
                Case(Arr(3, signs=True), Arr(2, 2, signs=True)),
                Case(Arr(2, signs=True), Arr(3, signs=True))],
    "np.einsum": [Case("ij,jk->ik", Arr(3, 4, signs=True), Arr(4, 2, signs=True)),
                  Case("ij,jk", Arr(3, 4, signs=True), Arr(4, 2, signs=True)),
                  Case("ii->i", Arr(3, 3)), Case("ii", Arr(3, 3)), Case("ij->j", Arr(3, 4)),
                  Case("i,i", Arr(3, signs=True), Arr(3, signs=True)),
                  Case("...ij,...jk->...ik", Arr(2, 3, 4, signs=True), Arr(4, 2, signs=True)),
                  Case("bij,bjk,bkl->bil", Arr(2, 3, 2, signs=True), Arr(2, 2, 3, signs=True),
                       Arr(2, 3, 2, signs=True)),
                  Case("iij,j->ij", Arr(3, 3, 2, signs=True), Arr(2, signs=True)),
                  Case("i...,i...->...", Arr(3, 1, 2, signs=True), Arr(3, 2, 1, signs=True)),
                  Case("ij,jk->ik", Arr(3, 4, signs=True), Arr(4, 2, diff=False)),
                  Case("ij,jk->ik", Arr(3, 4, signs=True), Src("np.eye(4)"))],
    "np.vdot": [Case(Arr(3, signs=True), Arr(3, signs=True)),
                Case(Arr(2, 3, signs=True), Arr(3, 2, signs=True))],
    "np.cross": [Case(Arr(3, signs=True), Arr(3, signs=True)),
                 Case(Arr(4, 3, signs=True), Arr(3, signs=True)),
                 Case(Arr(3, 4, signs=True), Arr(4, 3, signs=True), axisa=0),
                 Case(Arr(3, 4, signs=True), Arr(3, 4, signs=True), axis=0)],
    # -- np.linalg (S: a symmetric positive definite matrix from x, W: a well-conditioned one)
    "np.linalg.solve": [
        Case(Arr(3, 3, signs=True), Arr(3, signs=True), expr=f"np.linalg.solve({WELL}, y)"),
        Case(Arr(3, 3, signs=True), Arr(3, 2, signs=True), expr=f"np.linalg.solve({WELL}, y)"),
        Case(Arr(2, 3, 3, signs=True), Arr(3, signs=True),
             expr=f"np.linalg.solve({WELL}, y)", jax=False),  # jax.numpy: b (3,) differs
        Case(Arr(2, 3, 3, signs=True), Arr(3, 2, signs=True),
             expr=f"np.linalg.solve({WELL}, y)"),
        Case(Arr(3, 3, signs=True), Arr(2, 3, 2, signs=True),
             expr=f"np.linalg.solve({WELL}, y)")],
    "np.linalg.inv": [Case(Arr(3, 3, signs=True), expr=f"np.linalg.inv({WELL})"),
                      Case(Arr(2, 3, 3, signs=True), expr=f"np.linalg.inv({WELL})")],
    "np.linalg.det": [Case(Arr(3, 3, signs=True), expr=f"np.linalg.det({WELL})"),
                      Case(Arr(2, 3, 3, signs=True)), Case(Arr(1, 1, signs=True))],
    "np.linalg.slogdet": [
        Case(Arr(3, 3, signs=True), expr=f"np.linalg.slogdet({WELL})[1]"),
        Case(Arr(3, 3, signs=True), expr="np.linalg.slogdet(x)[0] * np.linalg.slogdet(x)[1]"),
        Case(Arr(2, 3, 3, signs=True), expr=f"np.linalg.slogdet({WELL})[1]")],
    "np.linalg.cholesky": [
        Case(Arr(3, 3, signs=True), expr=f"np.linalg.cholesky({SPD})"),
        Case(Arr(3, 3, signs=True), expr=f"np.linalg.cholesky({SPD}, upper=True)",
             jax=f"np.linalg.cholesky({SPD}).T"),
        Case(Arr(3, 3, signs=True), Arr(3, 3, signs=True),
             expr=f"np.linalg.cholesky({SPD} + 0.3 * y)", jax=False),  # y: not symmetric
        Case(Arr(2, 3, 3, signs=True),
             expr="np.linalg.cholesky(x @ np.swapaxes(x, -1, -2) + 3 * np.eye(3))")],
    "np.linalg.eigh": [
        # eigenvalues, and eigenvectors through a use that does not depend on their signs
        Case(Arr(3, 3, signs=True), expr=f"np.linalg.eigh({SYM})[0]"),
        Case(Arr(3, 3, signs=True), Arr(3, signs=True),
             body=f"""
             w, v = np.linalg.eigh({SYM})
             return v @ np.diag(np.sin(w) * y) @ v.T"""),
        Case(Arr(3, 3, signs=True), expr=f"np.linalg.eigh({SYM})[1] ** 2"),
        Case(Arr(3, 3, signs=True), expr="np.linalg.eigh(x, UPLO='U')[1] ** 2", jax=False),
        Case(Arr(3, 3, signs=True), expr="np.linalg.eigh(x)[0]", jax=False),  # not symmetric
        Case(Arr(2, 3, 3, signs=True),
             expr="np.linalg.eigh(x + np.swapaxes(x, -1, -2))[1] ** 2")],
    "np.linalg.eigvalsh": [Case(Arr(3, 3, signs=True), expr=f"np.linalg.eigvalsh({SYM})"),
                           Case(Arr(3, 3, signs=True), UPLO="U", jax=False),
                           Case(Arr(2, 3, 3, signs=True), jax=False)],
    "np.linalg.svd": [
        Case(Arr(3, 3, signs=True), compute_uv=False),
        Case(Arr(4, 3, signs=True), compute_uv=False),
        Case(Arr(3, 4, signs=True), expr="np.linalg.svd(x)[1]",  # jax: reduced forms only
             jax="np.linalg.svd(x, full_matrices=False)[1]"),
        Case(Arr(4, 3, signs=True), expr="np.linalg.svd(x, full_matrices=False)[0] ** 2"),
        Case(Arr(3, 4, signs=True), expr="np.linalg.svd(x, full_matrices=False)[2] ** 2"),
        Case(Arr(3, 3, signs=True), Arr(3, signs=True), body="""
             u, s, vt = np.linalg.svd(x)
             return u @ np.diag(s * y) @ vt"""),
        Case(Arr(2, 4, 3, signs=True), Arr(3, signs=True), body="""
             u, s, vt = np.linalg.svd(x, full_matrices=False)
             return (u * (np.sin(s) * y)[..., None, :]) @ vt""")],
    "np.linalg.qr": [
        Case(Arr(3, 3, signs=True), body=f"""
             q, r = np.linalg.qr({WELL})
             return q * np.diag(r) @ r"""),
        Case(Arr(4, 3, signs=True), Arr(3, signs=True), body="""
             q, r = np.linalg.qr(x)
             return (q * y) @ (r.T * np.sign(np.diag(r)))"""),
        Case(Arr(4, 3, signs=True), expr="np.linalg.qr(x)[1] ** 2"),
        Case(Arr(4, 3, signs=True), expr="np.linalg.qr(x, mode='r') ** 2", jax=False),
        Case(Arr(2, 4, 3, signs=True), expr="np.linalg.qr(x)[0] ** 2")],
    "np.linalg.pinv": [Case(Arr(3, 3, signs=True), expr=f"np.linalg.pinv({WELL})"),
                       Case(Arr(4, 3, signs=True)), Case(Arr(3, 4, signs=True)),
                       Case(Arr(2, 4, 3, signs=True))],
    "np.linalg.matrix_power": [Case(Arr(3, 3, signs=True), 3), Case(Arr(3, 3, signs=True), 1),
                               Case(Arr(3, 3, signs=True), 0),
                               Case(Arr(3, 3, signs=True),
                                    expr=f"np.linalg.matrix_power({WELL}, -2)")],
    "np.linalg.multi_dot": [Case(Seq(Arr(2, 3, signs=True), Arr(3, 4, signs=True),
                                     Arr(4, 2, signs=True))),
                            Case(Seq(Arr(3, signs=True), Arr(3, 4, signs=True),
                                     Arr(4, signs=True))),
                            Case(Seq(Arr(3, signs=True), Arr(3, 2, signs=True),
                                     Arr(2, 4, diff=False)))],
    # -- helpers that generated adjoint code calls (jvp rules, for forward-over-reverse);
    # x is the cotangent where the helper takes one
    "mT": [Case(Arr(3, 4)), Case(Arr(2, 3, 4))],
    "solve_transposed": [Case(Arr(3, 3, signs=True), Arr(3), expr=f"solve_transposed({WELL}, y)"),
                         Case(Arr(2, 3, 3, signs=True), Arr(2, 3, 2),
                              expr=f"solve_transposed({WELL}, y)")],
    "solve_outer": [Case(Arr(3), Arr(3), Arr(3, 3)), Case(Arr(2, 3, 2), Arr(2, 3, 2), Arr(3, 3)),
                    Case(Arr(2, 3), Arr(2, 3), Arr(2, 3, 3))],
    "cofactor": [Case(Arr(3, 3, signs=True), expr=f"cofactor({WELL})"),
                 Case(Arr(2, 3, 3, signs=True), expr=f"cofactor({WELL})")],
    "cholesky_vjp": [Case(Arr(3, 3, signs=True), Arr(3, 3, signs=True),
                          expr=f"cholesky_vjp(y, np.linalg.cholesky({SPD}))"),
                     Case(Arr(3, 3, signs=True), Arr(3, 3, signs=True),
                          expr=f"cholesky_vjp(y, np.linalg.cholesky({SPD}, upper=True), "
                               "upper=True)")],
    "eigh_vjp": [Case(Arr(3, 3, signs=True), Arr(3, signs=True), Arr(3, 3, signs=True), body=f"""
                      w, v = np.linalg.eigh({SYM})
                      return eigh_vjp((y, v * z), (w, v))""")],
    "eigvalsh_vjp": [Case(Arr(3, 3, signs=True), Arr(3, signs=True),
                          expr=f"eigvalsh_vjp(y, {SYM})")],
    "svd_vjp": [Case(Arr(4, 3, signs=True), Arr(3, signs=True), Arr(4, 3, signs=True),
                     Arr(3, 3, signs=True), body="""
                     left, sv, right = np.linalg.svd(x, full_matrices=False)
                     return svd_vjp((left * z, y, right * u), x, (left, sv, right),
                                    full_matrices=False)"""),
                Case(Arr(3, 4, signs=True), Arr(3, signs=True),
                     expr="svd_vjp(y, x, np.linalg.svd(x, compute_uv=False), compute_uv=False)")],
    "qr_vjp": [Case(Arr(4, 3, signs=True), Arr(4, 3, signs=True), Arr(3, 3, signs=True), body="""
                    q, r = np.linalg.qr(x)
                    return qr_vjp((y, z), x, (q, r))""")],
    "pinv_vjp": [Case(Arr(4, 3, signs=True), Arr(3, 4, signs=True),
                      expr="pinv_vjp(y, x, np.linalg.pinv(x))")],
    "matrix_power_vjp": [Case(Arr(3, 3, signs=True), Arr(3, 3, signs=True),
                              expr="matrix_power_vjp(y, x, 3)"),
                         Case(Arr(3, 3, signs=True), Arr(3, 3, signs=True),
                              expr=f"matrix_power_vjp(y, {WELL}, -1)")],
    "multi_dot_vjp": [Case(Arr(2, 4), Arr(2, 3), Arr(3, 4),
                           expr="multi_dot_vjp(x, [y, z])[0] + multi_dot_vjp(x, [y, z])[1].sum()")],
    "einsum_vjp": [Case(Arr(3, 2), Arr(3, 4), Arr(4, 2),
                        expr="einsum_vjp(x, 'ij,jk->ik', (y, z), 0)"),
                   Case(Arr(3), Arr(3, 3), expr="einsum_vjp(x, 'ii->i', (y,), 0)")],
    "tensordot_vjp_lhs": [Case(Arr(2, 5), Arr(2, 3, 4), Arr(3, 4, 5))],
    "tensordot_vjp_rhs": [Case(Arr(2, 5), Arr(2, 3, 4), Arr(3, 4, 5))],
    "kron_vjp_lhs": [Case(Arr(4, 6), Arr(2, 3), Arr(2, 2))],
    "kron_vjp_rhs": [Case(Arr(4, 6), Arr(2, 3), Arr(2, 2))],
    "cross_vjp_lhs": [Case(Arr(4, 3), Arr(4, 3), Arr(3))],
    "cross_vjp_rhs": [Case(Arr(4, 3), Arr(4, 3), Arr(3))],
    "untrace": [Case(Arr(), Arr(3, 4)), Case(Arr(2), Arr(2, 3, 4), axis1=1, axis2=2, offset=1)],
}


def register(table):
    # -- products
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
    trace_axes = "offset=offset, axis1=axis1, axis2=axis2"
    table.defvjp(np.trace, "a, offset=0, axis1=0, axis2=1, dtype=None, out=None", shape="linear",
                 jvp=f"np.trace(a_dot, {trace_axes})", a=f"untrace(g, a, {trace_axes})")
    table.defvjp(np.tensordot, "a, b, axes=2",
                 jvp="np.tensordot(a_dot, b, axes=axes) + np.tensordot(a, b_dot, axes=axes)",
                 a="tensordot_vjp_lhs(g, a, b, axes=axes)", b="tensordot_vjp_rhs(g, a, b, axes=axes)")
    table.defvjp(np.kron, "a, b", jvp="np.kron(a_dot, b) + np.kron(a, b_dot)",
                 a="kron_vjp_lhs(g, a, b)", b="kron_vjp_rhs(g, a, b)")
    # *operands: the template sees them as one tuple; ``argnum`` is the operand whose
    # cotangent it writes
    table.defvjp(np.einsum, "subscripts, *operands",
                 jvp="einsum_jvp(subscripts, operands, operands_dot)",
                 operands="einsum_vjp(g, subscripts, operands, argnum)")
    table.defvjp(np.vdot, "a, b", jvp="np.vdot(a_dot, b) + np.vdot(a, b_dot)",
                 a="g * reshape_like(b, a)", b="g * reshape_like(a, b)")
    cross_axes = "axisa=axisa, axisb=axisb, axisc=axisc, axis=axis"
    table.defvjp(np.cross, "a, b, axisa=-1, axisb=-1, axisc=-1, axis=None",
                 jvp=f"np.cross(a_dot, b, {cross_axes}) + np.cross(a, b_dot, {cross_axes})",
                 a=f"cross_vjp_lhs(g, a, b, {cross_axes})", b=f"cross_vjp_rhs(g, a, b, {cross_axes})")

    # -- np.linalg; x = solve(a, b): the course notes' adjoint, b_bar = A^{-T} g and
    # a_bar = -b_bar x^T (each summed to its operand's shape where a stack broadcast)
    table.defvjp(np.linalg.solve, "a, b",
                 jvp="solve_like(a, b_dot - solve_product(a_dot, ans), ans)",
                 a="-solve_outer(solve_transposed(a, g), ans, a)",
                 b="unbroadcast(solve_transposed(a, g), b)")
    table.defvjp(np.linalg.inv, "a", jvp="-(ans @ a_dot @ ans)", a="-(mT(ans) @ g @ mT(ans))")
    table.defvjp(np.linalg.det, "a", jvp="np.sum(cofactor(a) * a_dot, axis=(-2, -1))",
                 a="np.expand_dims(g, (-2, -1)) * cofactor(a)")
    table.defvjp(np.linalg.slogdet, "a",
                 jvp="(zeros_like(ans[0]), np.trace(np.linalg.solve(a, a_dot), axis1=-2, axis2=-1))",
                 a="np.expand_dims(g[1], (-2, -1)) * mT(np.linalg.inv(a))")
    table.defvjp(np.linalg.cholesky, "a, upper=False", jvp="cholesky_jvp(a_dot, ans, upper=upper)",
                 a="cholesky_vjp(g, ans, upper=upper)")
    table.defvjp(np.linalg.eigh, "a, UPLO='L'", jvp="eigh_jvp(a_dot, ans, UPLO=UPLO)",
                 a="eigh_vjp(g, ans, UPLO=UPLO)")
    table.defvjp(np.linalg.eigvalsh, "a, UPLO='L'", jvp="eigvalsh_jvp(a, a_dot, UPLO=UPLO)",
                 a="eigvalsh_vjp(g, a, UPLO=UPLO)")
    svd_opts = "full_matrices=full_matrices, compute_uv=compute_uv, hermitian=hermitian"
    table.defvjp(np.linalg.svd, "a, full_matrices=True, compute_uv=True, hermitian=False",
                 jvp=f"svd_jvp(a, a_dot, ans, {svd_opts})", a=f"svd_vjp(g, a, ans, {svd_opts})")
    table.defvjp(np.linalg.qr, "a, mode='reduced'", jvp="qr_jvp(a, a_dot, ans, mode=mode)",
                 a="qr_vjp(g, a, ans, mode=mode)")
    table.defvjp(np.linalg.pinv, "a, rcond=None, hermitian=False, *, rtol=None",
                 jvp="pinv_jvp(a, a_dot, ans, hermitian=hermitian)",
                 a="pinv_vjp(g, a, ans, hermitian=hermitian)")
    table.defvjp(np.linalg.matrix_power, "a, n", jvp="matrix_power_jvp(a, a_dot, n)",
                 a="matrix_power_vjp(g, a, n)")
    table.defvjp(np.linalg.multi_dot, "arrays, *, out=None",
                 jvp="multi_dot_jvp(arrays, arrays_dot)", arrays="multi_dot_vjp(g, arrays)")

    # -- their helpers, for forward-over-reverse: each is linear in its cotangent g
    r = runtime
    table.defvjp(r.mT, "x", name="mT", shape="linear", jvp="mT(x_dot)")
    table.defvjp(r.solve_transposed, "a, g", name="solve_transposed",
                 jvp="solve_transposed(a, g_dot - solve_product(mT(a_dot), ans))")
    table.defvjp(r.solve_outer, "t, x, a", name="solve_outer",
                 jvp="solve_outer(t_dot, x, a) + solve_outer(t, x_dot, a)")
    table.defvjp(r.cofactor, "a", name="cofactor", jvp="cofactor_jvp(a, a_dot)")
    table.defvjp(r.cholesky_vjp, "g, L, upper=False", name="cholesky_vjp",
                 jvp="cholesky_vjp(g_dot, L, upper=upper) + cholesky_vjp_jvp(g, L, L_dot, upper=upper)")
    table.defvjp(r.eigh_vjp, "g, wv, UPLO='L'", name="eigh_vjp",
                 jvp="eigh_vjp(g_dot, wv, UPLO=UPLO) + eigh_vjp_jvp(g, wv, wv_dot, UPLO=UPLO)")
    table.defvjp(r.eigvalsh_vjp, "g, a, UPLO='L'", name="eigvalsh_vjp",
                 jvp="eigvalsh_vjp(g_dot, a, UPLO=UPLO) + eigvalsh_vjp_jvp(g, a, a_dot, UPLO=UPLO)")
    table.defvjp(r.svd_vjp, "g, a, usv, full_matrices=True, compute_uv=True, hermitian=False",
                 name="svd_vjp", jvp=f"svd_vjp(g_dot, a, usv, {svd_opts})"
                                     f" + svd_vjp_jvp(g, a, usv, a_dot, {svd_opts})")
    table.defvjp(r.qr_vjp, "g, a, qr, mode='reduced'", name="qr_vjp",
                 jvp="qr_vjp(g_dot, a, qr, mode=mode) + qr_vjp_jvp(g, a, qr, a_dot, mode=mode)")
    table.defvjp(r.pinv_vjp, "g, a, x, hermitian=False", name="pinv_vjp",
                 jvp="pinv_vjp(g_dot, a, x, hermitian=hermitian)"
                     " + pinv_vjp_jvp(g, a, x, a_dot, x_dot, hermitian=hermitian)")
    table.defvjp(r.matrix_power_vjp, "g, a, n", name="matrix_power_vjp",
                 jvp="matrix_power_vjp(g_dot, a, n) + matrix_power_vjp_jvp(g, a, a_dot, n)")
    table.defvjp(r.multi_dot_vjp, "g, arrays", name="multi_dot_vjp",
                 jvp="multi_dot_vjp_jvp(g, arrays, g_dot, arrays_dot)")  # a tuple: one helper
    table.defvjp(r.einsum_vjp, "g, subscripts, operands, argnum", name="einsum_vjp",
                 jvp="einsum_vjp(g_dot, subscripts, operands, argnum)"
                     " + einsum_vjp_jvp(g, subscripts, operands, operands_dot, argnum)")
    for name, sig, extra in (
            ("tensordot", "g, a, b, axes=2", ", axes=axes"), ("kron", "g, a, b", ""),
            ("cross", "g, a, b, axisa=-1, axisb=-1, axisc=-1, axis=None", ", " + cross_axes)):
        # linear in g and in the other operand (the own one gives only its shape)
        for side, other in (("lhs", "a, b_dot"), ("rhs", "a_dot, b")):
            helper = f"{name}_vjp_{side}"
            table.defvjp(getattr(r, helper), sig, name=helper,
                         jvp=f"{helper}(g_dot, a, b{extra}) + {helper}(g, {other}{extra})")
    table.defvjp(r.untrace, "g, a, offset=0, axis1=0, axis2=1", name="untrace", shape="linear",
                 jvp=f"untrace(g_dot, a, {trace_axes})")
    table.domains(DOMAINS)

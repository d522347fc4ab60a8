"""Derivatives through np.linalg and the tensor products, against the course notes'
formulas, jax (float64) and finite differences.

Every rule is also checked on its declared domain by tests/test_rules.py; here are whole
functions: the adjoint of a linear solve and of the singular values as the notes derive
them, a Gaussian log-likelihood, Hessians (forward over the generated reverse-mode code),
stacks of matrices, and the documented behaviour where a derivative does not exist.
"""
from __future__ import annotations

import numpy as np
import pytest

import s2s
from s2s.errors import MissingRuleError

from .catalogue import central_difference, enable_jax_x64

jax = enable_jax_x64()
jnp = jax.numpy

RTOL = 1e-6


def rng():
    return np.random.default_rng(7)


def well(n, r, batch=()):
    """A well-conditioned matrix (or stack of them)."""
    return r.standard_normal(batch + (n, n)) + 3 * np.eye(n)


def spd(n, r, batch=()):
    x = r.standard_normal(batch + (n, n))
    return x @ np.swapaxes(x, -1, -2) + n * np.eye(n)


def reference(transform, f, *args, **kwargs):
    """``transform(f, **kwargs)(*args)`` in jax, compiled once (eager jax runs each operation
    of a Hessian on its own and is many times slower)."""
    fn = jax.jit(transform(f, **kwargs))
    return fn.lower(*args).compile(
        compiler_options={"xla_backend_optimization_level": 0})(*args)


def close(actual, expected, rtol=RTOL, atol=1e-10):
    np.testing.assert_allclose(np.asarray(actual), np.asarray(expected), rtol=rtol, atol=atol)


# -- the course notes: the adjoint of a linear solve ----------------------------------------
def solve_weighted(A, b, w):
    x = np.linalg.solve(A, b)
    return np.sum(w * x)


def test_solve_adjoint_is_the_course_formula():
    """L = <w, x> with x = A^{-1} b, so g = w: dA = -A^{-T} g x^T and db = A^{-T} g."""
    r = rng()
    A, b, w = well(4, r), r.standard_normal(4), r.standard_normal(4)
    dA, db = s2s.grad(solve_weighted, wrt=(0, 1))(A, b, w)
    x = np.linalg.solve(A, b)
    lam = np.linalg.solve(A.T, w)  # A^{-T} g
    close(db, lam, rtol=1e-12)
    close(dA, -np.outer(lam, x), rtol=1e-12)


def solve_matrix_rhs(A, B, W):
    return np.sum(W * np.linalg.solve(A, B))


def test_solve_adjoint_with_a_matrix_right_hand_side():
    r = rng()
    A, B, W = well(3, r), r.standard_normal((3, 2)), r.standard_normal((3, 2))
    dA, dB = s2s.grad(solve_matrix_rhs, wrt=(0, 1))(A, B, W)
    X = np.linalg.solve(A, B)
    lam = np.linalg.solve(A.T, W)
    close(dB, lam, rtol=1e-12)
    close(dA, -lam @ X.T, rtol=1e-12)


def test_solve_source_reads_like_the_notes():
    """The generated adjoint is the notes' two lines: one solve with A^T, one outer product."""
    src = s2s.source(s2s.grad(solve_weighted, wrt=(0, 1)))
    assert "x = np.linalg.solve(A, b)" in src
    assert "solve_transposed(A, " in src  # A^{-T} g, computed once
    assert src.count("solve_transposed(") == 1
    assert "A_bar = -solve_outer(" in src
    forward = s2s.source(solve_weighted, mode="forward", wrt=(0, 1))
    assert "solve_like(A, b_dot - solve_product(A_dot, x), x)" in forward


# -- the course notes: the adjoint of the singular values -------------------------------------
def singular_values_weighted(W, c):
    return np.sum(c * np.linalg.svd(W, compute_uv=False))


def singular_values_unpacked(W, c):
    u, s, vt = np.linalg.svd(W, full_matrices=False)
    return np.sum(c * s)


def singular_values_indexed(W, c):
    return np.sum(c * np.linalg.svd(W)[1])


@pytest.mark.parametrize("fn", [singular_values_weighted, singular_values_unpacked,
                                singular_values_indexed])
@pytest.mark.parametrize("shape", [(4, 4), (5, 3), (3, 5)])
def test_singular_value_adjoint_is_u_diag_v(fn, shape):
    """dW = U diag(g_sigma) V^T, whichever way the singular values are read."""
    r = rng()
    W = r.standard_normal(shape)
    c = r.standard_normal(min(shape))
    u, s, vt = np.linalg.svd(W, full_matrices=False)
    close(s2s.grad(fn)(W, c), u @ np.diag(c) @ vt, rtol=1e-10)


def nuclear_norm(W):
    return np.linalg.norm(W, "nuc")


def test_nuclear_norm_gradient_is_u_vt():
    W = rng().standard_normal((4, 3))
    u, s, vt = np.linalg.svd(W, full_matrices=False)
    close(s2s.grad(nuclear_norm)(W), u @ vt, rtol=1e-10)


# -- small models against jax ---------------------------------------------------------------
def gaussian_nll(L, mu, X):
    """Negative log-likelihood of the rows of X under N(mu, S), S = L L^T + I."""
    S = L @ L.T + np.eye(L.shape[0])
    sign, logdet = np.linalg.slogdet(S)
    D = X - mu
    quad = np.sum(D * np.linalg.solve(S, D.T).T)
    n, d = X.shape
    return 0.5 * (quad + n * logdet + n * d * np.log(2 * np.pi))


def gaussian_nll_jax(L, mu, X):
    S = L @ L.T + jnp.eye(L.shape[0])
    sign, logdet = jnp.linalg.slogdet(S)
    D = X - mu
    quad = jnp.sum(D * jnp.linalg.solve(S, D.T).T)
    n, d = X.shape
    return 0.5 * (quad + n * logdet + n * d * jnp.log(2 * jnp.pi))


def test_gaussian_log_likelihood_against_jax():
    r = rng()
    L, mu, X = r.standard_normal((3, 3)), r.standard_normal(3), r.standard_normal((20, 3))
    ours = s2s.grad(gaussian_nll, wrt=(0, 1))(L, mu, X)
    ref = reference(jax.grad, gaussian_nll_jax, L, mu, X, argnums=(0, 1))
    for a, b in zip(ours, ref):
        close(a, b)


def least_squares(A, y, lam):
    """Ridge regression by the normal equations; the loss of its fit."""
    w = np.linalg.solve(A.T @ A + lam * np.eye(A.shape[1]), A.T @ y)
    return np.sum((A @ w - y) ** 2) + lam * w @ w


def least_squares_jax(A, y, lam):
    w = jnp.linalg.solve(A.T @ A + lam * jnp.eye(A.shape[1]), A.T @ y)
    return jnp.sum((A @ w - y) ** 2) + lam * w @ w


def test_least_squares_against_jax():
    r = rng()
    A, y = r.standard_normal((10, 3)), r.standard_normal(10)
    ours = s2s.grad(least_squares, wrt=(0, 1, 2))(A, y, 0.5)
    ref = reference(jax.grad, least_squares_jax, A, y, 0.5, argnums=(0, 1, 2))
    for a, b in zip(ours, ref):
        close(a, b)


def cholesky_logdet(X):
    L = np.linalg.cholesky(X @ X.T + 2 * np.eye(3))
    return 2 * np.sum(np.log(np.diagonal(L))) + np.sum(L ** 2)


def cholesky_logdet_jax(X):
    L = jnp.linalg.cholesky(X @ X.T + 2 * jnp.eye(3))
    return 2 * jnp.sum(jnp.log(jnp.diagonal(L))) + jnp.sum(L ** 2)


def spectral(X):
    w, v = np.linalg.eigh(X + X.T)
    return np.sum(v @ np.diag(np.tanh(w)) @ v.T * X)


def spectral_jax(X):
    w, v = jnp.linalg.eigh(X + X.T)
    return jnp.sum(v @ jnp.diag(jnp.tanh(w)) @ v.T * X)


def qr_features(X):
    q, r = np.linalg.qr(X)
    return np.sum(np.abs(np.diag(r))) + np.sum((q @ q.T) * (X @ X.T))


def qr_features_jax(X):
    q, r = jnp.linalg.qr(X)
    return jnp.sum(jnp.abs(jnp.diag(r))) + jnp.sum((q @ q.T) * (X @ X.T))


def einsum_bilinear(x, A, y):
    return np.einsum("i,ij,j", x, A, y) + np.einsum("ii", A) * np.einsum("i,i->", x, y)


def einsum_bilinear_jax(x, A, y):
    return jnp.einsum("i,ij,j", x, A, y) + jnp.einsum("ii", A) * jnp.einsum("i,i->", x, y)


@pytest.mark.parametrize("fn, ref, shapes", [
    (cholesky_logdet, cholesky_logdet_jax, [(3, 3)]),
    (spectral, spectral_jax, [(4, 4)]),
    (qr_features, qr_features_jax, [(5, 3)]),
    (einsum_bilinear, einsum_bilinear_jax, [(3,), (3, 3), (3,)]),
], ids=["cholesky", "eigh", "qr", "einsum"])
def test_decompositions_against_jax(fn, ref, shapes):
    r = rng()
    args = [r.standard_normal(s) for s in shapes]
    wrt = tuple(range(len(args)))
    ours = s2s.grad(fn, wrt=wrt)(*args)
    want = reference(jax.grad, ref, *args, argnums=wrt)
    for a, b in zip(ours, want):
        close(a, b)


# -- Hessians: forward mode over the generated adjoint ----------------------------------------
def solve_inv_det(A):
    b = np.arange(1.0, 4.0)
    x = np.linalg.solve(A, b)
    return x @ x + np.trace(np.linalg.inv(A)) + np.linalg.det(A)


def solve_inv_det_jax(A):
    b = jnp.arange(1.0, 4.0)
    x = jnp.linalg.solve(A, b)
    return x @ x + jnp.trace(jnp.linalg.inv(A)) + jnp.linalg.det(A)


def logdet_quadratic(A, v):
    sign, logdet = np.linalg.slogdet(A @ A.T + np.eye(3))
    return logdet + v @ np.linalg.solve(A @ A.T + np.eye(3), v)


def logdet_quadratic_jax(A, v):
    sign, logdet = jnp.linalg.slogdet(A @ A.T + jnp.eye(3))
    return logdet + v @ jnp.linalg.solve(A @ A.T + jnp.eye(3), v)


def eig_energy(X):
    w = np.linalg.eigvalsh(X + X.T)
    return np.sum(w ** 3)


def eig_energy_jax(X):
    w = jnp.linalg.eigvalsh(X + X.T)
    return jnp.sum(w ** 3)


def svd_energy(X):
    u, s, vt = np.linalg.svd(X, full_matrices=False)
    return np.sum(s ** 3) + np.sum((u * s) @ vt * X)


def svd_energy_jax(X):
    u, s, vt = jnp.linalg.svd(X, full_matrices=False)
    return jnp.sum(s ** 3) + jnp.sum((u * s) @ vt * X)


def power_chain(A):
    return np.sum(np.linalg.matrix_power(A, 3)) + np.sum(np.linalg.pinv(A) ** 2)


def power_chain_jax(A):
    return jnp.sum(jnp.linalg.matrix_power(A, 3)) + jnp.sum(jnp.linalg.pinv(A) ** 2)


def cholesky_solve_energy(X):
    L = np.linalg.cholesky(X @ X.T + 3 * np.eye(3))
    return np.sum(np.linalg.inv(L) ** 2) + np.einsum("ij,ij->", L, X)


def cholesky_solve_energy_jax(X):
    L = jnp.linalg.cholesky(X @ X.T + 3 * jnp.eye(3))
    return jnp.sum(jnp.linalg.inv(L) ** 2) + jnp.einsum("ij,ij->", L, X)


@pytest.mark.parametrize("fn, ref, make", [
    (solve_inv_det, solve_inv_det_jax, lambda r: (well(3, r),)),
    (logdet_quadratic, logdet_quadratic_jax, lambda r: (r.standard_normal((3, 3)),
                                                        r.standard_normal(3))),
    (eig_energy, eig_energy_jax, lambda r: (r.standard_normal((3, 3)),)),
    (svd_energy, svd_energy_jax, lambda r: (r.standard_normal((4, 3)),)),
    (power_chain, power_chain_jax, lambda r: (well(3, r),)),
    (cholesky_solve_energy, cholesky_solve_energy_jax, lambda r: (r.standard_normal((3, 3)),)),
], ids=["solve-inv-det", "slogdet-solve", "eigvalsh", "svd", "matrix_power-pinv", "cholesky"])
def test_hessian_against_jax(fn, ref, make):
    args = make(rng())
    close(s2s.hessian(fn)(*args), reference(jax.hessian, ref, *args), rtol=1e-6, atol=1e-9)


# -- stacks of matrices ---------------------------------------------------------------------------
def batched(A, B, b):
    x = np.linalg.solve(A, b)          # (4, 3): b is one vector for every matrix
    Y = np.linalg.solve(A, B)          # (4, 3, 2)
    sign, logdet = np.linalg.slogdet(A)
    w = np.linalg.eigvalsh(A @ np.swapaxes(A, -1, -2))
    s = np.linalg.svd(A, compute_uv=False)
    L = np.linalg.cholesky(A @ np.swapaxes(A, -1, -2) + np.eye(3))
    return (np.sum(x ** 2) + np.sum(Y * (np.linalg.inv(A) @ B)) + np.sum(logdet * sign)
            + np.sum(np.linalg.det(A)) + np.sum(w * s) + np.sum(L))


def batched_jax(A, B, b):
    x = jnp.linalg.solve(A, jnp.broadcast_to(b, A.shape[:-1])[..., None])[..., 0]
    Y = jnp.linalg.solve(A, B)
    sign, logdet = jnp.linalg.slogdet(A)
    w = jnp.linalg.eigvalsh(A @ jnp.swapaxes(A, -1, -2))
    s = jnp.linalg.svd(A, compute_uv=False)
    L = jnp.linalg.cholesky(A @ jnp.swapaxes(A, -1, -2) + jnp.eye(3))
    return (jnp.sum(x ** 2) + jnp.sum(Y * (jnp.linalg.inv(A) @ B)) + jnp.sum(logdet * sign)
            + jnp.sum(jnp.linalg.det(A)) + jnp.sum(w * s) + jnp.sum(L))


def test_stacked_matrices_against_jax():
    r = rng()
    A, B, b = well(3, r, (4,)), r.standard_normal((3, 2)), r.standard_normal(3)
    ours = s2s.grad(batched, wrt=(0, 1, 2))(A, B, b)
    want = reference(jax.grad, batched_jax, A, B, b, argnums=(0, 1, 2))
    for a, w in zip(ours, want):
        close(a, w)


def stacked_eigh(X):
    w, v = np.linalg.eigh(X + np.swapaxes(X, -1, -2))
    return np.sum(np.sin(w)) + np.sum(v ** 4)


def test_stacked_forward_mode_and_jacobian():
    """jvp and the Jacobian of a stacked decomposition against finite differences."""
    r = rng()
    X, t = r.standard_normal((2, 3, 3)), r.standard_normal((2, 3, 3))
    _, tangent = s2s.jvp(stacked_eigh, (X,), (t,))
    h = 1e-6
    fd = (stacked_eigh(X + h * t) - stacked_eigh(X - h * t)) / (2 * h)
    close(tangent, fd, rtol=1e-6)
    close(s2s.grad(stacked_eigh)(X), central_difference(stacked_eigh, (X,), 0), rtol=1e-5)


# -- where a derivative does not exist (documented in s2s/rules/linalg.py) ----------------------
def eigenvalue_sum_of_squares(A):
    return np.sum(np.linalg.eigh(A)[0] ** 2)


def top_eigenvector(A):
    w, v = np.linalg.eigh(A)
    return np.sum(v[:, -1] * np.arange(1.0, 4.0))


def eigenprojector(A):
    w, v = np.linalg.eigh(A)
    return np.sum((v * w) @ v.T)


def test_repeated_eigenvalues():
    """At a repeated eigenvalue a function of the eigenvalues alone still has its exact
    gradient (here 2 A, on the triangle numpy reads), and so do the eigenvectors of the
    eigenvalues that are not repeated. Anything that reads the eigenvectors of the repeated
    eigenvalue gets nan, as in JAX: their derivative does not exist (and where the whole
    use has one, as V diag(w) V^T, it is not a function of eigh's derivative)."""
    A = np.diag([1.0, 1.0, 2.0])
    g = s2s.grad(eigenvalue_sum_of_squares)(A)
    close(g, 2 * A, rtol=1e-12)
    assert np.all(np.isfinite(g))
    assert np.all(np.isfinite(s2s.grad(top_eigenvector)(A)))   # eigenvalue 2 is simple
    assert np.any(np.isnan(s2s.grad(top_eigenvector)(np.diag([2.0, 2.0, 1.0]))))
    assert np.any(np.isnan(s2s.grad(eigenprojector)(A)))
    # a step away from the tie, the derivatives are finite and right
    B = np.diag([1.0, 1.0 + 1e-3, 2.0]) + 0.01 * np.ones((3, 3))
    close(s2s.grad(eigenprojector)(B), np.tril(np.ones((3, 3))) * 2 - np.eye(3), rtol=1e-8)
    ref = jax.grad(lambda a: jnp.sum(jnp.linalg.eigh(a)[0] ** 2))(A)
    close(g, ref, rtol=1e-12)


def eigh_lower(A):
    return np.sum(np.linalg.eigvalsh(A) ** 3)


def eigh_upper(A):
    return np.sum(np.linalg.eigvalsh(A, UPLO="U") ** 3)


def test_eigh_reads_one_triangle():
    """numpy's eigh reads the lower triangle (UPLO='L'): the derivative with respect to
    the other one is zero, as central differences of numpy's function say."""
    A = rng().standard_normal((3, 3))
    for fn, other in ((eigh_lower, np.triu), (eigh_upper, np.tril)):
        g = s2s.grad(fn)(A)
        close(other(g, 1 if other is np.triu else -1), np.zeros((3, 3)))
        close(g, central_difference(fn, (A,), 0), rtol=1e-5)


def determinant(A):
    return np.linalg.det(A)


def test_det_gradient_at_a_singular_matrix_is_the_cofactor_matrix():
    A = np.array([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [0.5, 1.0, 4.0]])  # rank 2
    g = s2s.grad(determinant)(A)
    cof = np.array([[np.linalg.det(np.delete(np.delete(A, i, 0), j, 1)) * (-1) ** (i + j)
                     for j in range(3)] for i in range(3)])
    close(g, cof, atol=1e-12)
    close(g, jax.grad(jnp.linalg.det)(A), atol=1e-12)
    with pytest.raises(MissingRuleError, match="singular"):
        s2s.hessian(determinant)(A)


def svd_hermitian(A):
    return np.sum(np.linalg.svd(A, hermitian=True, compute_uv=False))


def qr_wide(A):
    return np.sum(np.linalg.qr(A)[1])


def svd_full_u(A):
    return np.sum(np.linalg.svd(A)[0])


def einsum_interleaved(A):
    return np.sum(np.einsum(A, [0, 1], [1]))


def matrix_norm_hessian(A):
    return np.linalg.norm(A, 2)


@pytest.mark.parametrize("fn, shape, message", [
    (svd_hermitian, (3, 3), "hermitian=True"),
    (qr_wide, (3, 4), "qr"),
    (svd_full_u, (4, 3), "full_matrices"),
    (einsum_interleaved, (3, 3), "np.einsum"),
])
def test_missing_rules_say_so(fn, shape, message):
    with pytest.raises(MissingRuleError, match=message):
        s2s.grad(fn)(rng().standard_normal(shape))


def test_second_derivative_of_a_spectral_norm_is_missing():
    A = rng().standard_normal((3, 3))
    close(s2s.grad(matrix_norm_hessian)(A), central_difference(matrix_norm_hessian, (A,), 0),
          rtol=1e-5)
    with pytest.raises(MissingRuleError, match="second derivative"):
        s2s.hessian(matrix_norm_hessian)(A)


def full_svd_singular_values_forward(A):
    u, s, vt = np.linalg.svd(A)
    return s


def test_forward_mode_of_full_svd_gives_nan_for_the_columns_that_are_not_unique():
    A = rng().standard_normal((4, 3))
    _, t = s2s.jvp(full_svd_singular_values_forward, (A,), (np.ones((4, 3)),))
    h = 1e-6
    fd = (np.linalg.svd(A + h, compute_uv=False) - np.linalg.svd(A - h, compute_uv=False)) / (2 * h)
    close(t, fd, rtol=1e-6)


# -- products ----------------------------------------------------------------------------------------
def products(a, b, c):
    return (np.sum(np.tensordot(a, b, axes=([1], [0])) ** 2) + np.sum(np.kron(a, c))
            + np.vdot(a, a) + np.sum(np.cross(c, b[:, :3].T) ** 2)
            + np.sum(np.linalg.multi_dot([a, b, b.T])) + np.trace(a @ b[:, :3], offset=1))


def products_jax(a, b, c):
    return (jnp.sum(jnp.tensordot(a, b, axes=([1], [0])) ** 2) + jnp.sum(jnp.kron(a, c))
            + jnp.vdot(a, a) + jnp.sum(jnp.cross(c, b[:, :3].T) ** 2)
            + jnp.sum(jnp.linalg.multi_dot([a, b, b.T])) + jnp.trace(a @ b[:, :3], offset=1))


def test_products_against_jax_and_hessian():
    r = rng()
    a, b, c = r.standard_normal((3, 3)), r.standard_normal((3, 4)), r.standard_normal(3)
    ours = s2s.grad(products, wrt=(0, 1, 2))(a, b, c)
    want = reference(jax.grad, products_jax, a, b, c, argnums=(0, 1, 2))
    for x, y in zip(ours, want):
        close(x, y)
    close(s2s.hessian(products, wrt=1)(a, b, c), reference(jax.hessian, products_jax, a, b, c, argnums=1),
          atol=1e-9)

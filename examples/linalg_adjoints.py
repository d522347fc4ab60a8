"""Adjoints through a linear solve and through the singular values, against the notes.

Linear solve. x = A^{-1} b solves A x = b. Differentiating A x = b gives
dA x + A dx = db, so dx = A^{-1} (db - dA x); with g = dL/dx,
<g, dx> = <-A^{-T} g x^T, dA> + <A^{-T} g, db>, that is

    dL/dA = -A^{-T} g x^T,      dL/db = A^{-T} g

(the backward pass is one more solve, with A^T: about the cost of the forward pass).

Singular values. W = U diag(sigma) V^T gives diag(U^T dW V) = d sigma, so for g = dL/dsigma

    dL/dW = U diag(g) V^T       (with the thin SVD; the nuclear norm, g = 1, gives U V^T)

when the singular values are distinct. Each loss below is <g, x> or <g, sigma> for a
fixed random g, so that g is exactly the adjoint arriving at x or sigma.
Run: python examples/linalg_adjoints.py [--fast]
"""
import sys

import numpy as np

import s2s


def solve_loss(A, b, g):
    x = np.linalg.solve(A, b)
    return np.sum(g * x)


def singular_values_loss(W, g):
    sigma = np.linalg.svd(W, compute_uv=False)
    return np.sum(g * sigma)


def full_svd_loss(W, g):
    _U, sigma, _Vt = np.linalg.svd(W, full_matrices=False)   # only sigma is used
    return np.sum(g * sigma)


def nuclear_norm(W):
    return np.sum(np.linalg.svd(W, compute_uv=False))


def main(fast=False, outdir=None):
    rng = np.random.default_rng(0)
    n, (m, k) = 5, (6, 4)

    # Linear solve: compare s2s with the notes' formulas.
    A = rng.standard_normal((n, n)) + n * np.eye(n)     # well conditioned
    b, g = rng.standard_normal(n), rng.standard_normal(n)
    grad_solve = s2s.grad(solve_loss, wrt=("A", "b"))
    print("s2s.source(s2s.grad(solve_loss, wrt=('A', 'b'))):\n")
    print(s2s.source(grad_solve))
    dA, db = grad_solve(A, b, g)
    x = np.linalg.solve(A, b)
    lam = np.linalg.solve(A.T, g)                       # A^{-T} g
    np.testing.assert_allclose(db, lam, rtol=1e-10)
    np.testing.assert_allclose(dA, -np.outer(lam, x), rtol=1e-10)
    print(f"solve: dL/dA = -A^-T g x^T and dL/db = A^-T g, max difference "
          f"{max(np.abs(dA + np.outer(lam, x)).max(), np.abs(db - lam).max()):.1e}")
    s2s.check_grad(solve_loss, A, b, g, wrt=(0, 1))

    # Singular values: compare s2s with U diag(g) V^T, for both ways of asking numpy.
    W = rng.standard_normal((m, k))
    g_sigma = rng.standard_normal(k)
    U, _, Vt = np.linalg.svd(W, full_matrices=False)
    expected = U @ np.diag(g_sigma) @ Vt
    grad_sv = s2s.grad(singular_values_loss)
    print("\ns2s.source(s2s.grad(singular_values_loss)):\n")
    print(s2s.source(grad_sv))
    dW = grad_sv(W, g_sigma)
    dW_full = s2s.grad(full_svd_loss)(W, g_sigma)
    np.testing.assert_allclose(dW, expected, rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(dW_full, expected, rtol=1e-10, atol=1e-12)
    print(f"svd: dL/dW = U diag(g) V^T, max difference {np.abs(dW - expected).max():.1e}")
    s2s.check_grad(singular_values_loss, W, g_sigma)
    d_nuclear = s2s.grad(nuclear_norm)(W)
    np.testing.assert_allclose(d_nuclear, U @ Vt, rtol=1e-10, atol=1e-12)
    print("nuclear norm: dL/dW = U V^T")
    return {"A": A, "b": b, "g": g, "dA": dA, "db": db,
            "W": W, "g_sigma": g_sigma, "dW": dW, "dW_full": dW_full, "d_nuclear": d_nuclear}


if __name__ == "__main__":
    main(fast="--fast" in sys.argv[1:])

"""Lagrange multipliers, solved by Newton's method with s2s's gradient and Hessian.

Minimize f(x) subject to g(x) = 0. With the Lagrangian L(x, lam) = f(x) - lam g(x), a
solution is a stationary point of L in all d + m unknowns z = (x, lam):

    grad_x L = grad f(x) - lam grad g(x) = 0,     grad_lam L = -g(x) = 0,

the notes' d + m equations. Newton's method on grad L = 0 takes the step
z <- z - H^{-1} grad L with H the Hessian of L in z (the "KKT matrix"); s2s.grad and
s2s.hessian give both from the source of `lagrangian`.

The problem: the point of the unit circle nearest to c = (2, 1),
f(x) = |x - c|^2, g(x) = |x|^2 - 1. From 2 (x - c) = 2 lam x and |x| = 1:
x* = c / |c|, lam* = 1 - |c|, f* = (|c| - 1)^2.
Run: python examples/lagrange.py [--fast]
"""
import sys
from pathlib import Path

import numpy as np
from matplotlib.figure import Figure

import s2s

FIGURES = Path(__file__).resolve().parent / "figures"
C = np.array([2.0, 1.0])


def objective(x):
    return np.sum((x - C) ** 2)


def constraint(x):
    return np.sum(x ** 2) - 1


def lagrangian(z):
    x, lam = z[:2], z[2]
    return objective(x) - lam * constraint(x)


def newton(z, grad_L, hess_L, tol=1e-12, max_iter=50):
    path = [z]
    for _ in range(max_iter):
        step = np.linalg.solve(hess_L(z), grad_L(z))
        z = z - step
        path.append(z)
        if np.linalg.norm(step) < tol:
            break
    return z, np.array(path)


def main(fast=False, outdir=FIGURES):
    grad_L, hess_L = s2s.grad(lagrangian), s2s.hessian(lagrangian)
    print("s2s.source(s2s.grad(lagrangian)):\n")
    print(s2s.source(grad_L))
    print("\ns2s.hessian(lagrangian) runs one Hessian-vector product per unknown:\n")
    print(s2s.source(hess_L))

    z, path = newton(np.array([-0.5, 1.5, 0.0]), grad_L, hess_L)
    print(f"\n{'k':>3} {'x1':>12} {'x2':>12} {'lambda':>12} {'|grad L|':>10} {'g(x)':>10}")
    for k, zk in enumerate(path):
        print(f"{k:>3} {zk[0]:12.8f} {zk[1]:12.8f} {zk[2]:12.8f} "
              f"{np.linalg.norm(grad_L(zk)):10.2e} {constraint(zk[:2]):10.2e}")

    x, lam = z[:2], z[2]
    norm_c = np.linalg.norm(C)
    np.testing.assert_allclose(x, C / norm_c, rtol=1e-12)
    np.testing.assert_allclose(lam, 1 - norm_c, rtol=1e-12)
    np.testing.assert_allclose(objective(x), (norm_c - 1) ** 2, rtol=1e-12)
    # KKT: stationarity grad f = lam grad g, and feasibility g = 0.
    grad_f, grad_g = s2s.grad(objective)(x), s2s.grad(constraint)(x)
    stationarity = np.linalg.norm(grad_f - lam * grad_g)
    assert stationarity < 1e-12 and abs(constraint(x)) < 1e-12, (stationarity, constraint(x))
    # Second order: L curves upward along the circle's tangent, so this is a minimum
    # (the farthest point, -c / |c|, is a KKT point too, with negative curvature there).
    H = hess_L(z)
    tangent = np.array([-grad_g[1], grad_g[0]])
    curvature = tangent @ H[:2, :2] @ tangent / (tangent @ tangent)
    assert curvature > 0, curvature
    # The Hessian is also the Jacobian of the gradient (forward mode over reverse mode).
    np.testing.assert_allclose(s2s.jacfwd(grad_L)(z), H, rtol=1e-12)
    print(f"\nx = {x}, lambda = {lam:.12f}  (c/|c| = {C / norm_c}, 1 - |c| = {1 - norm_c:.12f})")
    print(f"KKT: |grad f - lambda grad g| = {stationarity:.1e}, g(x) = {constraint(x):.1e}; "
          f"curvature along the constraint {curvature:.4f} > 0")

    fig = Figure(figsize=(5, 5), layout="constrained")
    ax = fig.subplots()
    u, w = np.meshgrid(np.linspace(-2, 2.5, 200), np.linspace(-2, 2.5, 200))
    ax.contour(u, w, (u - C[0]) ** 2 + (w - C[1]) ** 2, levels=15, colors="gray", linewidths=0.6)
    theta = np.linspace(0, 2 * np.pi, 200)
    ax.plot(np.cos(theta), np.sin(theta), "b", label="g(x) = 0")
    ax.plot(path[:, 0], path[:, 1], "ro-", ms=4, label="Newton iterates")
    ax.plot(*C, "k+", ms=10, label="c")
    ax.set(aspect="equal", title="min |x - c|^2 subject to |x| = 1")
    ax.legend(fontsize=8, loc="lower right")
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    fig.savefig(outdir / "lagrange.png", dpi=120)
    print(f"saved {outdir / 'lagrange.png'}")
    return {"x": x, "lambda": lam, "iterations": len(path) - 1, "stationarity": stationarity,
            "constraint": constraint(x), "curvature": curvature, "kkt_matrix": H}


if __name__ == "__main__":
    main(fast="--fast" in sys.argv[1:])

"""A data-dependent loop: the notes' PyTorch example, in numpy.

    y = x * 2
    while np.linalg.norm(y) < 1000:
        y = y * 2

The number of doublings k depends on x, so y = 2^k x and the Jacobian is 2^k I, with k
the smallest integer >= 1 such that 2^k |x| >= 1000. k is piecewise constant in x: away
from the points where it jumps, the derivative is exactly 2^k. s2s's reverse-mode code
counts the iterations in the forward sweep and runs the adjoint loop that many times;
this script prints it, checks it against 2^k and against central differences, and plots
L(t) = <v, doubled(t x0)> along a ray with its derivative.
Run: python examples/while_loop.py [--fast]
"""
import math
import sys
from pathlib import Path

import numpy as np
from matplotlib.figure import Figure

import s2s

FIGURES = Path(__file__).resolve().parent / "figures"


def doubled(x):
    y = x * 2
    while np.linalg.norm(y) < 1000:
        y = y * 2
    return y


def weighted(x, v):
    """<v, doubled(x)>: the scalar whose gradient is the VJP of doubled with v."""
    return np.sum(doubled(x) * v)


def along_ray(t, x0, v):
    return weighted(t * x0, v)


def doublings(x):
    return max(1, math.ceil(math.log2(1000 / np.linalg.norm(x))))


def main(fast=False, outdir=FIGURES):
    rng = np.random.default_rng(0)
    x = rng.standard_normal(3)
    v = np.array([0.1, 1.0, 0.0001])            # the notes' y.backward(v)

    y, pullback = s2s.vjp(doubled, x)
    print("The pullback of s2s.vjp(doubled, x): doubled_fwd counts the doublings, "
          "doubled_bwd replays them\n")
    print(s2s.source(pullback))
    (x_bar,) = pullback(v)                      # one cotangent per primal, as in jax.vjp
    k = doublings(x)
    print(f"\nx = {x}, |x| = {np.linalg.norm(x):.4f}: {k} doublings, y = {y}")
    print(f"v^T J = {x_bar}  (2^{k} v = {2.0 ** k * v})")
    np.testing.assert_allclose(y, 2.0 ** k * x, rtol=1e-15)
    np.testing.assert_allclose(x_bar, 2.0 ** k * v, rtol=1e-15)

    # The same through a scalar loss, against central differences (k is constant near x).
    grad_weighted = s2s.grad(weighted)
    print("\ns2s.source(s2s.grad(weighted)): the loop is inlined from doubled\n")
    print(s2s.source(grad_weighted))
    np.testing.assert_allclose(grad_weighted(x, v), 2.0 ** k * v, rtol=1e-15)
    _, rel_err = s2s.check_grad(weighted, x, v)
    print(f"central differences agree: max relative error {rel_err:.1e}")
    J_rev, J_fwd = s2s.jacrev(doubled)(x), s2s.jacfwd(doubled)(x)
    np.testing.assert_allclose(J_rev, 2.0 ** k * np.eye(3))
    np.testing.assert_allclose(J_fwd, 2.0 ** k * np.eye(3))

    # Along the ray t x0 (x0 = x), L is linear in t between the jumps of k, and s2s gives
    # the slope of the piece the program ran (forward mode here).
    ts = np.linspace(0.02, 1.0, 200 if fast else 2000)
    jumps = 1000 / (2.0 ** np.arange(1, 16) * np.linalg.norm(x))   # 2^k t |x| = 1000
    ts = np.union1d(ts, jumps[(jumps > ts[0]) & (jumps < ts[-1])])
    L = np.array([along_ray(t, x, v) for t in ts])
    dL = np.array([s2s.jvp(along_ray, (t, x, v), (1.0, None, None))[1] for t in ts])
    h = 1e-5
    central = np.array([(along_ray(t + h, x, v) - along_ray(t - h, x, v)) / (2 * h) for t in ts])
    # at a jump, which piece the program runs is up to rounding: compare elsewhere
    smooth = np.array([doublings((t - h) * x) == doublings((t + h) * x) for t in ts])
    slopes = np.array([2.0 ** doublings(t * x) * (v @ x) for t in ts])
    np.testing.assert_allclose(dL[smooth], slopes[smooth], rtol=1e-12)
    np.testing.assert_allclose(dL[smooth], central[smooth], rtol=1e-6)
    print(f"\nalong the ray: {len(ts)} points, {np.sum(~smooth)} next to a jump; "
          "elsewhere s2s.jvp = 2^k <v, x0> = central differences")

    fig = Figure(figsize=(6, 5), layout="constrained")
    ax1, ax2 = fig.subplots(2, 1, sharex=True)
    ax1.plot(ts, L)
    ax1.set(ylabel="L(t) = <v, doubled(t x0)>", title="A loop that runs a data-dependent "
            "number of times")
    ax2.plot(ts, np.abs(dL), label="s2s.jvp: 2^k |<v, x0>|")
    ax2.plot(ts[~smooth], np.abs(central[~smooth]), "rx", label="central differences at a jump")
    ax2.set(xlabel="t", ylabel="|dL/dt|", yscale="log")
    ax2.legend(fontsize=8)
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    fig.savefig(outdir / "while_loop.png", dpi=120)
    print(f"saved {outdir / 'while_loop.png'}")
    return {"x": x, "v": v, "doublings": k, "y": y, "vjp": x_bar, "ts": ts, "dL": dL,
            "central": central, "smooth": smooth}


if __name__ == "__main__":
    main(fast="--fast" in sys.argv[1:])

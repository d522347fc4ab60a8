"""Hessian-vector products and Hutchinson's estimate of the trace of a Hessian.

For a random vector v with E[v v^T] = I (here Rademacher: entries +1 or -1 with equal
probability), E[v^T H v] = tr(H), so the mean of v_i^T H v_i over V probes estimates the
trace from V Hessian-vector products, without ever forming H. s2s.hvp gives H v by
forward mode over the generated reverse-mode source, at a small constant times the cost
of a gradient. Here H is the Hessian of a small network's loss in its (flattened)
weights; s2s.hessian, one HVP per weight, gives the exact trace to compare with.
For Rademacher probes the variance of one sample is 2 (|H|_F^2 - sum_i H_ii^2), so the
error of the mean falls as 1/sqrt(V); the plot shows that band.
Run: python examples/hutchinson.py [--fast]
"""
import sys
from pathlib import Path

import numpy as np
from matplotlib.figure import Figure

import s2s

FIGURES = Path(__file__).resolve().parent / "figures"
N_IN, N_HIDDEN = 8, 16


def loss(w, X, y):
    """Mean squared error of a one-hidden-layer tanh network with weights w, flattened."""
    W1 = w[:N_IN * N_HIDDEN].reshape(N_IN, N_HIDDEN)
    w2 = w[N_IN * N_HIDDEN:]
    return np.mean((np.tanh(X @ W1) @ w2 - y) ** 2)


def make_problem(rng, n_samples=50):
    X = rng.standard_normal((n_samples, N_IN))
    y = np.sin(X[:, 0]) + 0.1 * rng.standard_normal(n_samples)
    w = 0.5 * rng.standard_normal(N_IN * N_HIDDEN + N_HIDDEN)
    return w, X, y


def main(fast=False, outdir=FIGURES):
    rng = np.random.default_rng(0)
    w, X, y = make_problem(rng)
    hvp = s2s.hvp(loss)                          # hvp(w, X, y, v) = H(w) v
    print("s2s.source(s2s.hvp(loss)):\n")
    print(s2s.source(hvp))

    H = s2s.hessian(loss)(w, X, y)               # exact, one HVP per weight: the reference
    exact = float(np.trace(H))
    v = rng.standard_normal(w.size)
    np.testing.assert_allclose(hvp(w, X, y, v), H @ v, rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(H, H.T, atol=1e-12)
    variance = 2 * (np.sum(H ** 2) - np.sum(np.diag(H) ** 2))   # of one probe's v^T H v
    print(f"{w.size} weights, exact tr(H) = {exact:.6f}, std of one probe {np.sqrt(variance):.3f}")

    runs, probes = (3, 200) if fast else (8, 2000)
    samples = np.empty((runs, probes))
    for r in range(runs):
        for i in range(probes):
            v = rng.choice([-1.0, 1.0], size=w.size)
            samples[r, i] = v @ hvp(w, X, y, v)
    V = np.arange(1, probes + 1)
    estimates = np.cumsum(samples, axis=1) / V   # the running mean of each run
    final = estimates[:, -1]
    stderr = np.sqrt(variance / probes)
    for r in range(runs):
        print(f"run {r}: {probes} probes, estimate {final[r]:.6f}, "
              f"error {final[r] - exact:+.4f} ({(final[r] - exact) / stderr:+.2f} std errors)")
    # Each estimate within 4 standard errors, and the spread of single probes as predicted.
    assert np.all(np.abs(final - exact) < 4 * stderr), (final, exact, stderr)
    np.testing.assert_allclose(samples.var(), variance, rtol=0.25)

    fig = Figure(figsize=(6, 4), layout="constrained")
    ax = fig.subplots()
    for r in range(runs):
        ax.semilogx(V, estimates[r], lw=0.8, label="Hutchinson runs" if r == 0 else None)
    band = 2 * np.sqrt(variance / V)
    ax.fill_between(V, exact - band, exact + band, color="gray", alpha=0.25,
                    label="exact ± 2 std errors")
    ax.axhline(exact, color="k", label=f"exact trace (s2s.hessian) = {exact:.3f}")
    ax.set(xlabel="number of Rademacher probes V", ylabel="estimate of tr(H)",
           ylim=(exact - 6 * np.sqrt(variance / 10), exact + 6 * np.sqrt(variance / 10)),
           title="Hutchinson's trace estimator from s2s.hvp")
    ax.legend(fontsize=8)
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    fig.savefig(outdir / "hutchinson.png", dpi=120)
    print(f"saved {outdir / 'hutchinson.png'}")
    return {"w": w, "X": X, "y": y, "exact_trace": exact, "estimates": final,
            "stderr": stderr, "probe_variance": variance, "sample_variance": samples.var()}


if __name__ == "__main__":
    main(fast="--fast" in sys.argv[1:])

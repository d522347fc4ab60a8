"""Forward versus reverse mode for the Jacobian of f(x) = A x, A of shape (m, n).

The notes' cost model counts sweeps: forward mode gets one column of the Jacobian per
sweep (a JVP with a unit vector e_j), so n sweeps; reverse mode gets one row per sweep
(a VJP with e_i), so m sweeps. With n = 100 fixed and m growing, reverse mode should win
for m < n and lose for m > n.

This script times, for m from 10 to 1000:
  * s2s.jacrev: one generated pullback call per output (m sweeps);
  * forward mode column by column, one s2s.jvp per input (n sweeps), as in the notes;
  * s2s.jacfwd: all n tangents at once, as the columns of one (n, n) tangent matrix, so
    that the sweep is a single matrix product and numpy, not Python, loops over them.
It checks that every Jacobian equals A and saves a log-log plot with the crossover
marked. (A is a parameter, not a global, so that each m gets its own matrix.)
Run: python examples/jacobian_modes.py [--fast]
"""
import sys
import time
from pathlib import Path

import numpy as np
from matplotlib.figure import Figure

import s2s

FIGURES = Path(__file__).resolve().parent / "figures"


def f(x, A):
    return A @ x


def jacobian_by_columns(x, A):
    """Forward mode the textbook way: one JVP per input direction e_j."""
    columns = [s2s.jvp(f, (x, A), (e, None))[1] for e in np.eye(x.size)]
    return np.stack(columns, axis=1)


def best_time(fn, *args, repeat):
    """The fastest of a few runs: the least disturbed by the rest of the machine."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn(*args)
        times.append(time.perf_counter() - start)
    return min(times)


def crossover(ms, t_a, t_b):
    """The m where the curves t_a and t_b cross, interpolated in log-log; None if they don't."""
    d = np.log(t_a) - np.log(t_b)
    for k in range(len(ms) - 1):
        if d[k] * d[k + 1] < 0:
            s = d[k] / (d[k] - d[k + 1])
            return float(np.exp(np.log(ms[k]) + s * (np.log(ms[k + 1]) - np.log(ms[k]))))
    return None


def main(fast=False, outdir=FIGURES):
    n = 100
    ms = [10, 100, 1000] if fast else [10, 20, 50, 100, 200, 500, 1000]
    repeat = 2 if fast else 5
    jac_fwd, jac_rev = s2s.jacfwd(f), s2s.jacrev(f)   # wrt=0: the Jacobian in x
    print("s2s.jacfwd runs (all tangents at once, x_dot has a trailing axis of size n):\n")
    print(s2s.source(jac_fwd))
    print("\ns2s.jvp runs (one tangent):\n")
    print(s2s.source(f, mode="forward"))
    print("\ns2s.jacrev runs f_fwd once, then f_bwd once per output:\n")
    print(s2s.source(jac_rev))

    rng = np.random.default_rng(0)
    x = rng.standard_normal(n)
    times = {"jacfwd": [], "columns": [], "jacrev": []}
    errors = []
    print(f"\n{'m':>6} {'jacfwd':>10} {'n JVPs':>10} {'jacrev':>10}   (seconds, best of {repeat})")
    for m in ms:
        A = rng.standard_normal((m, n))
        for name, jac in [("jacfwd", jac_fwd), ("columns", jacobian_by_columns),
                          ("jacrev", jac_rev)]:
            J = jac(x, A)
            np.testing.assert_allclose(J, A, rtol=1e-12, atol=1e-12)  # a linear map is its Jacobian
            errors.append(float(np.max(np.abs(J - A))))
            times[name].append(best_time(jac, x, A, repeat=repeat))
        print(f"{m:>6} {times['jacfwd'][-1]:>10.2e} {times['columns'][-1]:>10.2e} "
              f"{times['jacrev'][-1]:>10.2e}")

    m_cross = crossover(ms, times["columns"], times["jacrev"])
    # Sweep counts alone put the crossover at m = n; a call of s2s.jvp (which binds its
    # arguments and looks up the generated code each time) costs more than one of the
    # pullback jacrev holds, which moves it to larger m.
    print(f"\nn JVPs cost as much as m VJPs near m = {m_cross:.0f}" if m_cross else
          "\nno crossover in this range of m")

    fig = Figure(figsize=(6, 4.2), layout="constrained")
    ax = fig.subplots()
    ax.loglog(ms, times["jacrev"], "o-", label="reverse: s2s.jacrev (m VJPs)")
    ax.loglog(ms, times["columns"], "s-", label="forward: n = 100 calls of s2s.jvp")
    ax.loglog(ms, times["jacfwd"], "^-", label="forward: s2s.jacfwd (one batched sweep)")
    ax.axvline(n, color="gray", ls=":", label="m = n")
    if m_cross is not None:
        t_cross = np.exp(np.interp(np.log(m_cross), np.log(ms), np.log(times["jacrev"])))
        ax.plot([m_cross], [t_cross], "k*", ms=14, label=f"crossover, m = {m_cross:.0f}")
    ax.set(xlabel="m (outputs), n = 100 inputs", ylabel="seconds per Jacobian",
           title="Jacobian of f(x) = A x: forward vs reverse mode")
    ax.legend(fontsize=8)
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    fig.savefig(outdir / "jacobian_modes.png", dpi=120)
    print(f"saved {outdir / 'jacobian_modes.png'}")
    return {"n": n, "ms": ms, "times": times, "crossover": m_cross, "max_error": max(errors)}


if __name__ == "__main__":
    main(fast="--fast" in sys.argv[1:])

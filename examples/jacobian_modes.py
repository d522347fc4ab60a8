"""Forward versus reverse mode for the Jacobian of f(x) = A x, A of shape (m, n).

The course's lesson (notes 001, "Comparison of Forward Mode and Reverse Mode AD"): forward
mode gets one column of the Jacobian per sweep (a JVP with a unit vector e_j), so it needs
n sweeps; reverse mode gets one row per sweep (a VJP with e_i), so it needs m sweeps.
Forward mode's cost grows with the number of inputs, reverse mode's with the number of
outputs: with n = 100 fixed and m growing, reverse mode wins for m < n and forward mode
for m > n. (The count assumes sweeps of equal cost; a JVP of A x also computes A x, so
the measured crossover lies between m = n and m = 2n.)

This script times the lesson with the code s2s generates, called directly (compiled
from ``s2s.source(..., standalone=True)``, so that the times are the sweeps' and not the
Python API's):
  * forward, one JVP per input column: n calls of ``f_jvp(x, A, e_j)``;
  * reverse, one VJP per output row: one call of ``f_fwd(x, A)``, then m calls of
    ``f_bwd(A, x, e_i)``;
and then what s2s itself does for a Jacobian: ``s2s.jacfwd`` and ``s2s.jacrev`` push every
direction through ONE sweep (the identity matrix as a batch of tangents or cotangents).
For a linear map the Jacobian is A itself, and the batched sweeps come down to reading A:
they cost about the same for every m and do not show the lesson, which is why they are
drawn on their own panel. Every Jacobian is checked against A; a two-panel log-log figure
is saved.
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


def generated(mode):
    """The functions s2s generates for ``f`` in ``mode`` (wrt x), from their module text."""
    namespace = {}
    exec(s2s.source(f, mode=mode, wrt=0, standalone=True), namespace)
    return namespace


def jacobian_by_columns(x, A, f_jvp):
    """Forward mode as in the notes: one JVP per input direction e_j, n sweeps."""
    return np.stack([f_jvp(x, A, e)[1] for e in np.eye(x.size)], axis=1)


def jacobian_by_rows(x, A, f_fwd, f_bwd):
    """Reverse mode as in the notes: one forward sweep, then one VJP per output
    direction e_i, m backward sweeps."""
    _, *residuals = f_fwd(x, A)
    return np.stack([f_bwd(*residuals, e) for e in np.eye(A.shape[0])])


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
    ms = [10, 30, 100, 300, 1000] if fast else [10, 20, 50, 100, 200, 500, 1000]
    repeat = 3 if fast else 7
    f_jvp = generated("forward")["f_jvp"]
    reverse = generated("vjp")
    f_fwd, f_bwd = reverse["f_fwd"], reverse["f_bwd"]
    jac_fwd, jac_rev = s2s.jacfwd(f), s2s.jacrev(f)   # wrt=0: the Jacobian in x
    print("One JVP (forward mode; a column per call, n calls):\n")
    print(s2s.source(f, mode="forward"))
    print("\nOne forward sweep, then one VJP per call (reverse mode; a row per call, m calls):\n")
    print(s2s.source(f, mode="vjp"))
    print("\nWhat s2s.jacfwd runs: every column in one sweep (x_dot is the identity):\n")
    print(s2s.source(jac_fwd))
    print("\nWhat s2s.jacrev runs: every row in one backward sweep (out_bar_dot is the "
          "identity):\n")
    print(s2s.source(jac_rev))

    rng = np.random.default_rng(0)
    x = rng.standard_normal(n)
    runs = {"columns": lambda x, A: jacobian_by_columns(x, A, f_jvp),
            "rows": lambda x, A: jacobian_by_rows(x, A, f_fwd, f_bwd),
            "jacfwd": jac_fwd, "jacrev": jac_rev}
    times = {name: [] for name in runs}
    errors = []
    print(f"\n{'m':>6} {'n JVPs':>10} {'m VJPs':>10} {'jacfwd':>10} {'jacrev':>10}"
          f"   (seconds, best of {repeat})")
    for m in ms:
        A = rng.standard_normal((m, n))
        for name, jac in runs.items():
            J = jac(x, A)
            np.testing.assert_allclose(J, A, rtol=1e-12, atol=1e-12)  # a linear map is its Jacobian
            errors.append(float(np.max(np.abs(J - A))))
            times[name].append(best_time(jac, x, A, repeat=repeat))
        print(f"{m:>6} " + " ".join(f"{times[k][-1]:>10.2e}" for k in runs))

    m_cross = crossover(ms, times["columns"], times["rows"])
    print(f"\nn = {n} JVPs cost as much as m VJPs at m = {m_cross:.0f}" if m_cross else
          "\nno crossover in this range of m")
    # The notes count sweeps as if they cost the same. Here a JVP sweep also computes A x
    # (forward mode carries the value with the tangent: f_jvp returns both), twice the
    # arithmetic of a VJP sweep's e_i A, which moves the crossover from m = n towards 2n.
    print(f"the notes' sweep count puts it at m = n = {n}; each JVP here also computes A x,\n"
          f"twice a VJP's arithmetic, which moves it towards m = 2n")

    fig = Figure(figsize=(10, 4.2), layout="constrained")
    lesson, batched = fig.subplots(1, 2, sharey=True)
    lesson.loglog(ms, times["columns"], "s-", label=f"forward: n = {n} JVPs, one per column")
    lesson.loglog(ms, times["rows"], "o-", label="reverse: m VJPs, one per row")
    lesson.axvline(n, color="gray", ls=":", label="m = n: the notes' crossover")
    if m_cross is not None:
        t_cross = np.exp(np.interp(np.log(m_cross), np.log(ms), np.log(times["rows"])))
        lesson.plot([m_cross], [t_cross], "k*", ms=14, label=f"measured crossover, m = {m_cross:.0f}")
    lesson.set(xlabel=f"m (outputs); n = {n} inputs", ylabel="seconds per Jacobian",
               title="The lesson: one sweep per direction")
    lesson.legend(fontsize=8, loc="upper left")
    batched.loglog(ms, times["columns"], "s-", color="lightgray", label="n JVPs (left panel)")
    batched.loglog(ms, times["rows"], "o-", color="lightgray", label="m VJPs (left panel)")
    batched.loglog(ms, times["jacfwd"], "^-", label="s2s.jacfwd: all n columns in one sweep")
    batched.loglog(ms, times["jacrev"], "v-", label="s2s.jacrev: all m rows in one sweep")
    batched.set(xlabel=f"m (outputs); n = {n} inputs",
                title="What s2s does: every direction in one sweep\n"
                      "(for A x both sweeps just read A)")
    batched.legend(fontsize=8, loc="upper left")
    fig.suptitle("Jacobian of f(x) = A x, A of shape (m, n)")
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    fig.savefig(outdir / "jacobian_modes.png", dpi=120)
    print(f"saved {outdir / 'jacobian_modes.png'}")
    return {"n": n, "ms": ms, "times": times, "crossover": m_cross, "max_error": max(errors),
            "f_jvp": f_jvp, "f_fwd": f_fwd, "f_bwd": f_bwd}


if __name__ == "__main__":
    main(fast="--fast" in sys.argv[1:])

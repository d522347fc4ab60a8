"""Peak memory and time of s2s gradients against hand-written store-everything gradients
and jax.jit(jax.grad), on long loops and an MLP step (SPEC.md section 7).

    python benchmarks/bench_memory.py            # full sizes (about a minute)
    python benchmarks/bench_memory.py --quick    # smoke mode: tiny sizes, few repetitions
    python benchmarks/bench_memory.py --no-jax   # numpy columns only

Workloads (the differentiated functions live in ``workloads.py``):

  (g) long  ``for t in range(T): x = x + 0.01 * np.tanh(W @ x)``, T = 20000, n = 100,
            loss sum(x), d/d(W, x): the states alone are T x n numbers (15.3 MiB)
  (h) rows  ``H[t + 1] = np.tanh(W @ H[t])`` into ``H = np.zeros((T + 1, n))``, T = 1000,
            n = 50, loss sum(H), d/d(W, h0): the array is 0.4 MiB
  (b) mlp   the MLP of bench_grad.py (100 -> 64 (tanh) -> 10, batch 64), d/d(W1, b1, W2, b2)

Columns: ``hand`` is a hand-written numpy gradient that stores every state (what an expert
writes without checkpointing); ``s2s`` is ``s2s.grad``'s numpy backend; ``jax.jit`` is
``jax.jit(jax.grad)`` of the same function written with ``lax.scan``; ``s2s jax`` is
``jax.jit(s2s.grad(..., backend="jax"))``. The numpy peak is tracemalloc's peak over one
call (what numpy allocates, the arguments excluded); the jax peak is XLA's compiled memory
analysis (temporaries and outputs of the jitted program, the arguments excluded). Times
are the best of interleaved rounds (``bench_grad.time_per_call``), numpy columns first,
jax last. Every gradient is checked before it is measured: the hand-written ones against
central differences (asserted), the others against the hand-written one (a mismatch is
reported and the column left out). Targets are printed, never asserted.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
import tracemalloc
import traceback

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_grad  # noqa: E402
import workloads  # noqa: E402

import s2s  # noqa: E402

MiB = 2.0 ** 20
# Targets (SPEC.md section 7): s2s / reference, memory and time
NUMPY_TARGETS = (1.2, 1.1)   # s2s numpy backend against the hand-written store-all gradient
JAX_TARGETS = (1.2, 1.1)     # s2s jax backend under jit against jax.jit(jax.grad)
ROWS_LIMIT = 4 * MiB         # the row-write loop at T = 1000, n = 50: linear in T


# -- hand-written store-all gradients ----------------------------------------------------------
def long_loop_grad_hand(W, x, T):
    """Stores every state and every tanh; the backward sweep overwrites the tanh values
    with the per-step adjoints, and the weight gradient is one product of those."""
    X, A = np.empty((T, len(x))), np.empty((T, len(x)))
    for t in range(T):
        X[t] = x
        a = np.tanh(W.dot(x))
        A[t] = a
        x = x + 0.01 * a
    g = np.ones_like(x)
    for t in range(T - 1, -1, -1):
        a = A[t]
        d = g * 0.01 * (1.0 - a * a)
        A[t] = d
        g = g + d.dot(W)
    return A.T.dot(X), g


def row_write_grad_hand(W, h0, T):
    H = np.zeros((T + 1, len(h0)))
    H[0] = h0
    for t in range(T):
        H[t + 1] = np.tanh(W.dot(H[t]))
    G = np.ones_like(H)                       # d sum(H) / d H, then the adjoints flow back
    D = np.empty((T, len(h0)))
    for t in range(T - 1, -1, -1):
        h = H[t + 1]
        d = G[t + 1] * (1.0 - h * h)
        D[t] = d
        G[t] += d.dot(W)
    return D.T.dot(H[:-1]), G[0]


# -- the same functions for jax.grad: counted loops as lax.scan --------------------------------
def jax_functions(jax, jnp):
    def long_loop(W, x, T):
        def step(x, _):
            return x + 0.01 * jnp.tanh(W @ x), None
        return jnp.sum(jax.lax.scan(step, x, None, length=T)[0])

    def row_write(W, h0, T):
        def step(h, _):
            h = jnp.tanh(W @ h)
            return h, h
        rows = jax.lax.scan(step, h0, None, length=T)[1]
        return jnp.sum(h0) + jnp.sum(rows)

    return {"long": long_loop, "rows": row_write,
            "mlp": bench_grad.rebind(workloads.mlp_loss, jnp)}


# -- workloads ---------------------------------------------------------------------------------
class Workload:
    def __init__(self, key, title, f, args, wrt, hand, static=()):
        self.key, self.title, self.f, self.args, self.wrt = key, title, f, args, wrt
        self.hand, self.static = hand, static


def make_workloads(quick):
    r = np.random.default_rng(0)
    T, n = (200, 10) if quick else (20000, 100)
    # W's eigenvalues have negative real parts: the states settle, and the gradient stays
    # well conditioned for the central-difference check at any T
    long_args = (0.5 * r.normal(size=(n, n)) / np.sqrt(n) - np.eye(n), r.normal(size=n), T)
    T, n = (50, 8) if quick else (1000, 50)
    rows_args = (r.normal(size=(n, n)) / np.sqrt(n), r.normal(size=n), T)
    mlp = [w for w in bench_grad.make_workloads() if w.key == "mlp"][0]
    return [
        Workload("long", f"(g) long loop x = x + 0.01 tanh(W x), T={long_args[2]}, "
                 f"n={len(long_args[1])}", workloads.long_loop, long_args, (0, 1),
                 long_loop_grad_hand, static=(2,)),
        Workload("rows", f"(h) row writes H[t+1] = tanh(W H[t]), T={rows_args[2]}, "
                 f"n={len(rows_args[1])}", workloads.row_write, rows_args, (0, 1),
                 row_write_grad_hand, static=(2,)),
        Workload("mlp", "(b) MLP step 100-64(tanh)-10, batch 64", mlp.f, mlp.args, mlp.wrt,
                 mlp.hand),
    ]


# -- measuring ---------------------------------------------------------------------------------
def numpy_peak(fn):
    """Bytes allocated at the peak of one call of ``fn``, above what was live before it."""
    fn()                                       # warm caches (s2s compiles on first call)
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        fn()
        return tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()


def jax_peak(jitted, args):
    """Bytes of the compiled program's temporaries and outputs (XLA's memory analysis)."""
    m = jitted.lower(*args).compile().memory_analysis()
    return m.temp_size_in_bytes + m.output_size_in_bytes


def numpy_columns(w, want, notes):
    fns = {"hand": lambda: w.hand(*w.args)}
    try:
        g = s2s.grad(w.f, wrt=w.wrt)
        if not bench_grad.same_grads(g(*w.args), want):
            raise AssertionError("gradient disagrees with the hand-written one")
        fns["s2s"] = lambda: g(*w.args)
    except Exception as e:
        notes.append(f"{w.key}: s2s numpy skipped -- {type(e).__name__}: {e}\n"
                     + "".join(traceback.format_exception(e)[-4:]).rstrip())
    return fns


def jax_columns(w, want, jax, jnp, notes):
    """{name: (jitted function, its arguments)}, each checked against ``want``."""
    jargs = tuple(a if i in w.static else jnp.asarray(a) for i, a in enumerate(w.args))
    out = {}
    candidates = [("jax.jit", lambda: jax.grad(jax_functions(jax, jnp)[w.key], argnums=w.wrt)),
                  ("s2s jax", lambda: s2s.grad(w.f, wrt=w.wrt, backend="jax"))]
    for name, make in candidates:
        try:
            jitted = jax.jit(make(), static_argnums=w.static)
            got = jax.block_until_ready(jitted(*jargs))
            if not bench_grad.same_grads([np.asarray(o) for o in got], want, rtol=1e-6):
                raise AssertionError("gradient disagrees with the hand-written one")
            out[name] = (jitted, jargs)
        except Exception as e:
            notes.append(f"{w.key}: {name} skipped -- {type(e).__name__}: {e}")
    return out


def run(a):
    t_start = time.perf_counter()
    notes = []
    jax = jnp = None
    if not a.no_jax:
        try:
            import jax
            jax.config.update("jax_enable_x64", True)
            import jax.numpy as jnp
        except Exception as e:
            notes.append(f"jax unavailable ({type(e).__name__}: {e}); its columns are skipped")
    min_time, repeat = (0.001, 2) if a.quick else (0.005, a.repeat)
    selected = make_workloads(a.quick)
    if a.only:
        selected = [w for w in selected if w.key in a.only.split(",")]
    print(f"s2s memory benchmark{' (--quick: tiny sizes)' if a.quick else ''}; numpy "
          f"{np.__version__}; times: best of {repeat} interleaved rounds")

    peaks, times, want = {}, {}, {}
    for w in selected:   # numpy first: XLA's spinning threads slow numpy timed after jax
        want[w.key] = bench_grad.reference(w)
        fns = numpy_columns(w, want[w.key], notes)
        peaks[w.key] = {name: numpy_peak(fn) for name, fn in fns.items()}
        times[w.key] = bench_grad.time_per_call(fns, min_time, repeat)
    if jax is not None:
        for w in selected:
            cols = jax_columns(w, want[w.key], jax, jnp, notes)
            for name, (jitted, jargs) in cols.items():
                peaks[w.key][name] = jax_peak(jitted, jargs)
            calls = {name: (lambda j=j, x=x: jax.block_until_ready(j(*x)))
                     for name, (j, x) in cols.items()}
            times[w.key].update(bench_grad.time_per_call(calls, min_time, repeat))

    summary = []
    for w in selected:
        p, t = peaks[w.key], times[w.key]
        print(f"\n{w.title}")
        print(f"  {'implementation':<10} {'peak MiB':>10} {'ms/call':>10} {'memory':>8} {'time':>7}")
        for name in p:
            ref = "hand" if name in ("hand", "s2s") else "jax.jit"
            ratios = "" if name == ref or ref not in p else \
                f"{p[name] / max(p[ref], 1):7.2f}x {t[name] / t[ref]:6.2f}x"
            print(f"  {name:<10} {p[name] / MiB:>10.2f} {t[name] * 1e3:>10.3f} {ratios}".rstrip())
        for ours, ref, (m_target, t_target) in (("s2s", "hand", NUMPY_TARGETS),
                                                ("s2s jax", "jax.jit", JAX_TARGETS)):
            if ref not in p:
                continue
            have = ours in p
            summary.append((f"{w.key} {ours} memory", p[ours] / max(p[ref], 1) if have else None,
                            m_target))
            summary.append((f"{w.key} {ours} time", t[ours] / t[ref] if have else None, t_target))
        if w.key == "rows" and not a.quick:
            have = "s2s" in p
            print(f"  target s2s peak <= {ROWS_LIMIT / MiB:g} MiB: "
                  + (f"{p['s2s'] / MiB:.2f} MiB -> "
                     f"{'MET' if p['s2s'] <= ROWS_LIMIT else 'NOT MET'}" if have else "not measured"))

    bench_grad.print_summary("Summary (s2s / reference vs target):", summary, notes, 22, 6)
    print(f"\ntotal wall time {time.perf_counter() - t_start:.1f} s")


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="smoke mode: tiny sizes")
    p.add_argument("--no-jax", action="store_true", help="skip the jax columns")
    p.add_argument("--only", help="comma-separated subset of: long,rows,mlp")
    p.add_argument("--repeat", type=int, default=15, help="timing rounds (default 15)")
    run(p.parse_args(argv))
    return 0


if __name__ == "__main__":
    sys.exit(main())

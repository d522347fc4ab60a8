"""s2s's jax backend under jax.jit against jax.jit(jax.grad), on the MLP and RNN workloads of
bench_grad.py, and the jit compile time of the RNN gradient as the sequence grows.

    python benchmarks/bench_jax.py            # T = 10, 100, 1000 (jax.grad's compile of the
                                              #   unrolled T = 1000 loop takes minutes)
    python benchmarks/bench_jax.py --quick    # T = 10 only, few repetitions

s2s writes the RNN's loop as lax.scan (its tape is what the scan stacks; the backward loop
is a reverse scan), so its compile time should stay flat in T; jax.grad of a Python loop
traces every step. Run times are per call after compilation, best of several rounds;
nothing here is asserted.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_grad  # noqa: E402
import workloads  # noqa: E402

import s2s  # noqa: E402


def best_time(f, args, repeat, number):
    import jax
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for _ in range(number):
            jax.block_until_ready(f(*args))
        best = min(best, (time.perf_counter() - t0) / number)
    return best


def first_call(f, args):
    import jax
    t0 = time.perf_counter()
    jax.block_until_ready(f(*args))
    return time.perf_counter() - t0


def rnn_args(T, rng):
    hid, inp = 16, 8
    return (rng.normal(size=(hid, hid)) / np.sqrt(hid), rng.normal(size=(hid, inp)) / np.sqrt(inp),
            0.1 * rng.normal(size=hid), rng.normal(size=(T, inp)), np.zeros(hid))


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="smoke mode: T = 10, few repetitions")
    a = p.parse_args(argv)
    import jax
    import jax.numpy as jnp
    jax.config.update("jax_enable_x64", True)
    repeat, number = (2, 3) if a.quick else (7, 50)

    print("Run time per call under jax.jit (float64, CPU)")
    rows = []
    for w in bench_grad.make_workloads():
        if w.key not in ("mlp", "rnn"):
            continue
        ours = jax.jit(s2s.grad(w.f, wrt=w.wrt, backend="jax"))
        theirs = jax.jit(jax.grad(bench_grad.rebind(w.f, jnp), argnums=w.wrt))
        want = s2s.grad(w.f, wrt=w.wrt)(*w.args)
        for got in (ours(*w.args), theirs(*w.args)):
            for g, e in zip(got, want, strict=True):
                np.testing.assert_allclose(np.asarray(g), e, rtol=1e-6, atol=1e-9)
        t_ours = best_time(ours, w.args, repeat, number)
        t_theirs = best_time(theirs, w.args, repeat, number)
        rows.append((w.title, t_ours, t_theirs))
        print(f"  {w.title}\n    s2s jax backend {t_ours * 1e6:9.1f} us   jax.jit(jax.grad) "
              f"{t_theirs * 1e6:9.1f} us   ratio {t_ours / t_theirs:5.2f}x")

    print("\nRNN gradient (hidden 16, input 8): compile + first call, then run time")
    rng = np.random.default_rng(0)
    for T in (10,) if a.quick else (10, 100, 1000):
        args = rnn_args(T, rng)
        ours = jax.jit(s2s.grad(workloads.rnn_loss, wrt=(0, 1, 2), backend="jax"))
        theirs = jax.jit(jax.grad(bench_grad.rebind(workloads.rnn_loss, jnp), argnums=(0, 1, 2)))
        c_ours, c_theirs = first_call(ours, args), first_call(theirs, args)
        r_ours = best_time(ours, args, repeat, max(1, number // 5))
        r_theirs = best_time(theirs, args, repeat, max(1, number // 5))
        print(f"  T={T:5d}  compile: s2s {c_ours:7.2f} s   jax.grad {c_theirs:7.2f} s   |   "
              f"run: s2s {r_ours * 1e6:9.1f} us   jax.grad {r_theirs * 1e6:9.1f} us")
    print("\nSummary: see the ratios above (targets: run time <= 1.1x jax.jit(jax.grad); "
          "s2s compile time flat in T)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

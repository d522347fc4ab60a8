"""Time s2s gradients against hand-written numpy, autograd and jax on three workloads.

    python benchmarks/bench_grad.py                 # full run (well under 2 minutes)
    python benchmarks/bench_grad.py --quick         # smoke mode: few repetitions
    python benchmarks/bench_grad.py --show-source   # also print the generated RNN gradient
    python benchmarks/bench_grad.py --profile       # also cProfile the s2s RNN gradient

Workloads (the differentiated functions live in ``workloads.py``):

  (a) scalar  L(w1, w2) = w2*log(w1) + sqrt(w2*log(w1)) on Python floats, d/d(w1, w2)
  (b) mlp     100 -> 64 (tanh) -> 10, batch 64, softmax cross-entropy, d/d(W1, b1, W2, b2)
  (c) rnn     h <- tanh(W h + U x_t + b), T=50, hidden 16, input 8, loss sum(h_T), d/d(W, U, b)

Every implementation is checked before it is timed: the hand-written gradients against
central differences (asserted: a wrong hand-written gradient is a bug in this script), and
s2s, autograd and jax against the hand-written one (a mismatch is reported, and that
column is left out of the ratios). Times are in microseconds per call: the best of 60
interleaved rounds of at least 5 ms of calls each (``timeit``; short rounds, so that the
best of them misses a busy machine's slow spells); the numpy-based columns of
all workloads are timed first, jax last (see ``run``). This is a measurement script:
targets are printed, never asserted, and it exits 0 even when s2s fails on a workload.
"""
from __future__ import annotations

import argparse
import math
import os
import sys
import time
import timeit
import traceback
import types

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import workloads  # noqa: E402  (the functions under test; s2s reads their source)

import s2s  # noqa: E402

# Targets: s2s time / hand-written time must not exceed these.
TARGETS = {"scalar": 3.0, "mlp": 1.3, "rnn": 1.3}


# -- optional frameworks ---------------------------------------------------------------------
def _import_optional():
    notes = []
    try:
        import autograd
        import autograd.numpy as anp
    except Exception as e:  # not installed, or broken
        autograd = anp = None
        notes.append(f"autograd unavailable ({type(e).__name__}: {e}); its column is skipped")
    try:
        import jax
        jax.config.update("jax_enable_x64", True)
        import jax.numpy as jnp
    except Exception as e:
        jax = jnp = None
        notes.append(f"jax unavailable ({type(e).__name__}: {e}); its columns are skipped")
    return autograd, anp, jax, jnp, notes


def _version(dist):
    try:
        from importlib.metadata import version
        return version(dist)
    except Exception:
        return "?"


def rebind(f, numpy_module):
    """``f`` with its global ``np`` replaced: the same code run on autograd/jax numpy."""
    g = dict(f.__globals__)
    g["np"] = numpy_module
    return types.FunctionType(f.__code__, g, f.__name__, f.__defaults__, f.__closure__)


# -- hand-written gradients (what an expert would write) -------------------------------------
def scalar_grad_hand(w1, w2):
    """Same primitives as the function (np.log / np.sqrt), common subexpressions shared."""
    log_w1 = np.log(w1)
    d = 1.0 + 0.5 / np.sqrt(w2 * log_w1)        # dL/du for u = w2*log(w1)
    return d * w2 / w1, d * log_w1


def scalar_grad_hand_math(w1, w2):
    """The same, with the ``math`` module (what one writes for Python floats)."""
    log_w1 = math.log(w1)
    d = 1.0 + 0.5 / math.sqrt(w2 * log_w1)
    return d * w2 / w1, d * log_w1


def mlp_grad_hand(W1, b1, W2, b2, x, y_onehot):
    h = x @ W1
    h += b1
    np.tanh(h, out=h)
    z = h @ W2
    z += b2
    z -= z.max(axis=1, keepdims=True)
    np.exp(z, out=z)
    # d loss / d logits = (softmax - y) / batch, computed in place
    z *= 1.0 / (x.shape[0] * z.sum(axis=1, keepdims=True))
    z -= y_onehot * (1.0 / x.shape[0])
    dW2 = h.T @ z
    db2 = z.sum(axis=0)
    d_pre = z @ W2.T
    h *= h
    np.subtract(1.0, h, out=h)
    d_pre *= h                                  # tanh' = 1 - h^2
    return x.T @ d_pre, d_pre.sum(axis=0), dW2, db2


def rnn_grad_hand(W, U, b, xs, h0):
    """Backprop through time. The input projections are one matmul for all steps, and
    the weight gradients one matmul each over the stacked per-step adjoints."""
    hs = [h0]
    h = h0
    for p in np.dot(xs, U.T) + b:               # p = U x_t + b for every t at once
        h = np.tanh(np.dot(W, h) + p)
        hs.append(h)
    H = np.array(hs)                            # (T+1, n): h_0 .. h_T
    dtanh = 1.0 - H[1:] * H[1:]                 # tanh' at every step, vectorized
    d_pre = [None] * len(xs)                    # d loss / d (pre-activation at step t)
    dh = np.ones_like(h0)                       # d sum(h_T) / d h_T
    for t in range(len(xs) - 1, -1, -1):
        d = dh * dtanh[t]
        d_pre[t] = d
        dh = np.dot(d, W)                       # = W.T @ d
    D = np.array(d_pre)
    return np.dot(D.T, H[:-1]), np.dot(D.T, xs), D.sum(axis=0)


def rnn_grad_hand_per_step(W, U, b, xs, h0):
    """Textbook BPTT with per-step outer-product accumulation (for comparison only: this
    is the shape of code a reverse-mode tool emits for the loop)."""
    hs = [h0]
    h = h0
    for x_t in xs:
        h = np.tanh(np.dot(W, h) + np.dot(U, x_t) + b)
        hs.append(h)
    dW, dU, db = np.zeros_like(W), np.zeros_like(U), np.zeros_like(b)
    dh = np.ones_like(h0)
    for t in range(len(xs) - 1, -1, -1):
        h = hs[t + 1]
        d = dh * (1.0 - h * h)
        dW += np.outer(d, hs[t])
        dU += np.outer(d, xs[t])
        db += d
        dh = np.dot(d, W)
    return dW, dU, db


# -- workloads ---------------------------------------------------------------------------------
class Workload:
    def __init__(self, key, title, f, args, wrt, hand, extra_hand=None):
        self.key, self.title, self.f, self.args, self.wrt = key, title, f, args, wrt
        self.hand, self.extra_hand = hand, extra_hand or {}


def make_workloads():
    r = np.random.default_rng(0)
    n_in, n_hid, n_out, batch = 100, 64, 10, 64
    mlp_args = (r.normal(size=(n_in, n_hid)) / np.sqrt(n_in), 0.1 * r.normal(size=n_hid),
                r.normal(size=(n_hid, n_out)) / np.sqrt(n_hid), 0.1 * r.normal(size=n_out),
                r.normal(size=(batch, n_in)), np.eye(n_out)[r.integers(0, n_out, batch)])
    T, hid, inp = 50, 16, 8
    rnn_args = (r.normal(size=(hid, hid)) / np.sqrt(hid), r.normal(size=(hid, inp)) / np.sqrt(inp),
                0.1 * r.normal(size=hid), r.normal(size=(T, inp)), np.zeros(hid))
    return [
        Workload("scalar", "(a) scalar: w2*log(w1) + sqrt(w2*log(w1)), Python floats",
                 workloads.scalar_loss, (2.0, 3.0), (0, 1), scalar_grad_hand,
                 {"hand (math)": scalar_grad_hand_math}),
        Workload("mlp", "(b) MLP 100-64(tanh)-10, batch 64, softmax cross-entropy",
                 workloads.mlp_loss, mlp_args, (0, 1, 2, 3), mlp_grad_hand),
        Workload("rnn", "(c) RNN tanh(W h + U x_t + b), T=50, hidden 16, input 8",
                 workloads.rnn_loss, rnn_args, (0, 1, 2), rnn_grad_hand,
                 {"hand per-step": rnn_grad_hand_per_step}),
    ]


# -- checking ----------------------------------------------------------------------------------
def _perturb(args, k, delta):
    out = list(args)
    out[k] = args[k] + delta
    return out


def finite_difference_check(f, args, wrt, grads, rng, eps=1e-6, rtol=1e-6):
    """Central-difference directional derivatives along random directions, one per
    argument in wrt, compared with <grad, direction>. Raises AssertionError."""
    for k, g in zip(wrt, grads):
        x = args[k]
        v = rng.normal(size=np.shape(x))
        v = float(v) if np.ndim(x) == 0 else v
        h = eps * max(1.0, float(np.max(np.abs(x))))
        fd = (f(*_perturb(args, k, h * v)) - f(*_perturb(args, k, -h * v))) / (2 * h)
        an = float(np.sum(np.asarray(g) * v))
        assert np.allclose(an, fd, rtol=rtol, atol=1e-7), \
            f"{f.__name__}: d/d arg{k} along a random direction: analytic {an!r}, FD {fd!r}"


def same_grads(got, want, rtol=1e-7, atol=1e-9):
    got = got if isinstance(got, (tuple, list)) else (got,)
    if len(got) != len(want):
        return False
    return all(np.shape(g) == np.shape(w) and np.allclose(np.asarray(g), w, rtol=rtol, atol=atol)
               for g, w in zip(got, want))


# -- timing ------------------------------------------------------------------------------------
def time_per_call(impls, min_time, repeat):
    """{name: best seconds per call}. Each implementation gets a call count n such that n
    calls last >= min_time; then ``repeat`` rounds time every implementation once, in
    turn, so that slow spells of a noisy machine hit all of them alike; keep the minimum."""
    timers, counts = {}, {}
    for name, fn in impls.items():
        timers[name] = timer = timeit.Timer(fn)
        n = 1
        while True:
            t = timer.timeit(n)
            if t >= min_time:
                break
            n = max(n * 2, int(n * 1.2 * min_time / max(t, 1e-9)))
        counts[name] = n
    best = {name: math.inf for name in impls}
    for _ in range(repeat):
        for name, timer in timers.items():
            best[name] = min(best[name], timer.timeit(counts[name]) / counts[name])
    return best


# -- building the implementations of one workload ------------------------------------------------
def reference(w):
    """The hand-written gradient, asserted against central differences."""
    want = [np.asarray(g, dtype=float) for g in w.hand(*w.args)]
    finite_difference_check(w.f, w.args, w.wrt, want, np.random.default_rng(1))
    return want


def numpy_impls(w, want, ag, anp, notes):
    """{name: zero-argument callable} for hand-written, s2s and autograd, each checked
    against ``want``; and {name: message} for those skipped."""
    impls, status = {}, {}
    for name, h in [("hand", w.hand), *w.extra_hand.items()]:
        assert same_grads(h(*w.args), want), f"{name} disagrees with the hand-written gradient"
        impls[name] = (lambda h=h: h(*w.args))

    # s2s raising or giving a wrong gradient is reported, and the s2s column skipped.
    try:
        g = s2s.grad(w.f, wrt=w.wrt)
        got = g(*w.args)
        if not same_grads(got, want):
            worst = max(float(np.max(np.abs(np.asarray(a) - b))) for a, b in zip(got, want))
            raise AssertionError(f"gradient disagrees with the hand-written one "
                                 f"(max abs difference {worst:.3g})")
        impls["s2s"] = (lambda g=g: g(*w.args))
    except Exception as e:
        status["s2s"] = f"s2s FAILED: {type(e).__name__}: {e}"
        notes.append(f"{w.key}: s2s skipped -- {type(e).__name__}: {e}\n"
                     + "".join(traceback.format_exception(e)[-4:]).rstrip())

    if ag is not None:
        try:
            argnum = w.wrt if len(w.wrt) > 1 else w.wrt[0]     # tuple argnum -> tuple out
            ga = ag.grad(rebind(w.f, anp), argnum)
            got = ga(*w.args)
            got = [np.asarray(o) for o in got] if len(w.wrt) > 1 else got
            if same_grads(got, want):
                impls["autograd"] = (lambda ga=ga: ga(*w.args))
            else:
                status["autograd"] = "autograd gradient disagrees; skipped"
        except Exception as e:
            status["autograd"] = f"autograd failed: {type(e).__name__}: {e}"
    return impls, status


def jax_impls(w, want, jax, jnp):
    """Eager ``jax.grad`` and ``jax.jit(jax.grad)`` (warmed up), on device arrays."""
    impls, status = {}, {}
    try:
        fj = rebind(w.f, jnp)
        jargs = tuple(a if isinstance(a, float) else jnp.asarray(a) for a in w.args)
        ge = jax.grad(fj, argnums=w.wrt)
        for name, gfun in (("jax eager", ge), ("jax jit", jax.jit(ge))):
            out = jax.block_until_ready(gfun(*jargs))            # compiles the jit version
            jax.block_until_ready(gfun(*jargs))
            if same_grads([np.asarray(o) for o in out], want, rtol=1e-6):
                impls[name] = (lambda gfun=gfun: jax.block_until_ready(gfun(*jargs)))
            else:
                status[name] = f"{name} gradient disagrees; skipped"
    except Exception as e:
        status["jax"] = f"jax failed: {type(e).__name__}: {e}"
    return impls, status


def run(args):
    t_start = time.perf_counter()
    ag, anp, jax, jnp, notes = _import_optional()
    if args.no_jax and jax is not None:
        jax = jnp = None
        notes.append("jax skipped (--no-jax)")
    # many short rounds: the quickest of them is the least disturbed by a busy machine
    min_time, repeat = (0.002, 2) if args.quick else (0.005, 60)
    selected = make_workloads()
    if args.only:
        keys = set(args.only.split(","))
        selected = [w for w in selected if w.key in keys]

    print(f"s2s gradient benchmark{' (--quick: smoke mode, numbers are noisy)' if args.quick else ''}")
    print(f"numpy {np.__version__}"
          + (f", autograd {_version('autograd')}" if ag else "")
          + (f", jax {_version('jax')} (x64, {jax.default_backend()})" if jax else "")
          + f"; best of {repeat} interleaved rounds, each >= {min_time * 1e3:g} ms of calls")

    # Phase 1 times the numpy-based implementations of every workload; phase 2 then times
    # jax. Kept apart on purpose: XLA's CPU thread pool keeps spinning after jax calls, and
    # on a 2-core machine that slows numpy code timed right after by up to 2x.
    want, times, status = {}, {}, {}
    for w in selected:
        want[w.key] = reference(w)
        impls, status[w.key] = numpy_impls(w, want[w.key], ag, anp, notes)
        times[w.key] = time_per_call(impls, min_time, repeat)
    if jax is not None:
        for w in selected:
            impls, st = jax_impls(w, want[w.key], jax, jnp)
            status[w.key].update(st)
            times[w.key].update(time_per_call(impls, min_time, repeat))

    summary = []
    for w in selected:
        print(f"\n{w.title}")
        t_w, s2s_t = times[w.key], times[w.key].get("s2s")
        print(f"  {'implementation':<16} {'us/call':>12} {'s2s / this':>12}")
        for name, t in t_w.items():
            ratio = f"{s2s_t / t:>11.2f}x" if s2s_t is not None and name != "s2s" else ""
            print(f"  {name:<16} {t * 1e6:>12.2f} {ratio}".rstrip())
        for msg in status[w.key].values():
            print(f"  ({msg.splitlines()[0]})")
        target = TARGETS[w.key]
        r = None if s2s_t is None else s2s_t / t_w["hand"]
        summary.append((w.key, r, target))
        verdict = "NOT MEASURED (s2s failed)" if r is None else \
            f"{r:.2f}x -> {'MET' if r <= target else 'NOT MET'}"
        print(f"  target s2s <= {target:g}x hand-written: {verdict}")

    print_summary("Summary (s2s time / hand-written time vs target):", summary, notes, 8, 5)

    if args.show_source:
        print("\n# s2s.source(s2s.grad(workloads.rnn_loss, wrt=(0, 1, 2)))")
        try:
            print(s2s.source(s2s.grad(workloads.rnn_loss, wrt=(0, 1, 2))))
        except Exception as e:
            print(f"(s2s could not generate it: {type(e).__name__}: {e})")
    if args.profile:
        profile_rnn(args.quick)
    print(f"\ntotal wall time {time.perf_counter() - t_start:.1f} s")


def print_summary(title, summary, notes, key_width, ratio_width):
    """The closing table of a benchmark: each (name, ratio or None, target), then notes."""
    print("\n" + title)
    for key, r, target in summary:
        verdict = "not measured" if r is None else ("MET" if r <= target else "NOT MET")
        shown = "n/a".rjust(ratio_width + 1) if r is None else f"{r:{ratio_width}.2f}x"
        print(f"  {key:<{key_width}} {shown}  target <= {target:g}x  {verdict}")
    for n in notes:
        print(f"note: {n}")


def profile_rnn(quick):
    """cProfile the s2s RNN gradient: where does the time go?"""
    import cProfile
    import pstats
    w = [w for w in make_workloads() if w.key == "rnn"][0]
    try:
        g = s2s.grad(w.f, wrt=w.wrt)
        g(*w.args)
    except Exception as e:
        print(f"(cannot profile: s2s failed: {type(e).__name__}: {e})")
        return
    n = 20 if quick else 300
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(n):
        g(*w.args)
    prof.disable()
    print(f"\n# cProfile of {n} calls of the s2s RNN gradient (top by internal time)")
    pstats.Stats(prof, stream=sys.stdout).sort_stats("tottime").print_stats(15)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="smoke mode: far fewer repetitions")
    p.add_argument("--show-source", action="store_true",
                   help="print s2s.source of the RNN gradient")
    p.add_argument("--profile", action="store_true", help="cProfile the s2s RNN gradient")
    p.add_argument("--no-jax", action="store_true", help="skip the jax columns")
    p.add_argument("--only", help="comma-separated subset of: scalar,mlp,rnn")
    run(p.parse_args(argv))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Time s2s Jacobians (forward against reverse mode), Hessian-vector products and Hessians.

    python benchmarks/bench_second.py               # full run (well under 2 minutes)
    python benchmarks/bench_second.py --quick       # smoke mode: few repetitions
    python benchmarks/bench_second.py --ms 10,30,100,300,1000   # more points for the crossover
    python benchmarks/bench_second.py --profile     # also cProfile s2s jacfwd, jacrev and hvp

Workloads (the differentiated functions live in ``workloads.py``):

  (d) jacobian  f(A, x) = A @ x, n = 100 inputs, m in {10, 100, 1000} outputs; d/dx = A.
      s2s.jacfwd (one batched tangent sweep: n directions at once), s2s.jacrev (one
      forward sweep and one batched pullback: m directions at once), s2s.jacobian (picks
      the mode from the sizes), jitted jax.jacfwd
      and jax.jacrev for reference, and ``A.copy()``: the Jacobian *is* A, so copying A is
      the floor. Printed: where reverse mode starts to lose against forward mode (the
      "which mode would you choose" crossover, expected near m = n), and jacfwd / copy.
  (e) hvp       extended Rosenbrock in 1000 dimensions,
      f(x) = sum(100 (x[1:] - x[:-1]**2)**2 + (1 - x[:-1])**2); H(x) v by s2s.hvp
      (forward over reverse), a hand-written numpy HVP, autograd, jax (eager jvp of grad,
      and jitted). One s2s gradient (s2s.grad) is timed too: HVP / gradient is the
      "a Hessian-vector product costs a small constant times a gradient" check.
  (f) hessian   the same Rosenbrock function in 100 dimensions: the dense Hessian by
      s2s.hessian (one batched forward-over-reverse sweep: 100 directions at once), by
      100 calls of s2s.hvp (what s2s.hessian did before it was batched), by 100 calls of
      the hand-written HVP, and by jax.jit(jax.hessian).

Targets (printed, never asserted): s2s jacfwd within 5x of copying A (at every m), and
s2s HVP <= 3x one s2s gradient.

Every result is checked before it is timed: the Jacobians against A exactly (allclose);
the hand-written gradient against central differences of f and the hand-written HVP
against central differences of the hand-written gradient (asserted: a failure there is a
bug in this script); s2s, autograd and jax against those. An s2s failure or a wrong s2s
result is reported and that item skipped; the script exits 0. Times are microseconds per
call, the best of several interleaved rounds (``bench_grad.time_per_call``); all numpy
based columns are timed first and jax last (XLA's spinning thread pool slows numpy code
timed right after it).
"""
from __future__ import annotations

import argparse
import math
import os
import sys
import time
import traceback

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import workloads  # noqa: E402  (the functions under test; s2s reads their source)
from bench_grad import (_import_optional, _version, finite_difference_check,  # noqa: E402
                        print_summary,
                        rebind, time_per_call)

import s2s  # noqa: E402

N_IN = 100                    # inputs of the linear map
MS = (10, 100, 1000)          # outputs of the linear map
N_ROSEN = 1000                # dimension of the Rosenbrock function
N_HESS = 100                  # dimension of the Rosenbrock function for the dense Hessian
JAC_COPY_TARGET = 5.0         # s2s jacfwd time / A.copy() time
HVP_GRAD_TARGET = 3.0         # s2s hvp time / s2s grad time


# -- hand-written Rosenbrock derivatives ------------------------------------------------------
#   f(x) = sum_i 100 t_i^2 + (1 - a_i)^2,  a = x[:-1], b = x[1:], t = b - a^2
#   grad:  g[:-1] = -400 t a - 2 (1 - a),   g[1:] += 200 t
#   H v:   with va = v[:-1], dt = v[1:] - 2 a va  (the directional derivative of t)
#          Hv[:-1] = -400 (dt a + t va) + 2 va,  Hv[1:] += 200 dt
def rosenbrock_grad_hand(x):
    a = x[:-1]
    t = x[1:] - a * a
    g = np.empty_like(x)
    g[:-1] = -400.0 * t * a - 2.0 * (1.0 - a)
    g[-1] = 0.0
    g[1:] += 200.0 * t
    return g


def rosenbrock_hvp_hand(x, v):
    a, va = x[:-1], v[:-1]
    t = x[1:] - a * a
    dt = v[1:] - 2.0 * a * va
    out = np.empty_like(x)
    out[:-1] = 2.0 * va - 400.0 * (dt * a + t * va)
    out[-1] = 0.0
    out[1:] += 200.0 * dt
    return out


def check_rosenbrock_hand(x, v):
    """Assert the hand-written gradient against central differences of f and the
    hand-written HVP against central differences of the hand-written gradient (the
    gradient is quadratic-ish in x, so a central difference of it is accurate)."""
    finite_difference_check(workloads.rosenbrock, (x,), (0,), [rosenbrock_grad_hand(x)],
                            np.random.default_rng(2))
    h = 1e-5
    fd = (rosenbrock_grad_hand(x + h * v) - rosenbrock_grad_hand(x - h * v)) / (2 * h)
    hv = rosenbrock_hvp_hand(x, v)
    assert np.allclose(hv, fd, rtol=1e-6, atol=1e-6 * np.max(np.abs(hv))), \
        f"hand-written HVP disagrees with FD of the gradient: max |diff| " \
        f"{np.max(np.abs(hv - fd)):.3g}"
    # and along a single coordinate, against a dense finite-difference Hessian column
    e = np.zeros_like(x)
    e[3] = 1.0
    col = (rosenbrock_grad_hand(x + h * e) - rosenbrock_grad_hand(x - h * e)) / (2 * h)
    assert np.allclose(rosenbrock_hvp_hand(x, e), col, rtol=1e-6, atol=1e-4)


# -- small helpers ----------------------------------------------------------------------------
def _fail(notes, label, e):
    notes.append(f"{label}: skipped -- {type(e).__name__}: {e}\n"
                 + "".join(traceback.format_exception(e)[-4:]).rstrip())
    return f"{label} FAILED: {type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}"


def _mismatch(got, want):
    got = np.asarray(got)
    if got.shape != np.shape(want):
        return f"shape {got.shape}, expected {np.shape(want)}"
    return f"max abs difference {float(np.max(np.abs(got - want))):.3g}"


def _checked(label, fn, want, impls, status, notes, rtol=1e-7, atol=1e-9, where=""):
    """Call fn once, compare with want; on success add it to impls, else record why not."""
    try:
        got = fn()
    except Exception as e:
        status[label] = _fail(notes, label + where, e)
        return
    if np.shape(got) != np.shape(want) or not np.allclose(np.asarray(got), want,
                                                           rtol=rtol, atol=atol):
        msg = f"result disagrees with the reference ({_mismatch(got, want)})"
        notes.append(f"{label}{where}: skipped -- {msg}")
        status[label] = f"{label} WRONG: {msg}; skipped"
        return
    impls[label] = fn


def _crossover(ms, fwd, rev):
    """The m where rev/fwd crosses 1, interpolated in log-log between measured points."""
    pts = [(m, rev[m] / fwd[m]) for m in ms if m in fwd and m in rev]
    if len(pts) < 2:
        return "not enough measured points"
    for (m0, r0), (m1, r1) in zip(pts, pts[1:]):
        if (r0 - 1.0) * (r1 - 1.0) <= 0 and r0 != r1:
            lm = math.log(m0) + (math.log(m1) - math.log(m0)) * (0 - math.log(r0)) \
                / (math.log(r1) - math.log(r0))
            side = "reverse cheaper below, forward above" if r0 < 1 else \
                "forward cheaper below, reverse above"
            return f"rev/fwd = 1 at m ~ {math.exp(lm):.0f} (between {m0} and {m1}; {side})"
    if all(r < 1 for _, r in pts):
        return f"reverse is cheaper at every measured m (up to {pts[-1][0]})"
    if all(r > 1 for _, r in pts):
        return f"forward is cheaper at every measured m (from {pts[0][0]})"
    return "no single crossover (the ratio crosses 1 more than once)"


# -- (d) Jacobians ----------------------------------------------------------------------------
def jacobian_cases(ms, rng):
    cases = []
    for m in ms:
        A = rng.normal(size=(m, N_IN))
        x = rng.normal(size=N_IN)
        cases.append((m, A, x))
    return cases


def jacobian_numpy_impls(cases, notes):
    """{m: {name: callable}}, {m: {name: message}}."""
    impls, status = {}, {}
    builders = [("s2s jacfwd", s2s.jacfwd), ("s2s jacrev", s2s.jacrev),
                ("s2s jacobian", s2s.jacobian)]
    made = {}
    for label, b in builders:
        try:
            made[label] = b(workloads.linear_map, 1)
        except Exception as e:
            made[label] = e
    for m, A, x in cases:
        imp, st = {"A.copy()": (lambda A=A: A.copy())}, {}
        for label, _ in builders:
            j = made[label]
            if isinstance(j, Exception):
                st[label] = _fail(notes, f"{label} (m={m})", j)
                continue
            _checked(label, (lambda j=j, A=A, x=x: j(A, x)), A, imp, st, notes, where=f" (m={m})")
        impls[m], status[m] = imp, st
    return impls, status


def jacobian_jax_impls(cases, jax, jnp, notes):
    impls, status = {}, {}
    fj = rebind(workloads.linear_map, jnp)
    for m, A, x in cases:
        imp, st = {}, {}
        jA, jx = jnp.asarray(A), jnp.asarray(x)
        for label, tr in (("jax jacfwd jit", jax.jacfwd), ("jax jacrev jit", jax.jacrev)):
            try:
                jf = jax.jit(tr(fj, argnums=1))
                jax.block_until_ready(jf(jA, jx))       # compile
                _checked(label, (lambda jf=jf, jA=jA, jx=jx: jax.block_until_ready(jf(jA, jx))),
                         A, imp, st, notes, rtol=1e-12, atol=1e-12, where=f" (m={m})")
            except Exception as e:
                st[label] = _fail(notes, f"{label} (m={m})", e)
        impls[m], status[m] = imp, st
    return impls, status


def report_jacobian(ms, times, status):
    print(f"\n(d) Jacobian of f(A, x) = A @ x with respect to x: n = {N_IN} inputs, "
          f"m outputs (J = A, m x {N_IN})")
    cols = ["A.copy()", "s2s jacfwd", "s2s jacrev", "s2s jacobian",
            "jax jacfwd jit", "jax jacrev jit"]
    cols = [c for c in cols if any(c in times[m] for m in ms)]
    print("  us per call:")
    print(f"  {'m':>6} " + " ".join(f"{c:>15}" for c in cols))
    for m in ms:
        cells = [f"{times[m][c] * 1e6:>15.1f}" if c in times[m] else f"{'skipped':>15}"
                 for c in cols]
        print(f"  {m:>6} " + " ".join(cells))

    def ratio(m, a, b):
        t = times[m]
        return t[a] / t[b] if a in t and b in t else None

    def fmt(r, w=13):
        return f"{r:>{w}.2f}x" if r is not None else f"{'n/a':>{w + 1}}"

    print("  ratios, and s2s cost per direction (forward: n directions; reverse: m):")
    print(f"  {'m':>6} {'s2s rev/fwd':>14} {'jax rev/fwd':>14} {'jacfwd/copy':>14} "
          f"{'us/fwd dir':>13} {'us/rev dir':>13}")
    for m in ms:
        t = times[m]
        na = f"{'n/a':>13}"
        per_f = f"{t['s2s jacfwd'] * 1e6 / N_IN:>13.2f}" if "s2s jacfwd" in t else na
        per_r = f"{t['s2s jacrev'] * 1e6 / m:>13.2f}" if "s2s jacrev" in t else na
        print(f"  {m:>6} {fmt(ratio(m, 's2s jacrev', 's2s jacfwd'))} "
              f"{fmt(ratio(m, 'jax jacrev jit', 'jax jacfwd jit'))} "
              f"{fmt(ratio(m, 's2s jacfwd', 'A.copy()'))} {per_f} {per_r}")
    for m in ms:
        for msg in status[m].values():
            print(f"  (m={m}: {msg})")

    fwd = {m: times[m]["s2s jacfwd"] for m in ms if "s2s jacfwd" in times[m]}
    rev = {m: times[m]["s2s jacrev"] for m in ms if "s2s jacrev" in times[m]}
    print(f"  crossover, theory: forward ~ n = {N_IN} directions, reverse ~ m directions -> "
          f"reverse for m < {N_IN}, forward for m > {N_IN}")
    print(f"  crossover, s2s measured: {_crossover(ms, fwd, rev)}")
    jf = {m: times[m]["jax jacfwd jit"] for m in ms if "jax jacfwd jit" in times[m]}
    jr = {m: times[m]["jax jacrev jit"] for m in ms if "jax jacrev jit" in times[m]}
    if jf and jr:
        print(f"  crossover, jax jit measured: {_crossover(ms, jf, jr)}; jax batches "
              "the sweeps (vmap) into one matmul")
    picks = []
    for m in ms:
        t = times[m]
        if all(k in t for k in ("s2s jacobian", "s2s jacfwd", "s2s jacrev")):
            best = min(t["s2s jacfwd"], t["s2s jacrev"])
            picks.append(f"m={m}: {t['s2s jacobian'] / best:.2f}x the faster mode")
    if picks:
        print("  s2s.jacobian (auto mode) vs the faster of jacfwd/jacrev: " + ", ".join(picks))

    results = []
    for m in ms:
        r = ratio(m, "s2s jacfwd", "A.copy()")
        verdict = "NOT MEASURED (s2s failed)" if r is None else \
            f"{r:.1f}x -> {'MET' if r <= JAC_COPY_TARGET else 'NOT MET'}"
        print(f"  target s2s jacfwd <= {JAC_COPY_TARGET:g}x A.copy() at m={m}: {verdict}")
        results.append((f"jacfwd/copy m={m}", r, JAC_COPY_TARGET))
    return results


# -- (e) Hessian-vector product ---------------------------------------------------------------
def hvp_case(rng):
    x = 1.0 + 0.5 * rng.normal(size=N_ROSEN)          # around the minimum x = 1
    v = rng.normal(size=N_ROSEN)
    return x, v


def hvp_numpy_impls(x, v, ag, anp, notes):
    want_hv, want_g = rosenbrock_hvp_hand(x, v), rosenbrock_grad_hand(x)
    impls, status = {}, {}
    impls["hand hvp"] = lambda: rosenbrock_hvp_hand(x, v)
    impls["hand grad"] = lambda: rosenbrock_grad_hand(x)
    try:
        h = s2s.hvp(workloads.rosenbrock)
        _checked("s2s hvp", lambda: h(x, v), want_hv, impls, status, notes, rtol=1e-10)
    except Exception as e:
        status["s2s hvp"] = _fail(notes, "s2s hvp", e)
    try:
        g = s2s.grad(workloads.rosenbrock)
        _checked("s2s grad", lambda: g(x), want_g, impls, status, notes, rtol=1e-10)
    except Exception as e:
        status["s2s grad"] = _fail(notes, "s2s grad", e)
    if ag is not None:
        try:
            from autograd.differential_operators import hessian_tensor_product
            ha = hessian_tensor_product(rebind(workloads.rosenbrock, anp))
            _checked("autograd hvp", lambda: ha(x, v), want_hv, impls, status, notes,
                     rtol=1e-10)
        except Exception as e:
            status["autograd hvp"] = f"autograd failed: {type(e).__name__}: {e}"
    return impls, status


def hvp_jax_impls(x, v, jax, jnp, notes):
    want_hv, want_g = rosenbrock_hvp_hand(x, v), rosenbrock_grad_hand(x)
    impls, status = {}, {}
    try:
        fj = rebind(workloads.rosenbrock, jnp)
        jx, jv = jnp.asarray(x), jnp.asarray(v)
        gj = jax.grad(fj)

        def hvp_eager(x, v):
            return jax.jvp(gj, (x,), (v,))[1]

        hvp_jit, grad_jit = jax.jit(hvp_eager), jax.jit(gj)
        for label, fn, args, want in (("jax hvp eager", hvp_eager, (jx, jv), want_hv),
                                      ("jax hvp jit", hvp_jit, (jx, jv), want_hv),
                                      ("jax grad jit", grad_jit, (jx,), want_g)):
            jax.block_until_ready(fn(*args))                  # compiles the jit versions
            _checked(label, (lambda fn=fn, args=args: jax.block_until_ready(fn(*args))),
                     want, impls, status, notes, rtol=1e-10)
    except Exception as e:
        status["jax"] = _fail(notes, "jax hvp", e)
    return impls, status


def _ratio_table(times, status, ours):
    """Print each implementation's time and ``ours`` / it; return ``ours``'s time."""
    mine = times.get(ours)
    head = f"{ours} / this"
    print(f"  {'implementation':<16} {'us/call':>10} {head:>{len(head) + 1}}")
    for name, t in times.items():
        r = f"{mine / t:>{len(head)}.2f}x" if mine is not None and name != ours else ""
        print(f"  {name:<16} {t * 1e6:>10.2f} {r}".rstrip())
    for msg in status.values():
        print(f"  ({msg})")
    return mine


def report_hvp(times, status):
    print(f"\n(e) Hessian-vector product of the extended Rosenbrock function, "
          f"n = {N_ROSEN}")
    hv = _ratio_table(times, status, "s2s hvp")
    for a, b in (("hand hvp", "hand grad"), ("jax hvp jit", "jax grad jit")):
        if a in times and b in times:
            print(f"  for comparison, {a} / {b}: {times[a] / times[b]:.2f}x")
    g = times.get("s2s grad")
    r = hv / g if hv is not None and g is not None else None
    verdict = "NOT MEASURED (s2s failed)" if r is None else \
        f"{r:.2f}x -> {'MET' if r <= HVP_GRAD_TARGET else 'NOT MET'}"
    print(f"  target s2s hvp <= {HVP_GRAD_TARGET:g}x one s2s grad: {verdict}")
    return [("hvp/grad", r, HVP_GRAD_TARGET)]


# -- (f) dense Hessian ------------------------------------------------------------------------
def hessian_hand(x):
    """The Rosenbrock Hessian, column by column from the (checked) hand-written HVP."""
    return np.stack([rosenbrock_hvp_hand(x, e) for e in np.eye(x.size)], axis=-1)


def hessian_numpy_impls(x, notes):
    want = hessian_hand(x)
    impls, status = {"hand hvp x n": lambda: hessian_hand(x)}, {}
    try:
        h = s2s.hessian(workloads.rosenbrock)
        _checked("s2s hessian", lambda: h(x), want, impls, status, notes, rtol=1e-10)
    except Exception as e:
        status["s2s hessian"] = _fail(notes, "s2s hessian", e)
    try:
        hv = s2s.hvp(workloads.rosenbrock)
        def cols():
            return np.stack([hv(x, e) for e in np.eye(x.size)], axis=-1)
        _checked("s2s hvp x n", cols, want, impls, status, notes, rtol=1e-10)
    except Exception as e:
        status["s2s hvp x n"] = _fail(notes, "s2s hvp x n", e)
    return impls, status


def hessian_jax_impls(x, jax, jnp, notes):
    impls, status = {}, {}
    try:
        hj = jax.jit(jax.hessian(rebind(workloads.rosenbrock, jnp)))
        jx = jnp.asarray(x)
        jax.block_until_ready(hj(jx))                        # compile
        _checked("jax hessian jit", lambda: jax.block_until_ready(hj(jx)), hessian_hand(x),
                 impls, status, notes, rtol=1e-10)
    except Exception as e:
        status["jax hessian jit"] = _fail(notes, "jax hessian jit", e)
    return impls, status


def report_hessian(times, status):
    print(f"\n(f) Hessian of the extended Rosenbrock function, n = {N_HESS} "
          f"({N_HESS} x {N_HESS})")
    h = _ratio_table(times, status, "s2s hessian")
    j = times.get("jax hessian jit")
    r = h / j if h is not None and j is not None else None
    print("  s2s hessian / jax.jit(jax.hessian): "
          + ("not measured" if r is None else f"{r:.2f}x"))
    return []


# -- profiling --------------------------------------------------------------------------------
def profile(quick):
    """cProfile the s2s Jacobians (m = 1000 and m = 10) and the s2s HVP."""
    import cProfile
    import pstats
    rng = np.random.default_rng(0)
    x, v = hvp_case(rng)
    jobs = []
    for m in (10, 1000):
        A = rng.normal(size=(m, N_IN))
        xx = rng.normal(size=N_IN)
        jobs.append((f"s2s.jacfwd, m={m}", lambda: s2s.jacfwd(workloads.linear_map, 1),
                     (A, xx), 3 if quick else 30))
        jobs.append((f"s2s.jacrev, m={m}", lambda: s2s.jacrev(workloads.linear_map, 1),
                     (A, xx), 3 if quick else 30))
    jobs.append(("s2s.hvp, rosenbrock n=1000", lambda: s2s.hvp(workloads.rosenbrock),
                 (x, v), 100 if quick else 3000))
    for title, make, args, n in jobs:
        try:
            f = make()
            f(*args)
        except Exception as e:
            print(f"\n(cannot profile {title}: {type(e).__name__}: {e})")
            continue
        prof = cProfile.Profile()
        prof.enable()
        for _ in range(n):
            f(*args)
        prof.disable()
        print(f"\n# cProfile of {n} calls of {title} (top by internal time)")
        pstats.Stats(prof, stream=sys.stdout).sort_stats("tottime").print_stats(10)


# -- driver -----------------------------------------------------------------------------------
def run(args):
    t_start = time.perf_counter()
    ag, anp, jax, jnp, notes = _import_optional()
    if args.no_jax and jax is not None:
        jax = jnp = None
        notes.append("jax skipped (--no-jax)")
    min_time, repeat = (0.002, 2) if args.quick else (0.025, 21)
    ms = tuple(int(s) for s in args.ms.split(",")) if args.ms else MS
    parts = set(args.only.split(",")) if args.only else {"jacobian", "hvp", "hessian"}

    print(f"s2s Jacobian / Hessian-vector product benchmark"
          f"{' (--quick: smoke mode, numbers are noisy)' if args.quick else ''}")
    print(f"numpy {np.__version__}"
          + (f", autograd {_version('autograd')}" if ag else "")
          + (f", jax {_version('jax')} (x64, {jax.default_backend()})" if jax else "")
          + f"; best of {repeat} interleaved rounds, each >= {min_time * 1e3:g} ms of calls")

    rng = np.random.default_rng(0)
    cases = jacobian_cases(ms, rng)
    x, v = hvp_case(rng)
    xh = x[:N_HESS].copy()
    jac_times, jac_status, hvp_times, hvp_status = {}, {}, {}, {}
    hess_times, hess_status = {}, {}

    # phase 1: numpy-based columns (reference checks asserted first)
    if "hvp" in parts:
        check_rosenbrock_hand(x, v)
    if "hessian" in parts:
        check_rosenbrock_hand(xh, v[:N_HESS].copy())
    if "jacobian" in parts:
        impls, jac_status = jacobian_numpy_impls(cases, notes)
        for m in ms:
            jac_times[m] = time_per_call(impls[m], min_time, repeat)
    if "hvp" in parts:
        impls, hvp_status = hvp_numpy_impls(x, v, ag, anp, notes)
        hvp_times = time_per_call(impls, min_time, repeat)
    if "hessian" in parts:
        impls, hess_status = hessian_numpy_impls(xh, notes)
        hess_times = time_per_call(impls, min_time, repeat)
    # phase 2: jax
    if jax is not None:
        if "jacobian" in parts:
            impls, st = jacobian_jax_impls(cases, jax, jnp, notes)
            for m in ms:
                jac_status[m].update(st[m])
                jac_times[m].update(time_per_call(impls[m], min_time, repeat))
        if "hvp" in parts:
            impls, st = hvp_jax_impls(x, v, jax, jnp, notes)
            hvp_status.update(st)
            hvp_times.update(time_per_call(impls, min_time, repeat))
        if "hessian" in parts:
            impls, st = hessian_jax_impls(xh, jax, jnp, notes)
            hess_status.update(st)
            hess_times.update(time_per_call(impls, min_time, repeat))

    summary = []
    if "jacobian" in parts:
        summary += report_jacobian(ms, jac_times, jac_status)
    if "hvp" in parts:
        summary += report_hvp(hvp_times, hvp_status)
    if "hessian" in parts:
        summary += report_hessian(hess_times, hess_status)

    print_summary("Summary (targets):", summary, notes, 20, 8)
    if args.show_source:
        for mode, f, wrt in (("forward", workloads.linear_map, 1),
                             ("vjp", workloads.linear_map, 1),
                             ("hvp", workloads.rosenbrock, 0)):
            print(f"\n# s2s.source(workloads.{f.__name__}, mode={mode!r}, wrt={wrt})")
            try:
                print(s2s.source(f, mode=mode, wrt=wrt))
            except Exception as e:
                print(f"(s2s could not generate it: {type(e).__name__}: {e})")
    if args.profile:
        profile(args.quick)
    print(f"\ntotal wall time {time.perf_counter() - t_start:.1f} s")


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="smoke mode: far fewer repetitions")
    p.add_argument("--ms", help="comma-separated output sizes m "
                                f"(default {','.join(map(str, MS))})")
    p.add_argument("--show-source", action="store_true", help="print the generated sources")
    p.add_argument("--profile", action="store_true",
                   help="cProfile s2s jacfwd/jacrev (m=10, 1000) and s2s hvp")
    p.add_argument("--no-jax", action="store_true", help="skip the jax columns")
    p.add_argument("--only", help="comma-separated subset of: jacobian,hvp,hessian")
    run(p.parse_args(argv))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The differential test: random numpy programs (``random_programs.py``), differentiated
on both backends, in reverse mode (``grad``) and forward mode (``jvp``), eagerly and under
``jax.jit``, must agree with each other and with central differences.

The suite runs ``CI_PROGRAMS`` programs (under jit all of them, eagerly every
``EAGER_EVERY``-th); ``S2S_DIFFERENTIAL=N`` runs N (seeds 0..N-1, each in every mode) and
``S2S_DIFFERENTIAL=A:B`` seeds A..B-1 (the long run: ``S2S_DIFFERENTIAL=2000 pytest
tests/test_differential.py -s`` prints a summary by category). The jitted derivatives of a
batch of programs compile as one XLA program: compiling each alone would cost seconds a
program.

Outcomes of a program on the jax backend: ``ok``; ``refused`` (an s2s error: a derivative
s2s cannot build, or a value it says must be concrete); ``crash`` (any other exception:
s2s's bug); ``wrong`` (a value that differs). The numpy backend's gradient is checked
against central differences first; a program it refuses is skipped (the jax backend
follows the numpy one), one it gets wrong fails the test.
"""
from __future__ import annotations

import collections
import importlib.util
import os
import sys
import traceback

import numpy as np
import pytest

import s2s

from .catalogue import central_difference
from .random_programs import arguments, program

jax = pytest.importorskip("jax")
jax.config.update("jax_enable_x64", True)

CI_PROGRAMS = 200
BATCH = 50  # programs whose jitted derivatives compile together
EAGER_EVERY = 4
MAX_STEPS = 16  # more than any of the programs' loops runs
RTOL, ATOL = 1e-6, 1e-8  # the two backends against each other
FD_RTOL, FD_ATOL = 1e-5, 1e-6  # against central differences


INTERNAL = "internal error in s2s"  # an s2s error that reports a bug of s2s's


def _eager_every():
    """Eager calls compile each lax loop and branch they run (about 0.25 s a program): the
    suite runs every EAGER_EVERY-th program eagerly too, a longer run all of them."""
    return 1 if "S2S_DIFFERENTIAL" in os.environ else EAGER_EVERY


def _seeds():
    spec = os.environ.get("S2S_DIFFERENTIAL", str(CI_PROGRAMS))
    lo, _, hi = spec.rpartition(":")
    return range(int(lo or 0), int(hi))


def load(seed, where):
    """Program ``seed`` written to a file in ``where`` (s2s reads a function's source) and
    imported; its ``f``."""
    name = f"random_program_{seed}"
    path = where / f"{name}.py"
    path.write_text(program(seed))
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module.f


def _close(a, b, rtol=RTOL, atol=ATOL):
    a, b = np.asarray(a, np.float64), np.asarray(b, np.float64)
    return a.shape == b.shape and bool(np.allclose(a, b, rtol=rtol, atol=atol))


def _flat(g):
    return np.concatenate([np.ravel(np.asarray(v, np.float64)) for v in g])


def _derivatives(f, backend, x, s, tx, ts):
    """(gradient as one flat vector, jvp's tangent) of ``f`` at (x, s)."""
    bound = {"max_steps": MAX_STEPS} if backend == "jax" else {}
    g = s2s.grad(f, wrt=(0, 1), backend=backend, **bound)(x, s)
    _, t = s2s.jvp(f, (x, s), (tx, ts), backend=backend)
    return jax.numpy.concatenate([jax.numpy.ravel(jax.numpy.asarray(v)) for v in g]), t


def _outcome(run):
    """("ok", value) | ("refused", message) | ("crash", traceback's last lines)."""
    try:
        return "ok", run()
    except s2s.S2SError as e:
        said = str(e).splitlines()
        where = said[1].strip() if len(said) > 1 else ""  # the line it refers to
        return "crash" if INTERNAL in said[0] else "refused", f"{where}: {said[0]}"
    except Exception as e:  # noqa: BLE001 - every other exception is a crash of s2s
        tb = traceback.format_exception(e)
        return "crash", f"{type(e).__name__}: {e}".splitlines()[0] + "\n" + "".join(tb[-3:])


def check(seeds, where):
    """{seed: {mode: (outcome, detail)}} for the programs of ``seeds``; modes "numpy",
    "eager", "jit"."""
    results, jittable = {}, []
    for seed in seeds:
        f = load(seed, where)
        (x, s), (tx, ts) = arguments(seed)
        res = results[seed] = {}
        kind, np_out = _outcome(lambda: _derivatives(f, "numpy", x, s, tx, ts))
        if kind != "ok":
            res["numpy"] = (kind, np_out)
            continue
        g, t = map(np.asarray, np_out)
        fd = _flat(central_difference(f, (x, s), (0, 1)))
        fd_t = fd @ np.concatenate([tx, [ts]])
        if not (_close(g, fd, FD_RTOL, FD_ATOL) and _close(t, fd_t, FD_RTOL, FD_ATOL)
                and _close(g @ np.concatenate([tx, [ts]]), t)):
            res["numpy"] = ("wrong", f"grad {g}, jvp {t}; central differences {fd}, {fd_t}")
            continue
        res["numpy"] = ("ok", None)
        if seed % _eager_every() == 0:
            kind, out = _outcome(lambda: _derivatives(f, "jax", x, s, tx, ts))
            if kind == "ok" and not (_close(out[0], g) and _close(out[1], t)):
                kind, out = "wrong", f"grad {np.asarray(out[0])}, jvp {out[1]}; numpy {g}, {t}"
            res["eager"] = (kind, out if kind != "ok" else None)
        # under jit: each program traced alone (a crash is its own), then compiled together
        run = (lambda f: lambda *a: _derivatives(f, "jax", *a))(f)
        kind, out = _outcome(lambda: jax.make_jaxpr(run)(x, s, tx, ts))
        res["jit"] = (kind, out if kind != "ok" else None)
        if kind == "ok":
            jittable.append((seed, run, (x, s, tx, ts), (g, t)))
    for k in range(0, len(jittable), BATCH):
        _jit(jittable[k:k + BATCH], results)
    return results


def _jit(batch, results):
    """The jitted derivatives of a batch of programs, compiled as one XLA program; where
    that fails, each program's alone (so that a failure is its program's)."""
    kind, outs = _outcome(lambda: jax.jit(lambda args: [
        run(*a) for (_, run, _, _), a in zip(batch, args)])([a for _, _, a, _ in batch]))
    if kind != "ok" and len(batch) > 1:
        for one in batch:
            _jit([one], results)
        return
    for j, (seed, _, _, (g, t)) in enumerate(batch):
        if kind != "ok":
            results[seed]["jit"] = (kind, outs)
        elif not (_close(outs[j][0], g) and _close(outs[j][1], t)):
            results[seed]["jit"] = ("wrong", f"grad {np.asarray(outs[j][0])}, jvp "
                                             f"{outs[j][1]}; numpy {g}, {t}")


def summary(results):
    """Counts by mode and outcome, and the first line of each distinct failure with the
    seeds it was seen on."""
    counts = collections.Counter()
    seen = collections.defaultdict(list)
    for seed, res in sorted(results.items()):
        for mode, (kind, detail) in res.items():
            counts[mode, kind] += 1
            if kind != "ok":
                seen[mode, kind, str(detail).splitlines()[0][:160]].append(seed)
    lines = [f"{len(results)} programs"]
    lines += [f"  {mode:5} {kind:7} {n}" for (mode, kind), n in sorted(counts.items())]
    lines += [f"  {mode} {kind}: {what}  seeds {seeds[:8]}{'...' if len(seeds) > 8 else ''}"
              for (mode, kind, what), seeds in sorted(seen.items())]
    return "\n".join(lines)


def test_random_programs_agree(tmp_path):
    results = check(_seeds(), tmp_path)
    print("\n" + summary(results))
    bad = {seed: {m: r for m, r in res.items() if r[0] in ("crash", "wrong")}
           for seed, res in results.items()}
    bad = {seed: res for seed, res in bad.items() if res}
    assert not bad, "\n\n".join(
        f"program {seed} (python -m tests.random_programs {seed}):\n" + "\n".join(
            f"  {mode}: {kind}: {detail}" for mode, (kind, detail) in res.items())
        for seed, res in list(bad.items())[:5]) + "\n\n" + summary(results)

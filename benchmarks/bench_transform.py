"""Time to build a derivative (parse, lower, differentiate, simplify, emit, compile), for
the catalogue's functions written with the Python of issue 13 (comprehensions, functions
as values, classes, statements, scipy.stats densities).

    python benchmarks/bench_transform.py            # every case, cold (caches cleared)
    python benchmarks/bench_transform.py --quick    # smoke mode: the first few cases

Each case's reverse-mode gradient is built from nothing: s2s's caches (parsed sources,
normalized trees, IR, generated code) are cleared before it. Target (printed, never
asserted): under 50 ms a function. The gradient is called once, and its value checked
against central differences, before the time is reported.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import s2s  # noqa: E402
from s2s import pipeline  # noqa: E402
from s2s.frontend import normalize, parse  # noqa: E402
from tests.catalogue import (assert_tree_close, central_difference,  # noqa: E402
                             load_cases, reference_tolerance)

SECTIONS = ("comprehensions", "functions", "classes", "statements", "distributions")
TARGET_MS = 50.0


def cold():
    pipeline.clear_caches()
    normalize.normalize.cache_clear()
    parse._parse_cached.cache_clear()


def build_ms(case):
    cold()
    start = time.perf_counter()
    g = s2s.grad(case.fn, wrt=case.wrt)
    ms = 1000 * (time.perf_counter() - start)
    got = g(*case.args, **case.kwargs)
    want = central_difference(case.fn, case.args, case.wrt, case.kwargs)
    assert_tree_close(got, want, *reference_tolerance(case), what=case.id)
    return ms


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="the first few cases only")
    ap.add_argument("--no-jax", action="store_true", help="accepted for symmetry (jax is not used)")
    args = ap.parse_args(argv)
    cases = [c for c in load_cases() if c.module in SECTIONS]
    if args.quick:
        cases = cases[:4]
    build_ms(cases[0])  # imports (scipy, jax references) out of the first timing
    times = sorted((build_ms(c), c.id) for c in cases)
    for ms, name in times:
        print(f"{name:55s} {ms:7.1f} ms")
    ms = [t for t, _ in times]
    print(f"\nSummary: {len(ms)} functions, median {statistics.median(ms):.1f} ms, "
          f"max {ms[-1]:.1f} ms ({times[-1][1]}); {sum(t <= TARGET_MS for t in ms)} "
          f"of {len(ms)} under the {TARGET_MS:.0f} ms target")


if __name__ == "__main__":
    main()

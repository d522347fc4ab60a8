"""Do the tests catch a wrong derivative? Inject known bugs, one at a time, and see.

    python tools/mutations.py              # every mutation
    python tools/mutations.py abs clip     # those whose name contains a word given

Each mutation replaces one piece of text in s2s's source (it must occur exactly once) in a
temporary copy of the repository's tracked files, runs the correctness tests named with it
there (never tests/test_golden.py: a golden diff alone does not count), and prints how many
of them failed and which. A mutation that no test catches is a hole in the suite; the run
exits with status 1 if there is one.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

KINKS = ["tests/test_kinks.py"]
# the rule cases against central differences
RULES = ["tests/test_rules.py", "-k", "test_reverse or test_forward"]

# the catalogue's Jacobians by forward mode, and Hessians and Hessian-vector products,
# against jax and central differences
JACFWD = ["tests/test_jacobians.py", "-k", "jacfwd"]
HESSIANS = ["tests/test_jacobians.py", "-k", "test_hessian"]

# (name, file, text, replacement, pytest arguments)
MUTATIONS = [
    ("maximum tie weight 0.5 -> 1.0", "s2s/rules/elementwise.py",
     'x="g * np.where(x == y, 0.5, x > y)", y="g * np.where(x == y, 0.5, x < y)")\n'
     "    table.defvjp(np.minimum",
     'x="g * np.where(x == y, 1.0, x > y)", y="g * np.where(x == y, 0.5, x < y)")\n'
     "    table.defvjp(np.minimum", KINKS),
    ("abs derivative at 0: 0 -> 1", "s2s/rules/elementwise.py",
     '(np.abs, math.fabs, "np.sign(x)")', '(np.abs, math.fabs, "np.where(x >= 0, 1.0, -1.0)")',
     KINKS),
    ("clip counts its lower end as outside", "s2s/runtime/__init__.py",
     "inside = inside & (x >= lo)", "inside = inside & (x > lo)", KINKS),
    ("matmul: sign of x's cotangent in x @ y", "s2s/runtime/__init__.py",
     "                return g.dot(y.T)\n", "                return -g.dot(y.T)\n", RULES),
    ("unbroadcast: sign of a summed cotangent", "s2s/runtime/__init__.py",
     "    g = sum_to_shape(g, shape)\n    if isinstance(x, _SCALARS)",
     "    g = -sum_to_shape(g, shape)\n    if isinstance(x, _SCALARS)", RULES),
    ("reductions: sign of unreduce along an axis", "s2s/runtime/__init__.py",
     "    return np.broadcast_to(g, shape)\n", "    return np.broadcast_to(-g, shape)\n", RULES),
    ("linalg: sign of the solve with the transpose", "s2s/runtime/linalg.py",
     "    return solve_like(mT(a), g, g)\n", "    return -solve_like(mT(a), g, g)\n", RULES),
    ("batched forward: sign of bsum", "s2s/runtime/__init__.py",
     "    return np.sum(t, axis=axes, keepdims=keepdims)\n",
     "    return -np.sum(t, axis=axes, keepdims=keepdims)\n", JACFWD),
    ("second order: sign of unprod_jvp", "s2s/runtime/__init__.py",
     "    return unprod(g, x, axis=axis, keepdims=keepdims) * (",
     "    return -unprod(g, x, axis=axis, keepdims=keepdims) * (", HESSIANS),
]


def tracked_copy(dest):
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True,
                           check=True).stdout.splitlines()
    for f in files:
        if (ROOT / f).is_file():
            (dest / f).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / f, dest / f)


def run(mutation):
    name, path, old, new, args = mutation
    with tempfile.TemporaryDirectory(prefix="s2s_mutant_") as tmp:
        tmp = Path(tmp)
        tracked_copy(tmp)
        text = (tmp / path).read_text()
        assert text.count(old) == 1, f"{name}: the text to replace occurs {text.count(old)} times in {path}"
        (tmp / path).write_text(text.replace(old, new))
        env = dict(os.environ, PYTHONPATH=str(tmp))
        proc = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider",
                               "--tb=no", "-rf", *args], cwd=tmp, env=env,
                              capture_output=True, text=True)
    failed = re.findall(r"^FAILED (\S+)", proc.stdout, re.M)
    ran = len(re.findall(r"[.FEsx]", "".join(
        line.split(" [")[0] for line in proc.stdout.splitlines() if re.match(r"^[.FEsx]+( +\[|$)", line))))
    return failed, ran, proc


def main(words):
    chosen = [m for m in MUTATIONS if not words or any(w in m[0] for w in words)]
    holes = 0
    print(f"| mutation | tests run | failed | e.g. |\n|---|---|---|---|")
    for m in chosen:
        failed, ran, proc = run(m)
        if not failed and proc.returncode not in (0, 1):
            print(proc.stdout[-2000:], proc.stderr[-2000:], file=sys.stderr)
        holes += not failed
        example = ", ".join(f.split("::", 1)[1] for f in failed[:2]) or "NONE CAUGHT IT"
        print(f"| {m[0]} | {ran} | {len(failed)} | {example} |", flush=True)
    return 1 if holes else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""The ``s2s`` command: ``show`` prints generated source; ``golden`` checks or rewrites
golden files; ``rules`` lists every supported function with its modes and backends.

A golden file is the generated source under a one-line header that says how to make it
again, so a directory of them needs no other index::

    # s2s show tests/cases/arith.py::square --mode reverse --wrt x
    def square_grad(x):
        ...
"""
from __future__ import annotations

import argparse
import difflib
import importlib
import importlib.util
import shlex
import sys
from pathlib import Path

HEADER = "# s2s show "
MODES = ("reverse", "forward", "vjp", "hvp")


def load_function(spec):
    """``path/to/file.py::func`` -> the function object."""
    from .errors import S2SError
    if "::" not in spec:
        raise S2SError(f"expected FILE.py::FUNCTION, got {spec!r}")
    path, name = spec.split("::", 1)
    file = Path(path).resolve()
    if not file.is_file():
        raise S2SError(f"no such file: {path}")
    module = _import(file)
    fn = module
    for part in name.split("."):
        fn = getattr(fn, part, None)
        if fn is None:
            raise S2SError(f"{path} has no function {name!r}")
    return fn


def _import(file):
    """Import a file as part of its package when it is in one (so relative imports work)."""
    parts = [file.stem]
    root = file.parent
    while (root / "__init__.py").is_file():
        parts.insert(0, root.name)
        root = root.parent
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    return importlib.import_module(".".join(parts))


def _wrt(text):
    if text is None:
        return 0
    items = [int(w) if w.strip().lstrip("-").isdigit() else w.strip() for w in text.split(",")]
    return items[0] if len(items) == 1 else tuple(items)


def generate(spec, mode="reverse", wrt=None, backend=None):
    from . import api
    fn = load_function(spec)
    return api.source(fn, mode=mode, wrt=_wrt(wrt), backend=backend)


def show_args(argv):
    p = argparse.ArgumentParser(prog="s2s show", description="print generated derivative source")
    p.add_argument("target", help="path/to/file.py::function")
    p.add_argument("--mode", default="reverse", choices=MODES)
    p.add_argument("--wrt", default=None, help="parameters, by name or index: x,w or 0,1")
    p.add_argument("--backend", default=None, choices=("numpy", "jax"))
    return p.parse_args(argv)


def golden_text(header_args):
    args = show_args(header_args)
    body = generate(args.target, args.mode, args.wrt, args.backend)
    return HEADER + shlex.join(header_args) + "\n" + body


def golden(action, directory, root=None):
    """Regenerate every golden file under ``directory``; returns the exit status."""
    directory = Path(directory)
    files = sorted(directory.rglob("*.py"))
    changed = 0
    for f in files:
        old = f.read_text()
        first = old.splitlines()[0] if old else ""
        if not first.startswith(HEADER):
            print(f"{f}: not a golden file (no '{HEADER.strip()}' header)", file=sys.stderr)
            changed += 1
            continue
        try:
            new = golden_text(shlex.split(first[len(HEADER):]))
        except Exception as e:  # report every file, then fail
            print(f"{f}: {type(e).__name__}: {e}", file=sys.stderr)
            changed += 1
            continue
        if new != old:
            changed += 1
            if action == "update":
                f.write_text(new)
                print(f"updated {f}")
            else:
                sys.stdout.writelines(difflib.unified_diff(
                    old.splitlines(keepends=True), new.splitlines(keepends=True),
                    f"{f} (golden)", f"{f} (generated)"))
    if action == "check":
        print(f"{len(files)} golden files, {changed} differ" if changed else
              f"{len(files)} golden files, all match")
        return 1 if changed else 0
    return 0


def golden_new(argv, directory):
    """Write a new golden file for ``show`` arguments; its name comes from the target."""
    args = show_args(argv)
    path, name = args.target.split("::", 1)
    suffix = f".{args.backend}" if args.backend not in (None, "numpy") else ""
    out = Path(directory) / Path(path).stem / f"{name}.{args.mode}{suffix}.py"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(golden_text(argv))
    print(f"wrote {out}")
    return 0


def main(argv=None):
    from .errors import S2SError
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__.strip().split("\n\n")[0])
        print("\nusage: s2s show FILE.py::FUNC [--mode reverse|forward|vjp|hvp] [--wrt x,w]\n"
              "       s2s golden check|update [DIR]\n"
              "       s2s golden new [--dir DIR] FILE.py::FUNC [--mode ...] [--wrt ...]\n"
              "       s2s rules [--markdown]")
        return 0
    try:
        if argv[0] == "show":
            a = show_args(argv[1:])
            print(generate(a.target, a.mode, a.wrt, a.backend), end="")
            return 0
        if argv[0] == "rules" and argv[1:] in ([], ["--markdown"]):
            from .rules import listing
            rows = listing.rows()
            print(listing.markdown(rows) if argv[1:] else listing.text(rows), end="")
            return 0
        if argv[0] == "golden" and len(argv) >= 2:
            if argv[1] in ("check", "update"):
                return golden(argv[1], argv[2] if len(argv) > 2 else "golden")
            if argv[1] == "new":
                rest = argv[2:]
                directory = "golden"
                if rest[:1] == ["--dir"]:
                    directory, rest = rest[1], rest[2:]
                return golden_new(rest, directory)
    except S2SError as e:
        print(f"s2s: {e}", file=sys.stderr)
        return 1
    print(f"s2s: unknown command {' '.join(argv)!r}; try s2s --help", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())

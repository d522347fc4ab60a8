"""The ``s2s`` command (SPEC §5): ``show`` prints generated source; ``golden`` checks,
rewrites or adds golden files; ``rules`` lists every supported function with its modes
and backends.

A golden file is the generated source under a one-line header that says how to make it
again, with the function's file given relative to the golden file itself (so a check
works from any directory), so a directory of them needs no other index::

    # s2s show ../../tests/cases/arith.py::square --mode reverse --wrt x
    def square_grad(x):
        ...

Exit status: 0 on success; 1 when ``golden check`` finds a difference, a missing
directory or no golden files, or when s2s refuses a function; 2 for a usage error,
``s2s`` or ``s2s golden`` alone included (they print their help), as argparse does.
"""
from __future__ import annotations

import argparse
import difflib
import importlib
import os
import shlex
import sys
from pathlib import Path

from .api import version

HEADER = "# s2s show "
MODES = ("reverse", "forward", "vjp", "hvp")


def load_function(spec, base=None):
    """``path/to/file.py::func`` (relative to ``base``, else the working directory) -> the
    function object."""
    from .errors import S2SError
    if "::" not in spec:
        raise S2SError(f"expected FILE.py::FUNCTION, got {spec!r}")
    path, name = spec.split("::", 1)
    file = (Path(base or ".") / path).resolve()
    if not file.is_file():
        raise S2SError(f"no such file: {path}" + (f" (from {base})" if base else ""))
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


def generate(spec, mode="reverse", wrt=None, backend=None, standalone=False, base=None):
    from . import api
    fn = load_function(spec, base)
    return api.source(fn, mode=mode, wrt=_wrt(wrt), backend=backend, standalone=standalone)


def _show_options(p):
    p.add_argument("target", help="path/to/file.py::function")
    p.add_argument("--mode", default="reverse", choices=MODES)
    p.add_argument("--wrt", default=None, help="parameters, by name or index: x,w or 0,1")
    p.add_argument("--backend", default=None, choices=("numpy", "jax"))


def parser():
    p = argparse.ArgumentParser(prog="s2s", description="s2s: derivatives of numpy code, as "
                                "Python source you can read (SPEC.md §5)")
    p.add_argument("--version", action="version", version=f"s2s {version()}")
    p.set_defaults(usage=p.print_help)  # what ``s2s`` alone prints
    commands = p.add_subparsers(dest="command", metavar="COMMAND")

    show = commands.add_parser("show", help="print the generated source of a derivative",
                               description="print the generated source of a derivative")
    _show_options(show)
    show.add_argument("--standalone", action="store_true",
                      help="a module with the imports it needs, that runs on its own")

    golden = commands.add_parser("golden", help="check, update or add golden files",
                                 description="golden files pin generated source: 'check' "
                                 "diffs them (exit 1 on a difference, a missing directory "
                                 "or none found), 'update' rewrites them, 'new' adds one")
    golden.set_defaults(usage=golden.print_help)
    actions = golden.add_subparsers(dest="action", metavar="ACTION")
    for action, text in (("check", "regenerate each golden file and diff it (exit 1 on "
                                   "a difference, a missing directory or none found)"),
                         ("update", "regenerate and rewrite each golden file")):
        a = actions.add_parser(action, help=text, description=text)
        a.add_argument("dir", nargs="?", default="golden",
                       help="directory of golden files (default: golden)")
    new = actions.add_parser("new", help="write a new golden file",
                             description="write a new golden file, named after the "
                                         "function and mode, under DIR/<file stem>/")
    new.add_argument("--dir", default="golden", help="directory of golden files "
                                                     "(default: golden)")
    _show_options(new)

    rules = commands.add_parser("rules", help="list every function s2s differentiates",
                                description="list every function s2s differentiates, with "
                                            "its modes and backends")
    rules.add_argument("--markdown", action="store_true", help="as a markdown table")
    return p


def golden_text(header_args, base):
    """The golden file for ``show`` arguments whose target is relative to ``base``."""
    args = parser().parse_args(["show"] + header_args)
    body = generate(args.target, args.mode, args.wrt, args.backend, base=base)
    return HEADER + shlex.join(header_args) + "\n" + body


def _relative(header_args, base):
    """A header's arguments with the target relative to ``base``, the golden file's
    directory; a header of the earlier form (relative to the working directory) is
    rewritten by ``golden update``."""
    path, sep, name = header_args[0].partition("::")
    if sep and not (base / path).is_file() and Path(path).is_file():
        return [os.path.relpath(Path(path).resolve(), base.resolve()) + sep + name] + \
            header_args[1:]
    return header_args


def golden(action, directory):
    """Regenerate every golden file under ``directory``; returns the exit status."""
    directory = Path(directory)
    if not directory.is_dir():
        print(f"s2s: no such directory: {directory}", file=sys.stderr)
        return 1
    files = sorted(directory.rglob("*.py"))
    if not files:
        print(f"s2s: no golden files in {directory}", file=sys.stderr)
        return 1
    changed = 0
    for f in files:
        old = f.read_text()
        first = old.splitlines()[0] if old else ""
        if not first.startswith(HEADER):
            print(f"{f}: not a golden file (no '{HEADER.strip()}' header)", file=sys.stderr)
            changed += 1
            continue
        try:
            new = golden_text(_relative(shlex.split(first[len(HEADER):]), f.parent), f.parent)
        except (Exception, SystemExit) as e:  # report every file, then fail
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


def golden_new(args):
    """Write a new golden file for ``show`` arguments; its name comes from the target."""
    path, name = args.target.split("::", 1) if "::" in args.target else (args.target, "")
    suffix = f".{args.backend}" if args.backend not in (None, "numpy") else ""
    out = Path(args.dir) / Path(path).stem / f"{name}.{args.mode}{suffix}.py"
    # the header names the function's file relative to the golden file
    target = os.path.relpath(Path(path).resolve(), out.parent.resolve()) + "::" + name
    header = [target, "--mode", args.mode]
    header += ["--wrt", args.wrt] if args.wrt is not None else []
    header += ["--backend", args.backend] if args.backend is not None else []
    text = golden_text(header, out.parent)  # before any directory is made: it may fail
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text)
    print(f"wrote {out}")
    return 0


def main(argv=None):
    from .errors import S2SError
    p = parser()
    args = p.parse_args(sys.argv[1:] if argv is None else argv)
    try:
        if args.command == "show":
            print(generate(args.target, args.mode, args.wrt, args.backend, args.standalone),
                  end="")
            return 0
        if args.command == "rules":
            from .rules import listing
            rows = listing.rows()
            print(listing.markdown(rows) if args.markdown else listing.text(rows), end="")
            return 0
        if args.command == "golden" and args.action == "new":
            return golden_new(args)
        if args.command == "golden" and args.action:
            return golden(args.action, args.dir)
    except S2SError as e:
        print(f"s2s: {e}", file=sys.stderr)
        return 1
    args.usage(sys.stderr)  # ``s2s`` or ``s2s golden`` alone: a usage error
    return 2


if __name__ == "__main__":
    sys.exit(main())

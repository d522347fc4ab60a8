"""Generated text -> callable, compiled from a real file so that every traceback printer
(Python's default one included), pdb, coverage and profilers show the generated lines.

The file is in a per-user cache directory (``$XDG_CACHE_HOME/s2s``, else ``~/.cache/s2s``;
a temporary directory when that is not writable) and named by the function and a hash of
the text: the same derivative reuses its file on every run, and two texts never share
one. Where no directory is writable the text is registered with ``linecache`` only, which
pdb and ``inspect`` read but Python's default printer does not. The namespace is passed
explicitly; nothing is written into the user's module."""
from __future__ import annotations

import hashlib
import importlib
import linecache
import os
import tempfile
import textwrap
import types
from pathlib import Path

import numpy as np


_GENERATED = set()  # the filenames of every compiled text
_NAMESPACES = {}  # each compiled text -> the namespace it was compiled in


def is_generated(filename):
    """Whether a code object's filename is one of generated code."""
    return filename in _GENERATED


def cache_dirs():
    """Where generated files go, in order of preference."""
    xdg = os.environ.get("XDG_CACHE_HOME")
    home = Path(xdg) if xdg else Path.home() / ".cache"
    user = getattr(os, "getuid", lambda: "")()
    return [home / "s2s", Path(tempfile.gettempdir()) / f"s2s-{user}"]


def source_file(source, stem):
    """The path of a file holding ``source`` exactly (written once), or None."""
    digest = hashlib.sha256(source.encode()).hexdigest()[:16]
    for directory in cache_dirs():
        path = directory / f"{stem}-{digest}.py"
        try:
            if path.is_file() and path.read_text() == source:
                return path
            directory.mkdir(parents=True, exist_ok=True)
            # written whole under another name first, so no reader sees half a file
            fd, tmp = tempfile.mkstemp(suffix=".tmp", dir=directory)
            with os.fdopen(fd, "w") as f:
                f.write(source)
            os.replace(tmp, path)
            return path
        except OSError:
            continue
    return None


def compile_source(source, label, namespace, names):
    """The functions ``names`` defined by ``source``; ``label`` (``<s2s grad of m.f>``)
    names the text where it cannot be written to a file."""
    path = source_file(source, names[0])
    if path is None:
        filename = label
        linecache.cache[filename] = (len(source), None, source.splitlines(keepends=True),
                                     filename)
    else:
        filename = str(path)
    _GENERATED.add(filename)
    _NAMESPACES[source] = namespace
    code = compile(source, filename, "exec")
    scope = dict(namespace)
    exec(code, scope)
    return tuple(scope[n] for n in names)


def namespace_of(text):
    """The names that the compiled texts making up ``text`` read (a derivative's source
    may join several, as a Jacobian's does)."""
    merged = {}
    for source, namespace in _NAMESPACES.items():
        if source in text:
            merged.update(namespace)
    return merged


def module_text(source, namespace, doc, home):
    """``source`` as a module that runs on its own: a docstring, then an import for each
    name it reads from ``namespace`` (numpy or jax.numpy, s2s's runtime helpers, the
    user's functions and module constants), each by name from the module that defines it
    (``home``: the user function's module, whose globals it may read). Raises ValueError
    naming a value that no import gives (one bound in a closure, or in a script)."""
    names = [name for name in namespace if not name.startswith("__")]
    lines = [_import_line(name, namespace[name], home) for name in names]
    missing = [name for name, line in zip(names, lines) if line is None]
    if missing:
        raise ValueError(", ".join(missing))
    # one line per module: ``from s2s.runtime import a, b``
    plain = sorted({line for line in lines if not line.startswith("from ")})
    froms = {}
    for line in lines:
        if line.startswith("from "):
            module, _, what = line[len("from "):].partition(" import ")
            froms.setdefault(module, set()).add(what)
    for m in sorted(froms):
        line = f"from {m} import {', '.join(sorted(froms[m]))}"
        if len(line) > 99:
            names = textwrap.fill(", ".join(sorted(froms[m])) + ",", 95,
                                  initial_indent="    ", subsequent_indent="    ")
            line = f"from {m} import (\n{names}\n)"
        plain.append(line)
    head = f'"""{doc}"""\n' + "".join(line + "\n" for line in plain)
    return head + "\n\n" + source


# where generated code's helpers live, for those whose own module does not hold them
RUNTIMES = ("s2s.runtime", "s2s.backends.jax_runtime")


def _import_line(name, obj, home):
    if isinstance(obj, types.ModuleType):
        module = obj.__name__
        if module == name:
            return f"import {module}"
        parent, _, last = module.rpartition(".")
        if parent and last == name:
            return f"from {parent} import {name}"
        return f"import {module} as {name}"
    mine = getattr(home, name, None)
    # a module constant (the jax backend reads a numpy array as a jax array of it)
    if home.__name__ != "__main__" and (mine is obj or isinstance(mine, np.ndarray)
                                        and hasattr(obj, "at")):
        return f"from {home.__name__} import {name}"
    module, qualname = getattr(obj, "__module__", None), getattr(obj, "__qualname__", None)
    if module is None or module == "__main__":
        return None
    candidates = [module] + [r for r in RUNTIMES if module.startswith("s2s.")]
    for module in candidates:
        try:
            found = getattr(importlib.import_module(module), name, None)
        except ImportError:
            continue
        if found is obj:
            return f"from {module} import {name}"
        if "." not in qualname and getattr(importlib.import_module(module), qualname,
                                           None) is obj:
            return f"from {module} import {qualname} as {name}"
    return None

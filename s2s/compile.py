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
import linecache
import os
import tempfile
from pathlib import Path


_GENERATED = set()  # the filenames of every compiled text


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
    code = compile(source, filename, "exec")
    scope = dict(namespace)
    exec(code, scope)
    return tuple(scope[n] for n in names)

"""Generated text -> callable, under a filename registered with ``linecache`` so that pdb,
tracebacks and ``inspect.getsource`` show the generated code. The namespace is passed
explicitly; nothing is written into the user's module."""
from __future__ import annotations

import linecache


def compile_source(source, filename, namespace, names):
    lines = source.splitlines(keepends=True)
    linecache.cache[filename] = (len(source), None, lines, filename)
    code = compile(source, filename, "exec")
    scope = dict(namespace)
    exec(code, scope)
    return tuple(scope[n] for n in names)

"""Source, AST and namespace of a user function.

``parse_function(f)`` returns a ``Parsed`` whose ``tree`` is the gast ``FunctionDef`` with
line numbers of the real file, and whose ``namespace`` maps every free name the body can
see (closure cells first, then module globals, then builtins) without copying or touching
the user's module."""
from __future__ import annotations

import builtins
import functools
import inspect
import textwrap
from dataclasses import dataclass

import gast

from ..errors import UnsupportedSyntaxError


@dataclass(frozen=True)
class Parsed:
    fn: object
    tree: gast.FunctionDef
    filename: str
    namespace: dict


class Namespace:
    """Closure cells, then module globals, then builtins, without copying any of them."""

    def __init__(self, fn):
        self.fn = fn
        self.globals = fn.__globals__
        self.read = {}  # name -> object, of what lowering looked up (modules aside)
        code = fn.__code__
        self.cells = {}
        if fn.__closure__:
            for name, cell in zip(code.co_freevars, fn.__closure__):
                try:
                    self.cells[name] = cell.cell_contents
                except ValueError:  # an empty cell: defined later in the enclosing scope
                    pass

    def lookup(self, name):
        for scope in (self.cells, self.globals, vars(builtins)):
            if name in scope:
                obj = scope[name]
                if scope is not vars(builtins) and not inspect.ismodule(obj):
                    self.read[name] = obj
                return True, obj
        return False, None

    def unchanged(self):
        """Whether every name the derivative was built from still holds the same object
        (a notebook may rebind a global constant or redefine a helper function)."""
        fn = self.fn
        cells = dict(zip(fn.__code__.co_freevars, fn.__closure__ or ()))
        for name, obj in self.read.items():
            if name in cells:
                try:
                    now = cells[name].cell_contents
                except ValueError:
                    return False
            else:
                now = self.globals.get(name, _MISSING)
            if now is not obj:
                return False
        return True


_MISSING = object()


def unwrap(fn):
    while hasattr(fn, "__s2s_wrapped__"):
        fn = fn.__s2s_wrapped__
    return inspect.unwrap(fn)


@functools.lru_cache(maxsize=None)
def _parse_cached(fn):
    try:
        lines, firstline = inspect.getsourcelines(fn)
    except (OSError, TypeError) as e:
        raise UnsupportedSyntaxError(
            f"cannot read the source of {getattr(fn, '__qualname__', fn)!r}",
            hint="s2s differentiates functions defined in a file; define it in a .py file "
                 "(not in the REPL or with exec), or register a rule for it with s2s.rules") from e
    filename = inspect.getsourcefile(fn) or fn.__code__.co_filename
    source = textwrap.dedent("".join(lines))
    module = gast.parse(source)
    gast.increment_lineno(module, firstline - 1)
    tree = module.body[0]
    if not isinstance(tree, gast.FunctionDef):
        tree = _lambda_as_def(module, fn)
    if tree is None:
        raise UnsupportedSyntaxError(
            f"{fn.__qualname__} is not defined by a def statement",
            (filename, firstline, 0),
            hint="write it as a def (s2s finds a lambda only when it is alone on its line)")
    # the dedent shifted columns; record how much so carets land under the real code
    indent = len(lines[0]) - len(lines[0].lstrip())
    for node in gast.walk(tree):
        if hasattr(node, "col_offset") and node.col_offset is not None:
            node.col_offset += indent
    return Parsed(fn, tree, filename, Namespace(fn))


def _lambda_as_def(module, fn):
    """``objective = lambda params: -loglik(params, X, y)`` as ``def objective(params):
    return ...``, when its line holds exactly one lambda with fn's parameters."""
    line = fn.__code__.co_firstlineno
    found = [n for n in gast.walk(module) if isinstance(n, gast.Lambda) and n.lineno == line]
    if len(found) != 1:
        return None
    lam = found[0]
    name = "lambda_"
    for n in gast.walk(module):
        if isinstance(n, gast.Assign) and n.value is lam and len(n.targets) == 1 \
                and isinstance(n.targets[0], gast.Name):
            name = n.targets[0].id
    ret = gast.copy_location(gast.Return(value=lam.body), lam.body)
    tree = gast.FunctionDef(name=name, args=lam.args, body=[ret], decorator_list=[],
                            returns=None, type_comment=None, type_params=[])
    return gast.copy_location(tree, lam)


def parse_function(fn):
    return _parse_cached(unwrap(fn))

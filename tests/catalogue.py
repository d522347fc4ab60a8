"""The test catalogue: plain numpy functions in ``tests/cases/*.py``, each with a directive.

A case is a function preceded by one or more directive comment lines::

    # case: args=(randn(3, 4), randn(4)), wrt=(0, 1)
    # case: args=(rand(5),), ref="fd", dtype="float32"
    def f(x, b):
        ...

Directive keys:

``args``    a Python expression (a tuple) evaluated in a namespace with seeded helpers:
            ``randn(*shape)`` standard normal, ``rand(*shape)`` uniform in (0.5, 1.5),
            ``randpos(*shape)`` in (0.1, 2.1), ``randint(lo, hi, *shape)``, ``np``, ``math``.
            With no shape, the helpers return Python floats (ints for ``randint``).
``kwargs``  optional expression for keyword arguments (a dict), same namespace.
``wrt``     int, name, or tuple of them (default 0), as for ``s2s.grad``.
``ref``     ``"jax"`` (default: ``jax.grad`` of the same source run on ``jax.numpy``) or
            ``"fd"`` (central differences; for functions jax cannot trace: in-place writes,
            Python control flow on traced values, builtins on traced values ...).
``dtype``   optional ``"float32"``: every floating ndarray in args/kwargs is cast to it.

Several directives before one def make several cases (ids ``name``, ``name[1]``, ...).

``load_cases()`` returns ``Case`` objects (``.module``, ``.name``, ``.fn``, ``.args``,
``.kwargs``, ``.wrt``, ``.ref``, ``.dtype``, ``.path``, ``.line``, ``.id``). ``.args`` is
rebuilt (deterministically, from a per-case seed) on every access, so callers may mutate it.

This module also holds the references the tests compare against: ``jax_grad`` (the same
source re-run against ``jax.numpy``), ``central_difference`` (Richardson-extrapolated
central differences on floats, arrays and nested lists/tuples/dicts of them), and
``assert_tree_close``.
"""
from __future__ import annotations

import ast
import copy
import functools
import importlib
import importlib.util
import inspect
import math
import re
import sys
import types
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

TESTS_DIR = Path(__file__).resolve().parent
REPO_ROOT = TESTS_DIR.parent
CASES_DIR = TESTS_DIR / "cases"
#: the package name under which the case modules are imported (``tests/__init__.py`` and
#: ``tests/cases/__init__.py`` make them ``tests.cases.arith`` ...; they import each other
#: relatively, ``from . import helpers``).
PACKAGE = "tests.cases"

DIRECTIVE = re.compile(r"^\s*#\s*case:\s*(?P<body>.*?)\s*$")
DEF = re.compile(r"^(?P<indent>\s*)def\s+(?P<name>\w+)\s*\(")
KEYS = {"args", "kwargs", "wrt", "ref", "dtype"}


class CatalogueError(Exception):
    """A malformed directive or case module."""


# -- loading ----------------------------------------------------------------------------------
def _package():
    """Import ``tests.cases`` from this repository (adding the repo root to sys.path)."""
    if str(REPO_ROOT) not in sys.path:
        sys.path.append(str(REPO_ROOT))   # appended: never changes which s2s is imported
    pkg = importlib.import_module(PACKAGE)
    where = Path(pkg.__file__).resolve().parent
    if where != CASES_DIR:
        raise CatalogueError(f"{PACKAGE} resolves to {where}, not {CASES_DIR}: another "
                             f"'tests' package shadows this repository's")
    return pkg


def case_module_files():
    """The case module files, sorted (``__init__.py`` excluded; helpers.py included)."""
    return sorted(p for p in CASES_DIR.glob("*.py") if p.name != "__init__.py")


def import_case_module(stem):
    _package()
    return importlib.import_module(f"{PACKAGE}.{stem}")


def is_case_module(mod):
    return isinstance(mod, types.ModuleType) and (
        mod.__name__ == PACKAGE or mod.__name__.startswith(PACKAGE + "."))


def _seed(text):
    return zlib.crc32(text.encode())


class ArgMaker:
    """The seeded namespace in which ``args=``/``kwargs=`` expressions are evaluated."""

    def __init__(self, seed):
        self.rng = np.random.default_rng(seed)

    def randn(self, *shape):
        return float(self.rng.standard_normal()) if not shape else self.rng.standard_normal(shape)

    def rand(self, *shape):
        if not shape:
            return float(self.rng.uniform(0.5, 1.5))
        return self.rng.uniform(0.5, 1.5, shape)

    def randpos(self, *shape):
        if not shape:
            return float(self.rng.uniform(0.1, 2.1))
        return self.rng.uniform(0.1, 2.1, shape)

    def randint(self, lo, hi, *shape):
        if not shape:
            return int(self.rng.integers(lo, hi))
        return self.rng.integers(lo, hi, shape)

    def namespace(self):
        return {"randn": self.randn, "rand": self.rand, "randpos": self.randpos,
                "randint": self.randint, "np": np, "math": math}


def cast_floats(tree, dtype):
    """``tree`` with every floating ndarray and numpy floating scalar cast to ``dtype``
    (Python floats untouched)."""
    if isinstance(tree, dict):
        return {k: cast_floats(v, dtype) for k, v in tree.items()}
    if isinstance(tree, (list, tuple)):
        return type(tree)(cast_floats(v, dtype) for v in tree)
    if isinstance(tree, np.ndarray) and np.issubdtype(tree.dtype, np.floating):
        return tree.astype(dtype)
    if isinstance(tree, np.floating):
        return np.dtype(dtype).type(tree)
    return tree


@dataclass
class Case:
    module: str            # module stem, e.g. "arith"
    name: str              # the function's name
    fn: object
    path: str              # relative to the repo root, e.g. "tests/cases/arith.py"
    line: int              # line of the def
    directive_line: int
    args_src: str
    kwargs_src: str | None = None
    wrt: object = 0
    ref: str = "jax"
    dtype: str | None = None
    variant: int = 0
    options: dict = field(default_factory=dict)

    @property
    def id(self):
        base = f"{self.module}::{self.name}"
        return base if self.variant == 0 else f"{base}[{self.variant}]"

    @property
    def seed(self):
        return _seed(f"{self.path}::{self.name}#{self.variant}")

    def _build(self):
        ns = ArgMaker(self.seed).namespace()
        where = f"{self.path}:{self.directive_line}"
        try:
            args = eval(self.args_src, ns)  # noqa: S307 - our own catalogue
            kwargs = eval(self.kwargs_src, ns) if self.kwargs_src else {}
        except Exception as e:
            raise CatalogueError(f"{where}: cannot evaluate args of {self.name}: {e!r}") from e
        if not isinstance(args, tuple):
            args = (args,)
        if self.dtype:
            args = cast_floats(args, np.dtype(self.dtype))
            kwargs = cast_floats(kwargs, np.dtype(self.dtype))
        return args, kwargs

    @property
    def args(self):
        return self._build()[0]

    @property
    def kwargs(self):
        return self._build()[1]

    @property
    def wrt_indices(self):
        """``wrt`` as parameter indices (for jax's ``argnums``), and whether it was single."""
        params = list(inspect.signature(self.fn).parameters)
        single = not isinstance(self.wrt, (tuple, list))
        items = [self.wrt] if single else list(self.wrt)
        idx = tuple(params.index(w) if isinstance(w, str) else w % len(params) for w in items)
        return idx, single

    def __repr__(self):
        return f"<case {self.id} ({self.path}:{self.line})>"


def _parse_directive(body, path, lineno):
    where = f"{path}:{lineno}"
    try:
        call = ast.parse(f"_({body})", mode="eval").body
    except SyntaxError as e:
        raise CatalogueError(f"{where}: bad directive {body!r}: {e.msg}") from None
    if call.args:
        raise CatalogueError(f"{where}: directive takes key=value items only")
    text = f"_({body})"
    opts = {}
    for kw in call.keywords:
        if kw.arg not in KEYS:
            raise CatalogueError(f"{where}: unknown directive key {kw.arg!r} (known: {sorted(KEYS)})")
        if kw.arg in ("args", "kwargs"):
            opts[kw.arg] = ast.get_source_segment(text, kw.value)
        else:
            try:
                opts[kw.arg] = ast.literal_eval(kw.value)
            except ValueError:
                raise CatalogueError(f"{where}: {kw.arg}= must be a literal") from None
    if "args" not in opts:
        raise CatalogueError(f"{where}: directive without args=")
    if opts.get("ref", "jax") not in ("jax", "fd"):
        raise CatalogueError(f"{where}: ref must be 'jax' or 'fd'")
    if opts.get("dtype") not in (None, "float32", "float64"):
        raise CatalogueError(f"{where}: dtype must be 'float32' or 'float64'")
    return opts


def _cases_in(path):
    rel = path.relative_to(REPO_ROOT).as_posix()
    stem = path.stem
    lines = path.read_text().splitlines()
    pending = []          # (lineno, options) of directives waiting for their def
    found = []
    for i, line in enumerate(lines, start=1):
        m = DIRECTIVE.match(line)
        if m:
            pending.append((i, _parse_directive(m.group("body"), rel, i)))
            continue
        d = DEF.match(line)
        if d and pending:
            if d.group("indent"):
                raise CatalogueError(f"{rel}:{i}: a case must be a module-level function")
            for variant, (dline, opts) in enumerate(pending):
                found.append((d.group("name"), i, dline, variant, opts))
            pending = []
        elif pending and line.strip() and not line.lstrip().startswith(("#", "@")):
            raise CatalogueError(f"{rel}:{pending[0][0]}: directive not followed by a def")
    if pending:
        raise CatalogueError(f"{rel}:{pending[0][0]}: directive not followed by a def")
    if not found:
        return []
    mod = import_case_module(stem)
    cases = []
    for name, line, dline, variant, opts in found:
        fn = getattr(mod, name, None)
        if not callable(fn):
            raise CatalogueError(f"{rel}:{line}: {name} is not a function of {mod.__name__}")
        cases.append(Case(module=stem, name=name, fn=fn, path=rel, line=line,
                          directive_line=dline, args_src=opts["args"],
                          kwargs_src=opts.get("kwargs"), wrt=opts.get("wrt", 0),
                          ref=opts.get("ref", "jax"), dtype=opts.get("dtype"),
                          variant=variant, options=opts))
    return cases


@functools.lru_cache(maxsize=None)
def _load_all():
    cases = []
    for path in case_module_files():
        cases.extend(_cases_in(path))
    ids = [c.id for c in cases]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        raise CatalogueError(f"duplicate case ids: {sorted(dup)}")
    return tuple(cases)


def load_cases(module=None):
    """Every case of the catalogue (optionally of one module stem), in file order."""
    cases = list(_load_all())
    if module is not None:
        cases = [c for c in cases if c.module == module]
    return cases


def get_case(case_id):
    for c in _load_all():
        if c.id == case_id:
            return c
    raise KeyError(case_id)


# -- trees ------------------------------------------------------------------------------------
def tree_leaves(tree, path=()):
    """(path, leaf) pairs of nested lists/tuples/dicts (dicts in sorted key order)."""
    if isinstance(tree, dict):
        out = []
        for k in sorted(tree, key=repr):
            out.extend(tree_leaves(tree[k], path + (k,)))
        return out
    if isinstance(tree, (list, tuple)):
        out = []
        for i, v in enumerate(tree):
            out.extend(tree_leaves(v, path + (i,)))
        return out
    return [(path, tree)]


def tree_replace(tree, path, leaf):
    """A copy of ``tree`` (same container types) with the leaf at ``path`` replaced."""
    if not path:
        return leaf
    head, rest = path[0], path[1:]
    if isinstance(tree, dict):
        new = dict(tree)
        new[head] = tree_replace(tree[head], rest, leaf)
        return new
    items = list(tree)
    items[head] = tree_replace(items[head], rest, leaf)
    return type(tree)(items)


def tree_map(f, tree):
    if isinstance(tree, dict):
        return {k: tree_map(f, v) for k, v in tree.items()}
    if isinstance(tree, (list, tuple)):
        return type(tree)(tree_map(f, v) for v in tree)
    return f(tree)


def deepcopy_tree(tree):
    return copy.deepcopy(tree)


def trees_identical(a, b):
    """Exact equality of two trees of arrays/scalars (values, dtypes and structure)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(trees_identical(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(trees_identical(u, v) for u, v in zip(a, b))
    if isinstance(a, np.ndarray):
        return a.dtype == b.dtype and a.shape == b.shape and np.array_equal(a, b, equal_nan=True)
    return a == b or (a != a and b != b)


def _is_float_leaf(x):
    if isinstance(x, bool):
        return False
    if isinstance(x, float):
        return True
    if isinstance(x, (np.ndarray, np.generic)):
        return np.issubdtype(np.asarray(x).dtype, np.floating)
    return False


def assert_tree_close(actual, expected, rtol, atol, what="gradient", path=()):
    """Same structure (exact container types and dict keys), same shapes, values close."""
    where = what + "".join(f"[{p!r}]" for p in path)
    if isinstance(expected, dict):
        assert isinstance(actual, dict), f"{where}: expected a dict, got {type(actual).__name__}"
        assert set(actual) == set(expected), \
            f"{where}: keys {sorted(map(repr, actual))} != {sorted(map(repr, expected))}"
        for k in expected:
            assert_tree_close(actual[k], expected[k], rtol, atol, what, path + (k,))
        return
    if isinstance(expected, (list, tuple)):
        assert type(actual) is type(expected), \
            f"{where}: expected a {type(expected).__name__}, got {type(actual).__name__}"
        assert len(actual) == len(expected), f"{where}: length {len(actual)} != {len(expected)}"
        for i, (a, e) in enumerate(zip(actual, expected)):
            assert_tree_close(a, e, rtol, atol, what, path + (i,))
        return
    assert not isinstance(actual, (list, tuple, dict)), \
        f"{where}: expected an array/scalar, got {type(actual).__name__}"
    assert np.shape(actual) == np.shape(expected), \
        f"{where}: shape {np.shape(actual)} != expected {np.shape(expected)}"
    a = np.asarray(actual, dtype=np.float64)
    e = np.asarray(expected, dtype=np.float64)
    if not np.allclose(a, e, rtol=rtol, atol=atol, equal_nan=False):
        err = np.abs(a - e)
        k = np.unravel_index(np.argmax(err - rtol * np.abs(e)), np.shape(e)) if e.ndim else ()
        raise AssertionError(
            f"{where}: mismatch (rtol={rtol:g}, atol={atol:g}); max abs err {err.max():.3g}; "
            f"worst at {k}: got {a[k]!r}, expected {e[k]!r}\n got:\n{a}\n expected:\n{e}")


def structure(tree):
    """The container skeleton of a tree: a string like ``list[tuple[*, *], ...]``."""
    if isinstance(tree, dict):
        return "dict{" + ", ".join(f"{k!r}: {structure(tree[k])}" for k in sorted(tree, key=repr)) + "}"
    if isinstance(tree, (list, tuple)):
        return f"{type(tree).__name__}[" + ", ".join(structure(v) for v in tree) + "]"
    return "*"


# -- references -------------------------------------------------------------------------------
def to_float64(tree):
    return cast_floats(tree, np.float64)


def _scalar(v):
    v = np.asarray(v)
    if v.shape != ():
        raise CatalogueError(f"function returned shape {v.shape}, not a scalar")
    return float(v)


def central_difference(f, args, wrt, kwargs=None, rel_step=1e-4):
    """Gradient of scalar ``f(*args, **kwargs)`` by Richardson-extrapolated central differences.

    ``wrt`` is an index or tuple of indices (tuple in -> tuple out). Each differentiated
    argument may be a Python float, a float array, or a nested list/tuple/dict of them; the
    result has the same structure (Python floats give Python floats). Non-float leaves get
    ``None``. Computation is in float64 whatever the input dtype.
    """
    kwargs = kwargs or {}
    args = to_float64(tuple(args))
    single = not isinstance(wrt, (tuple, list))
    idx = (wrt,) if single else tuple(wrt)

    def call(a):
        return _scalar(f(*a, **copy.deepcopy(kwargs)))

    def d(base_args, k, path, pos, h):
        leaf = dict(tree_leaves(base_args[k]))[path]

        def shifted(delta):
            if isinstance(leaf, np.ndarray):
                new = leaf.copy()
                new[pos] += delta
            else:
                new = float(leaf) + delta
            a = list(base_args)
            a[k] = tree_replace(copy.deepcopy(base_args[k]), path, new)
            return call(a)
        return (shifted(h) - shifted(-h)) / (2 * h)

    grads = []
    for k in idx:
        tree = args[k]
        out = tree
        for path, leaf in tree_leaves(tree):
            if not _is_float_leaf(leaf):
                out = tree_replace(out, path, None)
                continue
            arr = np.asarray(leaf, dtype=np.float64)
            g = np.zeros(arr.shape)
            for pos in np.ndindex(arr.shape):
                h = rel_step * max(1.0, abs(arr[pos]))
                d1 = d(args, k, path, pos, h)
                d2 = d(args, k, path, pos, h / 2)
                g[pos] = (4 * d2 - d1) / 3
            out = tree_replace(out, path, g if isinstance(leaf, np.ndarray) else float(g))
        grads.append(out)
    return grads[0] if single else tuple(grads)


class _MathOnJax(types.SimpleNamespace):
    """``math`` for the jax reference: the scalar functions map to jax.numpy."""


@functools.lru_cache(maxsize=None)
def _jax_math():
    import jax.numpy as jnp
    ns = {k: getattr(math, k) for k in dir(math) if not k.startswith("_")}
    mapping = {"exp": jnp.exp, "log": jnp.log, "log1p": jnp.log1p, "expm1": jnp.expm1,
               "sqrt": jnp.sqrt, "sin": jnp.sin, "cos": jnp.cos, "tan": jnp.tan,
               "tanh": jnp.tanh, "sinh": jnp.sinh, "cosh": jnp.cosh, "atan": jnp.arctan,
               "asin": jnp.arcsin, "acos": jnp.arccos, "asinh": jnp.arcsinh,
               "acosh": jnp.arccosh, "atanh": jnp.arctanh, "fabs": jnp.abs,
               "pow": jnp.power, "floor": jnp.floor, "ceil": jnp.ceil, "trunc": jnp.trunc,
               "log2": jnp.log2, "log10": jnp.log10, "atan2": jnp.arctan2,
               "hypot": jnp.hypot}
    ns.update(mapping)
    return _MathOnJax(**ns)


_JAX_MODULES: dict = {}
_JAX_FUNCS: dict = {}


def _is_numpy_callable(v):
    return isinstance(v, np.ufunc) or (
        callable(v) and (getattr(v, "__module__", "") or "").split(".")[0] == "numpy"
        and not isinstance(v, type))


def _jax_globals(mod_globals):
    """A copy of a case module's globals with numpy -> jax.numpy, math -> jax versions, and
    every case-module function (and case module) rebuilt the same way."""
    import jax.numpy as jnp
    key = mod_globals.get("__name__")
    if key in _JAX_MODULES:
        return _JAX_MODULES[key]
    new = dict(mod_globals)
    _JAX_MODULES[key] = new           # before filling: modules may refer to each other
    for name, value in mod_globals.items():
        if value is np:
            new[name] = jnp
        elif value is math:
            new[name] = _jax_math()
        elif isinstance(value, types.FunctionType) and value.__module__ and (
                value.__module__ == PACKAGE or value.__module__.startswith(PACKAGE + ".")):
            new[name] = jaxify(value)
        elif _is_numpy_callable(value) and hasattr(jnp, getattr(value, "__name__", "")):
            new[name] = getattr(jnp, value.__name__)      # e.g. ACT = np.tanh
        elif is_case_module(value):
            new[name] = types.SimpleNamespace(**_jax_globals(vars(value)))
    return new


def jaxify(fn):
    """``fn`` rebuilt with its module's globals re-pointed at jax (see ``_jax_globals``)."""
    if fn in _JAX_FUNCS:
        return _JAX_FUNCS[fn]
    g = _jax_globals(vars(sys.modules[fn.__module__]))
    if fn in _JAX_FUNCS:      # rebuilt while its module's globals were being filled
        return _JAX_FUNCS[fn]
    new = types.FunctionType(fn.__code__, g, fn.__name__, fn.__defaults__, fn.__closure__)
    new.__kwdefaults__ = fn.__kwdefaults__
    _JAX_FUNCS[fn] = new
    return new


def enable_jax_x64():
    import jax
    jax.config.update("jax_enable_x64", True)
    return jax


def _to_numpy_tree(tree):
    return tree_map(lambda v: np.asarray(v) if v is not None else None, tree)


def jax_grad(case, args=None, kwargs=None):
    """``jax.grad`` of the jax-rebuilt case function, in float64; numpy leaves out.

    Only the differentiated arguments are traced (and the whole gradient is jitted, which
    is much faster than op-by-op dispatch): the others are closed over as concrete Python
    values, so Python control flow on them (``range(n)``, ``if mode == 1``) works."""
    jax = enable_jax_x64()
    args = to_float64(case.args if args is None else args)
    kwargs = to_float64(case.kwargs if kwargs is None else kwargs)
    argnums, single = case.wrt_indices
    jfn = jaxify(case.fn)

    def of_wrt(*wrt_args):
        full = list(args)
        for i, a in zip(argnums, wrt_args):
            full[i] = a
        return jfn(*full, **kwargs)

    g = jax.jit(jax.grad(of_wrt, argnums=tuple(range(len(argnums)))))(
        *(args[i] for i in argnums))
    g = _to_numpy_tree(g)
    return g[0] if single else tuple(g)


def fd_grad(case, args=None, kwargs=None, rel_step=1e-4):
    argnums, single = case.wrt_indices
    args = case.args if args is None else args
    kwargs = case.kwargs if kwargs is None else kwargs
    return central_difference(case.fn, args, argnums[0] if single else argnums, kwargs,
                              rel_step=rel_step)


def reference_grad(case, args=None, kwargs=None):
    """The reference gradient of a case in float64 (jax or central differences)."""
    if case.ref == "fd":
        return fd_grad(case, args, kwargs)
    return jax_grad(case, args, kwargs)


def has_float32(tree):
    return any(isinstance(v, (np.ndarray, np.generic)) and np.asarray(v).dtype == np.float32
               for _, v in tree_leaves(tree))


def reference_tolerance(case, value=None):
    """(rtol, atol) for comparing against ``reference_grad``.

    float64: rtol 1e-6, atol 1e-9 (for central differences atol is scaled by |f|, since
    their rounding error is relative to the function value). float32 results: rtol 2e-4,
    atol 1e-5 (times |f| for central differences)."""
    scale = 1.0 if value is None else max(1.0, abs(float(value)))
    if case.dtype == "float32" or has_float32(case.args):
        return 2e-4, 1e-5 * (scale if case.ref == "fd" else 1.0)
    return 1e-6, 1e-9 * (scale if case.ref == "fd" else 1.0)


# -- generated-source checks ------------------------------------------------------------------
_HEXRUN = re.compile(r"[0-9a-fA-F]{8,}")
_LONGDIGITS = re.compile(r"\d{5,}")
_UUID = re.compile(r"[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}")


def random_looking_names(src):
    """Identifiers (and repr fragments) in ``src`` that look machine-random: uuids, long
    hex runs, ids/addresses (``0x7f...``, ``at 0x``), long digit runs inside names."""
    import io
    import tokenize
    bad = set(_UUID.findall(src))
    if re.search(r"\bat 0x[0-9a-f]+", src):
        bad.add("object repr 'at 0x...'")
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(src).readline))
    except (tokenize.TokenError, SyntaxError):
        tokens = []
    for tok in tokens:
        if tok.type != tokenize.NAME:
            continue
        for run in _HEXRUN.findall(tok.string):
            if re.search(r"\d", run) and re.search(r"[a-fA-F]", run):
                bad.add(tok.string)
        if _LONGDIGITS.search(tok.string):
            bad.add(tok.string)
    return sorted(bad)

"""Write one tiny Python function per rule and input domain into a module s2s can read.

s2s differentiates a function by reading its source, so the per-rule test functions of
``tests/test_rules.py`` must live in a real file. ``build_modules(cases, directory)`` writes
two modules there, from the same case list, deterministically:

``s2s_rule_cases.py``      for s2s and for finite differences (``np`` is numpy), and
``s2s_rule_cases_jax.py``  the same functions against ``jax.numpy`` (``np`` is jax.numpy,
                           ``math`` maps to jax functions, ``scipy.special`` to
                           ``jax.scipy.special``) for the jax reference.

For a case with id ``np.sum#2`` the module holds ``f_np_sum_2`` (the call itself) and, when
its output is not a scalar, ``fs_np_sum_2`` (the output reduced to a scalar with the fixed
random weighting ``W_np_sum_2 = weights("np.sum#2", shape)``).

The cases come from ``s2s.rules.domains`` (the domain each rule declares).
"""
from __future__ import annotations

import copy
import importlib
import math
import re
import sys
import textwrap
import types
import zlib

import numpy as np

from s2s import runtime
from s2s.rules.domains import Arr, Bool, Case, Seq, Src

MODULE = "s2s_rule_cases"
JAX_MODULE = "s2s_rule_cases_jax"

# Operators: how Python spells the primitives the frontend lowers them to.
OPERATORS = {
    "add": "{0} + {1}", "sub": "{0} - {1}", "mul": "{0} * {1}", "truediv": "{0} / {1}",
    "pow": "{0} ** {1}", "mod": "{0} % {1}", "matmul": "{0} @ {1}", "floordiv": "{0} // {1}",
    "neg": "-{0}", "pos": "+{0}", "not": "not {0}", "invert": "~{0}",
    "lt": "{0} < {1}", "le": "{0} <= {1}", "gt": "{0} > {1}", "ge": "{0} >= {1}",
    "eq": "{0} == {1}", "ne": "{0} != {1}", "is": "{0} is {1}", "is_not": "{0} is not {1}",
    "in": "{0} in {1}", "not_in": "{0} not in {1}", "and": "{0} and {1}", "or": "{0} or {1}",
    "bitand": "{0} & {1}", "bitor": "{0} | {1}", "bitxor": "{0} ^ {1}",
}

NAME_POOL = ("x", "y", "z", "u", "v", "w", "p", "q", "r", "s")


class Bound(Case):
    """A case bound to one rule: its parameters named, its source rendered."""

    def __init__(self, spec):
        super().__init__(*spec.args, expr=spec.expr, body=spec.body, jax=spec.jax,
                         frozen=spec.frozen, separate=spec.separate, **spec.kwargs)
        self.rule, self.index, self.is_default = "", 0, False
        self.params = ()          # (name, spec) of the generated function's parameters
        self.source, self.jax_source = "", None
        self.own_call = True      # the function is the rule's call (not an expression)
        self.error = None         # what went wrong running the function in numpy
        self.out_kind = ""        # "scalar", "array" or "tuple"
        self.out_shape = ()

    # -- identity ---------------------------------------------------------------------------
    @property
    def id(self):
        return f"{self.rule}#{self.index}"

    @property
    def slug(self):
        s = "".join(c if c.isalnum() else "_" for c in self.rule)
        return f"{s}_{self.index}"

    @property
    def fname(self):
        return f"f_{self.slug}"

    @property
    def fsname(self):
        return f"fs_{self.slug}" if self.out_kind != "scalar" else self.fname

    @property
    def names(self):
        return tuple(n for n, _ in self.params)

    @property
    def diff_indices(self):
        return tuple(i for i, (_, s) in enumerate(self.params) if s.diff)

    @property
    def seed(self):
        return zlib.crc32(self.id.encode())

    def sample(self):
        """The arguments (deterministic for the case)."""
        rng = np.random.default_rng(self.seed)
        for _ in range(1000):
            values = tuple(spec.sample(rng) for _, spec in self.params)
            if not self.separate or self._separated(values):
                return values
        raise ValueError(f"{self.id}: cannot draw inputs {self.separate} apart")

    def _separated(self, values):
        floats = [v for v, (_, s) in zip(values, self.params) if isinstance(s, Arr)]
        for i, a in enumerate(floats):
            for b in floats[i + 1:]:
                if np.min(np.abs(np.subtract(a, b))) < self.separate:
                    return False
        return True

    def describe(self):
        return self.body if self.body else f"return {self.expr}"


def weights(case_id, shape):
    """The fixed random weighting that reduces a case's output to a scalar."""
    rng = np.random.default_rng(zlib.crc32(("weights:" + case_id).encode()))
    return rng.standard_normal(shape) if shape != () else 1.0


# -- binding a case to its rule --------------------------------------------------------------
def bind(spec, rule, index, is_default=False):
    """A copy of the case ``spec`` for ``rule``: parameters named, call and source rendered."""
    case = Bound(copy.deepcopy(spec))
    case.rule, case.index, case.is_default = rule.name, index, is_default
    preferred = []
    if not rule.varargs and case.expr is None and case.body is None:
        preferred = list(rule.params)  # an explicit expression names them x, y, z, ...
    used = set(k for k, v in case.kwargs.items() if isinstance(v, (Arr, Bool)) and preferred)
    for i, a in enumerate(case.args):
        if isinstance(a, (Arr, Bool)) and i < len(preferred):
            used.add(preferred[i])
    pool = [n for n in NAME_POOL if n not in used]
    params = []

    def param(spec, name=None):
        if name is None or name in [p for p, _ in params]:
            name = pool.pop(0)
        params.append((name, spec))
        return name

    def render(a, name=None):
        if isinstance(a, (Arr, Bool)):
            return param(a, name)
        if isinstance(a, Seq):
            return "[" + ", ".join(render(item) for item in a.items) + "]"
        if isinstance(a, Src):
            return a.text
        return repr(a)

    rendered = [render(a, preferred[i] if i < len(preferred) else None)
                for i, a in enumerate(case.args)]
    rendered_kw = [f"{k}={render(v, k if preferred else None)}" for k, v in case.kwargs.items()]
    if rule.name in OPERATORS:
        call = OPERATORS[rule.name].format(*rendered)
    else:
        call = f"{rule.name}({', '.join(rendered + rendered_kw)})"
    case.params = tuple(params)
    case.own_call = case.expr is None and case.body is None  # the rule's call, nothing else
    if case.own_call:
        if rule.differentiable:
            case.expr = call
        else:  # a zero derivative is checked through a differentiable use of the result
            first = next((n for n, s in params if s.diff), None)
            case.expr = f"({call}) * {first}" if first else call
    elif case.expr is not None:
        case.expr = case.expr.replace("{call}", call)
    if case.body is not None:
        case.body = textwrap.dedent(case.body).strip("\n").replace("{call}", call)
    case.source = _function(case.fname, case.names, case.describe())
    if case.jax is not False:
        jexpr = case.jax if isinstance(case.jax, str) else None
        text = f"return {jexpr.replace('{call}', call)}" if jexpr else case.describe()
        case.jax_source = _function(case.fname, case.names, text)
    return case


def _function(name, params, body):
    return f"def {name}({', '.join(params)}):\n" + textwrap.indent(body, "    ") + "\n"


# -- writing and importing the modules -------------------------------------------------------
HEADER = '''"""Generated by tests/rule_fixtures/generate.py from the rule table; do not edit."""
import math

import numpy as np

import s2s
from s2s.runtime import {helpers}
from tests.rule_fixtures.generate import weights
'''

SCIPY_IMPORT = "import scipy.special\n"  # in the numpy module when a case calls scipy

JAX_HEADER = '''"""Generated by tests/rule_fixtures/generate.py: the rule cases on jax.numpy."""
import jax
import jax.numpy as np

from tests.rule_fixtures.generate import jax_math, jax_scipy, weights

math = jax_math()
scipy = jax_scipy()
stop_gradient = jax.lax.stop_gradient
zeros_like = np.zeros_like
'''


def _namespace():
    ns = {"np": np, "math": math, "weights": weights}
    try:
        import scipy.special
        ns["scipy"] = scipy
    except ImportError:
        pass
    ns.update(runtime.HELPERS)
    import s2s
    ns["s2s"] = s2s
    return ns


def _probe(case):
    """Run the numpy function once: its output kind and shape, or the error."""
    ns = _namespace()
    try:
        exec(compile(case.source, f"<{case.id}>", "exec"), ns)
        out = ns[case.fname](*case.sample())
    except Exception as e:  # reported by the tests of this case
        case.error = f"{type(e).__name__}: {e}"
        return
    if isinstance(out, tuple):
        case.out_kind, case.out_shape = "tuple", tuple(np.shape(o) for o in out)
    elif np.ndim(out) == 0:
        case.out_kind, case.out_shape = "scalar", ()
    else:
        case.out_kind, case.out_shape = "array", np.shape(out)


def _scalarized(case):
    """``fs_...``: the output weighted to a scalar (array outputs only)."""
    w = f"W_{case.slug}"
    return (f"{w} = weights({case.id!r}, {case.out_shape!r})\n\n\n"
            + _function(case.fsname, case.names,
                        f"return np.sum({case.fname}({', '.join(case.names)}) * {w})"))


def render_modules(cases):
    """(numpy module text, jax module text)."""
    for c in cases:
        _probe(c)
    called = {m for c in cases for m in re.findall(r"(?<![\w.])(\w+)\(", c.source)}
    helpers = sorted(n for n in runtime.HELPERS if n in called)
    header = HEADER.format(helpers=", ".join(helpers))
    if any("scipy." in c.source for c in cases):
        header = header.replace("import numpy as np\n", "import numpy as np\n" + SCIPY_IMPORT)
    np_parts = [header]
    jax_parts = [JAX_HEADER]
    for c in cases:
        extra = _scalarized(c) if c.out_kind == "array" else ""
        np_parts.append(f"# {c.id}\n{c.source}" + ("\n\n" + extra if extra else ""))
        if c.jax_source is not None:
            jax_parts.append(f"# {c.id}\n{c.jax_source}" + ("\n\n" + extra if extra else ""))
    return "\n\n".join(np_parts), "\n\n".join(jax_parts)


def build_modules(cases, directory):
    """Write both modules into ``directory`` (put on sys.path); import the numpy one fresh
    (``import_jax_module`` imports the other when a test needs it)."""
    directory = str(directory)
    np_text, jax_text = render_modules(cases)
    for name, text in ((MODULE, np_text), (JAX_MODULE, jax_text)):
        with open(f"{directory}/{name}.py", "w") as fh:
            fh.write(text)
    if directory not in sys.path:
        sys.path.insert(0, directory)
    importlib.invalidate_caches()
    for name in (MODULE, JAX_MODULE):
        sys.modules.pop(name, None)
    return importlib.import_module(MODULE)


def import_jax_module():
    return importlib.import_module(JAX_MODULE)


# -- math on jax -----------------------------------------------------------------------------
def jax_math():
    """``math`` for the jax module: the scalar functions as jax.numpy functions."""
    import jax.numpy as jnp

    def log(x, base=math.e):
        return jnp.log(x) / jnp.log(base)

    ns = {k: getattr(math, k) for k in dir(math) if not k.startswith("_")}
    ns.update(
        exp=jnp.exp, log=log, log1p=jnp.log1p, expm1=jnp.expm1, sqrt=jnp.sqrt, sin=jnp.sin,
        cos=jnp.cos, tan=jnp.tan, tanh=jnp.tanh, sinh=jnp.sinh, cosh=jnp.cosh, atan=jnp.arctan,
        asin=jnp.arcsin, acos=jnp.arccos, asinh=jnp.arcsinh, acosh=jnp.arccosh,
        atanh=jnp.arctanh, fabs=jnp.abs, pow=jnp.power, floor=jnp.floor, ceil=jnp.ceil,
        trunc=jnp.trunc, log2=jnp.log2, log10=jnp.log10, isnan=jnp.isnan, isinf=jnp.isinf,
        isfinite=jnp.isfinite, copysign=jnp.copysign)
    import jax.scipy.special as jss

    def hypot(*xs):
        return jnp.sqrt(sum(x * x for x in xs))

    ns.update(
        erf=jss.erf, erfc=jss.erfc, gamma=jss.gamma, lgamma=jss.gammaln, hypot=hypot,
        atan2=jnp.arctan2, degrees=jnp.degrees, radians=jnp.radians, exp2=jnp.exp2,
        cbrt=jnp.cbrt, fmod=jnp.fmod, remainder=lambda x, y: x - jnp.round(x / y) * y,
        ldexp=jnp.ldexp)
    return types.SimpleNamespace(**ns)


def jax_scipy():
    """``scipy`` for the jax module: ``scipy.special`` is ``jax.scipy.special``, with the
    functions it lacks written in jax."""
    import jax
    import jax.scipy.special as jss

    ns = {k: getattr(jss, k) for k in dir(jss) if not k.startswith("_")}
    ns.update(log_expit=jax.nn.log_sigmoid, softplus=jax.nn.softplus,
              erfcinv=lambda x: jss.erfinv(1 - x))
    return types.SimpleNamespace(special=types.SimpleNamespace(**ns))

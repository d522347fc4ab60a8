"""Every rule of the rule table, checked automatically in both modes.

At collection time the rule list is read from ``s2s.rules.default_table()``; for every rule
(but the structural ones, ``STRUCTURAL``) and every input domain of ``DOMAINS`` (or, for a
rule without an entry, the default domain: float inputs in (0.5, 1.5), every positional
parameter an array of shape (3,)), a tiny function calling the primitive is written into a
generated module in a temporary directory (``tests/rule_fixtures/generate.py``). Then:

``test_reverse``  s2s.grad of the output weighted to a scalar, and the s2s.vjp pullback of
                  the weighting, equal Richardson-extrapolated central differences;
``test_forward``  s2s.jvp along a random tangent equals central differences along it;
``test_dot``      <v, J u> (from s2s.jvp) equals <J^T v, u> (from the s2s.vjp pullback);
``test_jax``      s2s.grad equals jax.grad of the same function on jax.numpy (float64).

Non-differentiable rules are checked through a differentiable use of their result
(``np.floor(x) * x`` has gradient ``floor(x)``). The helpers that generated adjoint code
calls (``s2s.runtime.HELPERS``) have jvp rules only, for forward-over-reverse: they get
``test_forward`` (and the reverse tests too if a helper ever gets vjp templates).

A new rule is tested without writing a test; if the default domain does not suit it, its
tests fail and ask for an entry in ``DOMAINS``.
"""
from __future__ import annotations

import atexit
import functools
import shutil
import tempfile

import numpy as np
import pytest

import s2s
from s2s.rules import default_table
from s2s.runtime import HELPERS

from .catalogue import assert_tree_close, central_difference, enable_jax_x64
from .rule_fixtures import generate as gen
from .rule_fixtures.generate import Arr, Bool, Case, Seq, Src

# Rules the reverse transform writes itself (indexing, containers): no call to test.
STRUCTURAL = {"getitem", "setitem", "tuple", "list", "unpack", "append", "concat", "keys"}

FD_RTOL = 1e-5          # against central differences
JAX_RTOL = 1e-6         # against jax.grad
DOT_RTOL = 1e-9         # <v, J u> against <J^T v, u>


# -- domains ---------------------------------------------------------------------------------
def binary(x=(0.5, 1.5), y=(0.5, 1.5)):
    """Same shapes, broadcasting in both directions, Python float operands."""
    X = dict(lo=x[0], hi=x[1])
    Y = dict(lo=y[0], hi=y[1])
    return [Case(Arr(3, 4, **X), Arr(3, 4, **Y)), Case(Arr(3, 4, **X), Arr(4, **Y)),
            Case(Arr(3, 1, **X), Arr(1, 4, **Y)), Case(Arr(3, **X), Arr(**Y)),
            Case(Arr(**X), Arr(2, 3, **Y)), Case(Arr(**X), Arr(**Y))]


def unary(lo=0.5, hi=1.5, signs=False):
    return [Case(Arr(3, 4, lo=lo, hi=hi, signs=signs)), Case(Arr(lo=lo, hi=hi, signs=signs))]


def scalar(lo=0.5, hi=1.5, signs=False):
    return [Case(Arr(lo=lo, hi=hi, signs=signs))]


def separated(*cases, gap=0.05):
    """Mark cases whose two inputs must not tie (max, min, comparisons)."""
    for c in cases:
        c.separate = gap
    return list(cases)


def reductions():
    return [Case(Arr(3, 4)), Case(Arr(3, 4), axis=0), Case(Arr(3, 4), axis=1, keepdims=True),
            Case(Arr(2, 3, 4), axis=(0, 2)), Case(Arr(3, 4), axis=-1),
            Case(Arr(3, 4), keepdims=True), Case(Arr(5))]


def extrema():
    return [Case(Arr(3, 4, distinct=True)), Case(Arr(3, 4, distinct=True), axis=0),
            Case(Arr(3, 4, distinct=True), axis=1, keepdims=True),
            Case(Arr(2, 3, 4, distinct=True), axis=(0, 2))]


def matmul():
    S = dict(signs=True)
    return [Case(Arr(3, 4, **S), Arr(4, 2, **S)), Case(Arr(4, **S), Arr(4, 2, **S)),
            Case(Arr(3, 4, **S), Arr(4, **S)), Case(Arr(4, **S), Arr(4, **S)),
            Case(Arr(2, 3, 4, **S), Arr(4, 5, **S)), Case(Arr(2, 3, 4, **S), Arr(2, 4, 2, **S)),
            Case(Arr(3, 4, **S), Arr(2, 4, 2, **S))]


def threshold(expr, shape=(3,), n=1):
    """A nondifferentiable use of the inputs (thresholds away from the sampled values)."""
    return [Case(*[Arr(*shape, lo=0.5, hi=1.5) for _ in range(n)], expr=expr)]


def loop(body, *args, jax=None):
    return [Case(*args, body=body, jax=jax)]


DOMAINS: dict[str, list[Case]] = {
    # -- arithmetic operators and their ufuncs ---------------------------------------------------
    **{name: binary() for name in ("add", "np.add", "sub", "np.subtract", "mul", "np.multiply")},
    "truediv": binary(), "np.divide": binary(),
    "pow": binary(y=(0.5, 2.5)), "np.power": binary(y=(0.5, 2.5)),
    # x // y stays 2 near every sample: x / y in (2.09, 2.8)
    "mod": binary(x=(2.2, 2.8), y=(1.0, 1.05)), "np.remainder": binary(x=(2.2, 2.8), y=(1.0, 1.05)),
    "neg": unary(signs=True), "np.negative": unary(signs=True), "pos": unary(signs=True),
    "matmul": matmul(), "np.matmul": matmul(),
    # -- comparisons, logic, integer division: zero derivative ---------------------------------
    **{name: separated(Case(Arr(3), Arr(3)), Case(Arr(3, 4), Arr(4)))
       for name in ("lt", "le", "gt", "ge", "eq", "ne", "np.less", "np.less_equal",
                    "np.greater", "np.greater_equal", "np.equal", "np.not_equal")},
    "floordiv": [Case(Arr(3, lo=2.2, hi=2.8), Arr(3, lo=1.0, hi=1.05))],
    "np.floor_divide": [Case(Arr(3, lo=2.2, hi=2.8), Arr(3, lo=1.0, hi=1.05))],
    "not": [Case(Arr(), expr="(not x > 2.0) * x", jax=False)],
    "invert": threshold("(~(x > 1.0)) * x"),
    "and": [Case(Arr(lo=1.1, hi=1.5), Arr(lo=1.1, hi=1.5), expr="(x > 1.0 and y > 1.0) * x",
                 jax=False)],
    "or": [Case(Arr(lo=1.1, hi=1.5), Arr(lo=0.5, hi=0.9), expr="(x < 1.0 or y < 1.0) * x",
                jax=False)],
    "is": [Case(Arr(3), Arr(3), jax=False)],
    "is_not": [Case(Arr(3), Arr(3), jax=False)],
    "in": [Case(Src("1.0"), Arr(3), jax=False)],
    "not_in": [Case(Src("1.0"), Arr(3), jax=False)],
    "bitand": threshold("((x > 1.0) & (y > 1.0)) * x", n=2),
    "bitor": threshold("((x > 1.0) | (y > 1.0)) * x", n=2),
    "bitxor": threshold("((x > 1.0) ^ (y > 1.0)) * x", n=2),
    "np.logical_and": threshold("np.logical_and(x > 1.0, y > 1.0) * x", n=2),
    "np.logical_or": threshold("np.logical_or(x > 1.0, y > 1.0) * x", n=2),
    "np.logical_xor": threshold("np.logical_xor(x > 1.0, y > 1.0) * x", n=2),
    "np.logical_not": threshold("np.logical_not(x > 1.0) * x"),
    # -- elementwise ----------------------------------------------------------------------------
    **{f"np.{n}": unary() for n in ("exp", "exp2", "sin", "cos", "tanh", "sinh", "cosh",
                                     "square", "log", "log2", "log10", "log1p", "expm1",
                                     "sqrt", "reciprocal", "cbrt")},
    **{f"math.{n}": scalar() for n in ("exp", "sin", "cos", "tanh", "sinh", "cosh", "log2",
                                        "log10", "log1p", "expm1", "sqrt")},
    "np.tan": unary(-1.2, 1.2), "math.tan": scalar(-1.2, 1.2),
    "np.arcsin": unary(-0.9, 0.9), "math.asin": scalar(-0.9, 0.9),
    "np.arccos": unary(-0.9, 0.9), "math.acos": scalar(-0.9, 0.9),
    "np.arctanh": unary(-0.9, 0.9), "math.atanh": scalar(-0.9, 0.9),
    "np.arcsinh": unary(-2.0, 2.0), "math.asinh": scalar(-2.0, 2.0),
    "np.arccosh": unary(1.1, 3.0), "math.acosh": scalar(1.1, 3.0),
    "np.arctan": unary(-2.0, 2.0), "math.atan": scalar(-2.0, 2.0),
    "np.cbrt": unary(0.2, 1.5, signs=True),
    # kinks: away from 0
    "np.absolute": unary(0.2, 1.5, signs=True), "np.fabs": unary(0.2, 1.5, signs=True),
    "abs": unary(0.2, 1.5, signs=True), "math.fabs": scalar(0.2, 1.5, signs=True),
    "math.log": [Case(Arr(lo=0.5, hi=3.0)), Case(Arr(lo=0.5, hi=3.0), Arr(lo=1.5, hi=3.0)),
                 Case(Arr(lo=0.5, hi=3.0), 2.0)],
    "math.copysign": [Case(Arr(lo=0.2, hi=1.5, signs=True), Arr(lo=0.2, hi=1.5, signs=True))],
    "math.pow": [Case(Arr(), Arr(lo=0.5, hi=2.5)), Case(Arr(), 3.0), Case(2.0, Arr())],
    "np.maximum": separated(*binary()[:4]), "np.minimum": separated(*binary()[:4]),
    "np.clip": [Case(Arr(3, 4, lo=0.0, hi=2.0), 0.5, 1.5),
                Case(Arr(3, 4, lo=0.0, hi=2.0), Arr(lo=0.4, hi=0.6), Arr(lo=1.4, hi=1.6)),
                Case(Arr(3, 4, lo=0.0, hi=2.0), Arr(4, lo=0.4, hi=0.6), Arr(4, lo=1.4, hi=1.6)),
                Case(Arr(3, 4, lo=0.0, hi=2.0), 0.5, None)],
    "np.where": [Case(Bool(3, 4), Arr(3, 4), Arr(3, 4)), Case(Bool(3, 4), Arr(3, 4), Arr()),
                 Case(Bool(4), Arr(3, 4), Arr(3, 1)),
                 Case(Arr(3, 4), Arr(3, 4), expr="np.where(x > 1.0, x, y)")],
    # nondifferentiable elementwise: values away from the jumps
    "np.sign": [Case(Arr(3, lo=0.2, hi=1.5, signs=True))],
    "np.floor": [Case(Arr(3, lo=1.1, hi=1.9))], "np.ceil": [Case(Arr(3, lo=1.1, hi=1.9))],
    "np.trunc": [Case(Arr(3, lo=0.2, hi=1.9, signs=True))],
    "np.round": [Case(Arr(3, lo=1.1, hi=1.4)), Case(Arr(3, lo=0.6, hi=0.9))],
    "np.rint": [Case(Arr(3, lo=1.1, hi=1.4)), Case(Arr(3, lo=0.6, hi=0.9))],
    "np.isnan": [Case(Arr(3), expr="(1 - np.isnan(x)) * x")],
    "np.isinf": [Case(Arr(3), expr="(1 - np.isinf(x)) * x")],
    "np.isfinite": [Case(Arr(3), expr="np.isfinite(x) * x")],
    "math.floor": scalar(1.1, 1.9), "math.ceil": scalar(1.1, 1.9),
    "math.trunc": scalar(1.1, 1.9),
    "round": [Case(Arr(lo=1.1, hi=1.4))],
    "math.isnan": [Case(Arr(), expr="(1 - math.isnan(x)) * x")],
    "math.isinf": [Case(Arr(), expr="(1 - math.isinf(x)) * x")],
    "math.isfinite": [Case(Arr(), expr="math.isfinite(x) * x")],
    # -- reductions ------------------------------------------------------------------------------
    "np.sum": reductions(), "np.mean": reductions(), "np.prod": reductions(),
    **{name: extrema() for name in ("np.max", "np.min", "np.amax", "np.amin")},
    "sum": [Case(Arr(4)), Case(Arr(3, 4))],
    "max": separated(Case(Arr(), Arr(), jax="np.maximum(x, y)")),
    "min": separated(Case(Arr(), Arr(), jax="np.minimum(x, y)")),
    "np.argmax": [Case(Arr(4, distinct=True))], "np.argmin": [Case(Arr(4, distinct=True))],
    "np.any": threshold("np.any(x > 1.0) * x"), "np.all": threshold("np.all(x > 1.0) * x"),
    "np.count_nonzero": threshold("np.count_nonzero(x > 1.0) * x"),
    "np.argsort": [Case(Arr(4, distinct=True))],
    # -- shapes and construction -------------------------------------------------------------------
    "np.reshape": [Case(Arr(3, 4), (4, 3)), Case(Arr(3, 4), -1), Case(Arr(3, 4), (2, -1, 3))],
    "np.ravel": [Case(Arr(3, 4)), Case(Arr(2, 3, 4))],
    "np.squeeze": [Case(Arr(3, 1, 4)), Case(Arr(3, 1, 4), axis=1), Case(Arr(1, 3, 1), axis=(0, 2))],
    "np.expand_dims": [Case(Arr(3, 4), 1), Case(Arr(3, 4), 0), Case(Arr(3, 4), (0, 3))],
    "np.transpose": [Case(Arr(3, 4)), Case(Arr(2, 3, 4), (1, 0, 2)),
                     Case(Arr(2, 3, 4), axes=(2, 0, 1))],
    "np.concatenate": [Case(Seq(Arr(2, 4), Arr(3, 4))), Case(Seq(Arr(3, 2), Arr(3, 4)), axis=1),
                       Case(Seq(Arr(3), Arr(2), Arr(4)))],
    "np.stack": [Case(Seq(Arr(3, 4), Arr(3, 4))), Case(Seq(Arr(3, 4), Arr(3, 4)), axis=1),
                 Case(Seq(Arr(3), Arr(3), Arr(3)), axis=-1)],
    "np.array": [Case(Arr(3, 4)), Case(Seq(Arr(), Arr())), Case(Seq(Arr(3), Arr(3)))],
    "np.asarray": [Case(Arr(3, 4)), Case(Arr())],
    "float": [Case(Arr(), jax="x")],
    "np.copy": [Case(Arr(3, 4))],
    "np.full_like": [Case(Arr(3, 4), Arr()), Case(Arr(3), 2.0, expr="{call} * x")],
    "len": [Case(Arr(3))],
    "range": loop("""
        s = 0.0
        for i in range(3):
            s = s + x * i
        return s""", Arr(3)),
    "int": [Case(Arr(lo=1.1, hi=1.9), jax=False)],
    "bool": [Case(Arr(lo=0.5, hi=1.5), jax=False)],
    "isinstance": [Case(Arr(), expr="isinstance(x, float) * x", jax="x")],
    "enumerate": loop("""
        s = 0.0
        for i, v in enumerate(x):
            s = s + i * v
        return s""", Arr(3)),
    "zip": loop("""
        s = 0.0
        for a, b in zip(x, y):
            s = s + a * b
        return s""", Arr(3), Arr(3)),
    "reversed": loop("""
        s = 0.0
        for i in reversed(range(3)):
            s = s * x[i] + i
        return s""", Arr(3)),
    "np.shape": [Case(Arr(3, 4), expr="np.shape(x)[0] * x")],
    "np.ndim": [Case(Arr(3, 4))], "np.size": [Case(Arr(3, 4))],
    "np.zeros": [Case(Arr(3), expr="np.zeros(3) + x")],
    "np.ones": [Case(Arr(3), expr="np.ones(3) * x")],
    "np.empty": [Case(Arr(3), expr="np.size(np.empty(3)) * x")],
    "np.zeros_like": [Case(Arr(3), expr="np.zeros_like(x) + x")],
    "np.ones_like": [Case(Arr(3), expr="np.ones_like(x) * x")],
    "np.empty_like": [Case(Arr(3), expr="np.size(np.empty_like(x)) * x")],
    "np.full": [Case(Arr(3), expr="np.full(3, 2.0) * x")],
    "np.eye": [Case(Arr(3), expr="np.eye(3) @ x")],
    "np.identity": [Case(Arr(3), expr="np.identity(3) @ x")],
    "np.arange": [Case(Arr(3), expr="np.arange(3) * x")],
    "np.linspace": [Case(Arr(3), expr="np.linspace(0.0, 1.0, 3) * x")],
    "np.result_type": [Case(Arr(3), expr="np.ones(3, np.result_type(x)) * x")],
    # x only inside stop_gradient: its derivative is zero by definition ("frozen")
    "stop_gradient": [Case(Arr(3), Arr(3), expr="stop_gradient(x) * y", frozen=("x",),
                           jax=True),
                      Case(Arr(4), Arr(3, 4), expr="y @ s2s.stop_gradient(np.sin(x))",
                           frozen=("x",), jax="y @ stop_gradient(np.sin(x))")],
    "zeros_like": [Case(Arr(3), expr="zeros_like(x) + x * x", jax=True)],
    # -- linear algebra -----------------------------------------------------------------------------
    "np.dot": [Case(Arr(3, 4), Arr(4)), Case(Arr(3, 4), Arr(4, 2)), Case(Arr(3), Arr(3)),
               Case(Arr(), Arr(3)), Case(Arr(3, 4), Arr()), Case(Arr(2, 3, 4), Arr(4))],
    "np.outer": [Case(Arr(3), Arr(4)), Case(Arr(2, 2), Arr(3))],
    "np.inner": [Case(Arr(3), Arr(3)), Case(Arr(2, 3), Arr(4, 3)), Case(Arr(2, 3), Arr(3))],
    "np.linalg.norm": [Case(Arr(3, signs=True)), Case(Arr(3, 4, signs=True)),
                       Case(Arr(3, 4, signs=True), axis=1),
                       Case(Arr(3, 4, signs=True), axis=0, keepdims=True),
                       Case(Arr(3, signs=True), 2), Case(Arr(3, signs=True), ord=1)],
    "np.trace": [Case(Arr(3, 3)), Case(Arr(3, 4))],
    # -- helpers that generated adjoint code calls (jvp rules, for forward-over-reverse) -------
    "unbroadcast": [Case(Arr(3, 4), Arr(4)), Case(Arr(3, 4), Arr(3, 1)), Case(Arr(3, 4), Arr()),
                    Case(Arr(3, 4), Arr(3, 4))],
    "broadcast_like": [Case(Arr(4), Arr(3, 4)), Case(Arr(), Arr(3)), Case(Arr(3, 1), Arr(3, 4))],
    "sum_to_shape": [Case(Arr(3, 4), (1, 4)), Case(Arr(3, 4), (4,)), Case(Arr(2, 3, 4), (3, 1))],
    "unreduce": [Case(Arr(3), Arr(3, 4), axis=1), Case(Arr(1, 4), Arr(3, 4), axis=0, keepdims=True),
                 Case(Arr(), Arr(3, 4))],
    "unreduce_extremum": [  # y: the reduced array (a constant), x: the cotangent
        Case(Arr(3), Arr(3, 4, distinct=True, diff=False),
             expr="unreduce_extremum(x, y, np.max(y, axis=1), axis=1)"),
        Case(Arr(), Arr(3, 4, distinct=True, diff=False), expr="unreduce_extremum(x, y, np.min(y))"),
        Case(Arr(1, 4), Arr(3, 4, distinct=True, diff=False),
             expr="unreduce_extremum(x, y, np.max(y, axis=0, keepdims=True), axis=0, keepdims=True)")],
    **{name: [Case(Arr(3, 2), Arr(3, 4), Arr(4, 2)), Case(Arr(3), Arr(3, 4), Arr(4)),
              Case(Arr(2), Arr(4), Arr(4, 2)), Case(Arr(), Arr(4), Arr(4))]
       for name in ("matmul_vjp_lhs", "matmul_vjp_rhs", "dot_vjp_lhs", "dot_vjp_rhs")},
    "reshape_like": [Case(Arr(12), Arr(3, 4)), Case(Arr(3, 4), Arr(2, 6))],
    "norm_vjp": [  # x: the cotangent g; y: the array whose norm is taken (a constant here)
        Case(Arr(), Arr(3, signs=True, diff=False), expr="norm_vjp(x, y, np.linalg.norm(y))"),
        Case(Arr(3), Arr(3, 4, signs=True, diff=False),
             expr="norm_vjp(x, y, np.linalg.norm(y, axis=1), axis=1)")],
    **{name: [Case(Arr(2, 4), Arr(2, 3), Arr(4, 3)), Case(Arr(2), Arr(2, 3), Arr(3)),
              Case(Arr(), Arr(3), Arr(3))]
       for name in ("inner_vjp_lhs", "inner_vjp_rhs")},
    # masks of np.clip's adjoint: nondifferentiable
    "clip_inside": threshold("clip_inside(x, 0.8, 1.2) * x"),
    "clip_below": threshold("clip_below(x, 0.8) * x"),
    "clip_above": threshold("clip_above(x, 1.2) * x"),
    "untranspose": [Case(Arr(4, 3)), Case(Arr(3, 2, 4), axes=(1, 0, 2))],
    "unconcatenate": [Case(Arr(5, 4), Seq(Arr(2, 4), Arr(3, 4))),
                      Case(Arr(3, 6), Seq(Arr(3, 2), Arr(3, 4)), axis=1)],
    "unstack": [Case(Arr(2, 3, 4), Seq(Arr(3, 4), Arr(3, 4))),
                Case(Arr(3, 2, 4), Seq(Arr(3, 4), Arr(3, 4)), axis=1)],
}


# -- the cases, from the table ----------------------------------------------------------------
def is_helper(name, rule):
    """A helper generated adjoint code calls (``add`` is also the ``+`` operator: not one)."""
    return name in HELPERS and rule.impl is HELPERS[name]


def default_case(rule):
    """float inputs in (0.5, 1.5), every positional parameter an array of shape (3,)."""
    n = 1 if rule.varargs else len(rule.params) - len(rule.defaults)
    return Case(*[Arr(3) for _ in range(max(n, 1))])


def collect():
    table = default_table()
    cases = []
    for name, rule in table.rules.items():
        if name in STRUCTURAL:
            continue
        declared = DOMAINS.get(name)
        entries = declared if declared is not None else [default_case(rule)]
        for i, c in enumerate(entries):
            cases.append(gen.bind(c, rule, i, is_default=declared is None))
    return table, cases


TABLE, CASES = collect()
_DIR = tempfile.mkdtemp(prefix="s2s_rule_cases_")
atexit.register(shutil.rmtree, _DIR, ignore_errors=True)
MOD = gen.build_modules(CASES, _DIR)


def modes(case):
    rule = TABLE[case.rule]
    out = ["fwd"]
    if not is_helper(case.rule, rule) or rule.vjp or not rule.differentiable:
        out += ["rev", "dot"]
    if case.jax_source is not None and (case.jax is not None or not is_helper(case.rule, rule)):
        out.append("jax")
    return out


def cases_for(mode):
    return pytest.mark.parametrize("case", [c for c in CASES if mode in modes(c)],
                                   ids=lambda c: c.id)


# -- numerical helpers -------------------------------------------------------------------------
def leaves(tree):
    if isinstance(tree, (tuple, list)):
        return [leaf for t in tree for leaf in leaves(t)]
    return [tree]


def inner(a, b):
    return sum(float(np.sum(np.asarray(x, dtype=np.float64) * np.asarray(y, dtype=np.float64)))
               for x, y in zip(leaves(a), leaves(b)))


def like(rng, value):
    """A random tangent/cotangent with the structure and shape of ``value``."""
    if isinstance(value, tuple):
        return tuple(like(rng, v) for v in value)
    if np.ndim(value) == 0 and not isinstance(value, np.ndarray):
        return float(rng.standard_normal())
    return rng.standard_normal(np.shape(value))


def directional(f, args, idx, us, rel_step=1e-4):
    """d/dt f(args + t u) at 0 by Richardson-extrapolated central differences."""
    scale = max([1.0] + [float(np.max(np.abs(args[i]))) for i in idx])
    h = rel_step * scale

    def at(t):
        a = list(args)
        for i, u in zip(idx, us):
            a[i] = args[i] + t * u
        return f(*a)

    def d(h):
        plus, minus = at(h), at(-h)
        if isinstance(plus, tuple):
            return tuple((np.asarray(p, float) - np.asarray(m, float)) / (2 * h)
                         for p, m in zip(plus, minus))
        return (np.asarray(plus, float) - np.asarray(minus, float)) / (2 * h)

    d1, d2 = d(h), d(h / 2)
    if isinstance(d1, tuple):
        return tuple((4 * b - a) / 3 for a, b in zip(d1, d2))
    return (4 * d2 - d1) / 3


def fd_gradient(case, fs, args):
    """Central differences of scalar ``fs`` in the differentiated parameters (zero for
    frozen ones)."""
    idx = [i for i in case.diff_indices if case.names[i] not in case.frozen]
    fd = central_difference(fs, args, tuple(idx)) if idx else ()
    out, k = [], 0
    for i in case.diff_indices:
        if case.names[i] in case.frozen:
            out.append(0.0 * np.asarray(args[i]) if np.ndim(args[i]) else 0.0)
        else:
            out.append(fd[k])
            k += 1
    return tuple(out)


def fail(case, what, err):
    """Fail with what was tried; for a rule without a domain entry, ask for one."""
    source = case.source.rstrip()
    if case.is_default:
        pytest.fail(
            f"rule {case.rule!r} has no entry in DOMAINS (tests/test_rules.py), so it was tried "
            f"on the default domain (float inputs in (0.5, 1.5), every positional parameter an "
            f"array of shape (3,)), and {what} failed: {err}\nAdd a domain entry for "
            f"{case.rule!r} (valid input shapes and ranges); if it still fails, the rule is "
            f"wrong.\n{source}", pytrace=False)
    pytest.fail(f"{case.id} {what}: {err}\n{source}", pytrace=False)


def run(case, what, thunk):
    if case.error is not None:
        fail(case, "calling the function in numpy", case.error)
    try:
        return thunk()
    except AssertionError as e:
        fail(case, what, e)
    except Exception as e:  # noqa: BLE001 - reported with the case
        fail(case, what, f"{type(e).__name__}: {e}")


def atol_for(value):
    return 1e-9 * max(1.0, float(np.max(np.abs(np.asarray(value, dtype=np.float64)))))


# -- the tests ------------------------------------------------------------------------------------
@cases_for("rev")
def test_reverse(case):
    """s2s.grad(fs) and the s2s.vjp pullback of the weighting, against central differences."""
    f, fs = getattr(MOD, case.fname, None), getattr(MOD, case.fsname, None)
    args = case.sample()
    idx = case.diff_indices
    ref = run(case, "central differences", lambda: fd_gradient(case, fs, args))
    atol = atol_for(fs(*args))

    def check_grad():
        g = s2s.grad(fs, wrt=idx)(*args)
        assert_tree_close(tuple(g), ref, FD_RTOL, atol, what="s2s.grad")

    def check_vjp():
        out, pullback = s2s.vjp(f, *args, wrt=idx)
        assert_tree_close(out, f(*args), 1e-12, 1e-12, what="vjp value")
        w = getattr(MOD, f"W_{case.slug}", 1.0)
        assert_tree_close(tuple(pullback(w)), ref, FD_RTOL, atol, what="s2s.vjp pullback")

    run(case, "reverse mode (s2s.grad)", check_grad)
    run(case, "reverse mode (s2s.vjp)", check_vjp)


@cases_for("fwd")
def test_forward(case):
    """s2s.jvp along a random tangent, against central differences along it."""
    f = getattr(MOD, case.fname, None)
    args = case.sample()
    idx = case.diff_indices
    rng = np.random.default_rng(case.seed + 1)
    us = [like(rng, args[i]) for i in idx]
    moving = [(i, u) for i, u in zip(idx, us) if case.names[i] not in case.frozen]
    ref = run(case, "central differences", lambda: directional(
        f, args, [i for i, _ in moving], [u for _, u in moving]))

    def check():
        tangents = [None] * len(args)
        for i, u in zip(idx, us):
            tangents[i] = u
        out, t = s2s.jvp(f, args, tangents)
        assert_tree_close(out, f(*args), 1e-12, 1e-12, what="jvp value")
        if isinstance(ref, tuple):
            assert_tree_close(tuple(t), ref, FD_RTOL, atol_for(max(map(np.max, map(np.abs, out)))),
                              what="s2s.jvp tangent")
        else:
            assert_tree_close(t, ref, FD_RTOL, atol_for(out), what="s2s.jvp tangent")

    run(case, "forward mode (s2s.jvp)", check)


@cases_for("dot")
def test_dot(case):
    """<v, J u> from s2s.jvp equals <J^T v, u> from the s2s.vjp pullback."""
    f = getattr(MOD, case.fname, None)
    args = case.sample()
    idx = case.diff_indices

    def check():
        rng = np.random.default_rng(case.seed + 2)
        us = [like(rng, args[i]) for i in idx]
        tangents = [None] * len(args)
        for i, u in zip(idx, us):
            tangents[i] = u
        out, ju = s2s.jvp(f, args, tangents)
        v = like(rng, out)
        _, pullback = s2s.vjp(f, *args, wrt=idx)
        jtv = pullback(v)
        lhs, rhs = inner(v, ju), inner(jtv, us)
        scale = (np.sqrt(inner(v, v) * inner(ju, ju))
                 + sum(np.sqrt(inner(a, a) * inner(b, b)) for a, b in zip(jtv, us)))
        assert abs(lhs - rhs) <= DOT_RTOL * max(scale, 1e-300), \
            f"<v, J u> = {lhs!r} but <J^T v, u> = {rhs!r}"

    run(case, "dot-product identity (jvp vs vjp)", check)


@functools.lru_cache(maxsize=None)
def jax_references():
    """jax.grad of every case's jax.numpy version, {case id: gradient tuple or error text}.

    All the gradients are compiled together as one jitted function: one XLA compilation
    instead of one per case (a case that jax cannot trace records its error)."""
    jax = enable_jax_x64()
    jm = gen.import_jax_module()
    grads, wargs, out = {}, {}, {}
    for case in CASES:
        if "jax" not in modes(case):
            continue
        args, idx = case.sample(), case.diff_indices
        fsj = getattr(jm, case.fsname, None)

        def of_wrt(*w, args=args, idx=idx, fsj=fsj):
            full = list(args)
            for i, a in zip(idx, w):
                full[i] = a
            return fsj(*full)

        grads[case.id] = jax.grad(of_wrt, argnums=tuple(range(len(idx))))
        wargs[case.id] = tuple(args[i] for i in idx)

    def all_grads(ws):
        values = {}
        for k, w in ws.items():
            try:
                values[k] = grads[k](*w)
            except Exception as e:  # noqa: BLE001 - reported by the case's test
                out[k] = f"{type(e).__name__}: {e}"
        return values

    # LLVM optimisation buys nothing for one run of tiny kernels and halves compile time
    compiled = jax.jit(all_grads).lower(wargs).compile(
        compiler_options={"xla_backend_optimization_level": 0})
    for k, g in compiled(wargs).items():
        out[k] = tuple(np.asarray(x) if np.ndim(a) else float(x) for x, a in zip(g, wargs[k]))
    return out


@cases_for("jax")
def test_jax(case):
    """s2s.grad equals jax.grad of the same function on jax.numpy, in float64."""
    fs = getattr(MOD, case.fsname, None)
    args = case.sample()

    def reference():
        ref = jax_references()[case.id]
        if isinstance(ref, str):
            raise RuntimeError(ref)
        return ref

    ref = run(case, "jax.grad of the jax.numpy version", reference)

    def check():
        g = s2s.grad(fs, wrt=case.diff_indices)(*args)
        assert_tree_close(tuple(g), ref, JAX_RTOL, 1e-12, what="s2s.grad vs jax.grad")

    run(case, "reverse mode against jax", check)


# -- the table is covered -----------------------------------------------------------------------
def test_every_rule_is_tested():
    """Every rule but the structural ones has cases in forward mode, and in reverse mode
    unless it is a helper without vjp templates; every DOMAINS entry names a rule."""
    stale = sorted(set(DOMAINS) - set(TABLE.rules))
    assert not stale, f"DOMAINS entries for rules that are not in the table: {stale}"
    missing = []
    for name, rule in TABLE.rules.items():
        if name in STRUCTURAL:
            continue
        mine = [c for c in CASES if c.rule == name]
        need = {"fwd"} if is_helper(name, rule) and rule.differentiable and not rule.vjp \
            else {"fwd", "rev", "dot"}
        got = set().union(*(modes(c) for c in mine)) if mine else set()
        if not need <= got:
            missing.append(f"{name}: {sorted(need - got)}")
    assert not missing, "rules without tests in some mode:\n" + "\n".join(missing)


def test_generated_module_is_deterministic():
    """The same table gives the same module text."""
    _, again = collect()
    assert gen.render_modules(again) == gen.render_modules(CASES)

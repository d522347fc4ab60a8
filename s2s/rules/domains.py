"""Input domains of rules: where a rule's derivative is tested.

Each rule declares, next to its definition, the inputs on which its derivatives are
checked (``domain=[...]``); ``tests/test_rules.py`` checks every rule on every case of its
domain in both modes, against finite differences, the dot-product identity and jax. A user
registering a rule can declare one the same way. The language::

    Case(Arr(3, 4), Arr(4))                  # f(x, y): return x + y  (for rule "add")
    Case(Arr(3, 4), axis=1, keepdims=True)   # np.sum(x, axis=1, keepdims=True)
    Case(Seq(Arr(2, 4), Arr(3, 4)), axis=0)  # np.concatenate([x, y], axis=0)
    Case(Arr(3), expr="np.floor(x) * x")     # an explicit expression ({call}: the call)

``Arr(*shape, lo, hi, signs, distinct, diff)`` is a float parameter (a Python float for
shape ``()``) drawn uniformly from ``(lo, hi)`` (``signs``: from ``±(lo, hi)``; ``distinct``:
entries at least ``0.4 (hi - lo) / n`` apart, so max/min/argsort have no ties; ``diff=False``:
a parameter s2s does not differentiate). ``Bool(*shape)`` is a boolean array parameter.
``Seq(...)`` writes a list literal of parameters. ``Src("...")`` is source written as is;
any other argument is written as its ``repr`` (``1``, ``(4, 3)``, ``None``). A rule with no
domain is tested on float inputs in (0.5, 1.5), every positional parameter of shape (3,).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Arr:
    """A float parameter; shape () is a Python float."""
    shape: tuple = (3,)
    lo: float = 0.5
    hi: float = 1.5
    signs: bool = False
    distinct: bool = False
    diff: bool = True

    def __init__(self, *shape, lo=0.5, hi=1.5, signs=False, distinct=False, diff=True):
        object.__setattr__(self, "shape", tuple(shape))
        object.__setattr__(self, "lo", lo)
        object.__setattr__(self, "hi", hi)
        object.__setattr__(self, "signs", signs)
        object.__setattr__(self, "distinct", distinct)
        object.__setattr__(self, "diff", diff)

    def sample(self, rng):
        n = int(np.prod(self.shape, dtype=int))
        if self.distinct:
            slots = rng.permutation(n) + 0.5 + rng.uniform(-0.3, 0.3, n)
            v = self.lo + (self.hi - self.lo) * slots / n
        else:
            v = rng.uniform(self.lo, self.hi, n)
        if self.signs:
            v = v * rng.choice([-1.0, 1.0], n)
        return float(v[0]) if self.shape == () else v.reshape(self.shape)


@dataclass(frozen=True)
class Bool:
    """A boolean array parameter (never differentiated)."""
    shape: tuple = (3,)
    diff = False

    def __init__(self, *shape):
        object.__setattr__(self, "shape", tuple(shape))

    def sample(self, rng):
        return rng.uniform(size=self.shape) < 0.5


@dataclass(frozen=True)
class Seq:
    """A list literal ``[a, b, ...]`` of parameters in the call."""
    items: tuple

    def __init__(self, *items):
        object.__setattr__(self, "items", tuple(items))


@dataclass(frozen=True)
class Src:
    """Source text written into the call as is."""
    text: str


class Case:
    """One input domain of one rule: the call's arguments, or an explicit expression.

    ``expr``: the returned expression (``{call}`` is the call built from the arguments);
    ``body``: a whole function body instead (it must ``return``); ``jax``: the expression
    for the jax reference (None: same as ``expr``; False: jax cannot express it);
    ``frozen``: parameters whose derivative is zero by definition (stop_gradient):
    s2s differentiates them, finite differences hold them fixed; ``separate``: the float
    parameters are redrawn until every pair of broadcast entries is that far apart (no
    ties for max/min/comparisons, no kink within a finite-difference step)."""

    def __init__(self, *args, expr=None, body=None, jax=None, frozen=(), separate=0.0, **kwargs):
        self.args, self.kwargs = args, kwargs
        self.expr, self.body, self.jax, self.frozen = expr, body, jax, frozen
        self.separate = separate

    def __repr__(self):
        parts = [repr(a) for a in self.args] + [f"{k}={v!r}" for k, v in self.kwargs.items()]
        parts += [f"{k}={getattr(self, k)!r}" for k in ("expr", "body", "jax", "frozen", "separate")
                  if getattr(self, k) not in (None, (), 0.0)]
        return f"Case({', '.join(parts)})"


# -- domains many rules share ---------------------------------------------------------------
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

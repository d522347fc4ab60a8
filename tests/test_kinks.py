"""Derivatives exactly on kinks and ties, against the conventions README and the rule
modules state (s2s/rules/elementwise.py, reductions.py): np.maximum/np.minimum split a tie
1/2-1/2, fmax/fmin give it to the second argument, abs is flat at 0, clip counts its ends
as inside, heaviside(x, h) moves with h where x == 0, copysign(x, y) has derivative sign(y)
at x = +0, the 1-norm is flat at 0 and the inf-norms share ties, np.where follows its condition (ReLU
written ``np.where(x > 0, x, 0.0)`` is flat at 0), max/min reductions share a tie equally,
argmax and sort pick the first of equal entries, the builtin max/min the argument Python
returns. The rule domains keep random inputs off these points on purpose; here every input
sits on one (tests/fixtures/kinks.py).

Two references, independent of s2s's rules:

- the convention in numbers, ``RIGHT``: at a kink the derivative is ``w * right + (1 - w)
  * left`` of the numpy function's one-sided derivatives (by second-order one-sided
  differences), with ``w`` the weight the convention gives the right-hand side (1/2 for a
  tie of two that splits, 1 when the derivative is taken from the right, ...);
- jax in float64 on the same function (or, where jax's own rule takes another convention,
  on its ``*_where`` twin that writes the convention out with ``np.where``), which gives
  every order: ``test_references_state_the_convention`` checks it against the first.

s2s is compared with jax in reverse mode (grad, vjp), forward mode (jvp, jacfwd) and second
order (hvp, hessian), on the numpy backend and on the jax backend (every case under one
jax.jit, every argument traced).
"""
from __future__ import annotations

import dataclasses
import functools

import numpy as np
import pytest

import s2s

from .catalogue import assert_tree_close, enable_jax_x64, jaxify
from .fixtures import kinks as K

jax = enable_jax_x64()

RTOL, ATOL = 1e-10, 1e-12


def row_share(x):
    """The convention of max reductions along rows, as weights: 1/k to each of k tied maxima
    (smooth entries: any weight, 1/2)."""
    hit = x == np.max(x, axis=1, keepdims=True)
    return np.where(hit, 1.0 / np.sum(hit, axis=1, keepdims=True), 0.5)


@dataclasses.dataclass
class Kink:
    fn: object
    args: tuple
    right: tuple   # per parameter: the right-hand weight w (None: a jump, no one-sided limit)
    twin: object = None   # the convention written with np.where, where jax's rule differs
    second: bool = True   # False: s2s declines second derivatives (a MissingRuleError)

    @property
    def id(self):
        return self.fn.__name__


X, Y, Z = K.TIES["x"], K.TIES["y"], K.ZEROS
CLIP_X = np.array([0.0, 0.5, 1.0, -0.3, 1.4])   # both ends, inside, below, above
CASES = [
    Kink(K.maximum, (X, Y), (0.5, 0.5)),
    Kink(K.minimum, (X, Y), (0.5, 0.5)),
    Kink(K.maximum_zero, (Z,), (0.5,)),
    # at a tie all to y: x is flat from the left, y moves it from the right
    Kink(K.fmax, (X, Y), (0.0, 1.0)),
    Kink(K.fmin, (X, Y), (1.0, 0.0)),
    # jax 0.10's abs has derivative 1 at 0 (sign(0) taken as 1): the convention (PyTorch's,
    # documented in README) is 0, the mean of the one-sided slopes -1 and 1
    Kink(K.absolute, (Z,), (0.5,), K.abs_where),
    Kink(K.fabs, (Z,), (0.5,), K.abs_where),
    Kink(K.builtin_abs, (Z,), (0.5,), K.abs_where),
    Kink(K.math_fabs, (0.0,), (0.5,), K.math_fabs_where),
    Kink(K.sign, (Z,), (None,)),
    # at x = +0 the derivative is sign(y): the side where x and the output move together
    Kink(K.copysign, (Z, np.array([2.0, -1.0, -0.5, 1.0, 0.7])), (1.0, 0.5)),
    # jnp.clip is minimum(maximum(x, lo), hi): 1/2 to x and 1/2 to the bound at an end. s2s
    # counts the ends as inside (x takes all): x from inside (right of lo, left of hi); lo
    # then from the left and hi from the right, where they do not move the output
    Kink(K.clip, (CLIP_X, 0.0, 1.0), (np.array([1.0, 0.5, 0.0, 0.5, 0.5]), 0.0, 1.0),
         K.clip_where),
    Kink(K.heaviside, (Z, np.array([0.3, 0.5, 0.7, 0.9, 1.1])), (None, 0.5)),
    Kink(K.where_tie, (X, Y), (0.0, 1.0)),
    Kink(K.relu, (Z,), (0.0,)),
    Kink(K.max_all, (K.TIED,), (0.5,)),
    Kink(K.max_rows, (K.TIED,), (row_share(K.TIED),)),
    Kink(K.min_rows, (K.TIED,), (row_share(K.TIED),)),
    Kink(K.max_keepdims, (K.TIED,), (0.5,)),
    Kink(K.ptp, (K.TIED,), (row_share(K.TIED),)),
    # the first of two maxima (entry 1) and of two minima (entry 3)
    Kink(K.argmax, (K.ARGX,), (np.array([0.5, 1.0, 0.0, 0.0, 1.0]),)),
    # no second derivative of these norms: s2s says so
    Kink(K.norm_inf, (K.NORM_X,), (0.5,), second=False),
    Kink(K.norm_one, (Z,), (0.5,), K.norm_one_where, second=False),   # abs at 0, as above
    # jax cannot trace Python's max of traced values: the twin returns the same argument
    Kink(K.builtin_max, (0.4, 0.4), (1.0, 0.0), K.builtin_max_where),
    Kink(K.builtin_min, (0.4, 0.4), (0.0, 1.0), K.builtin_min_where),
    # equal keys keep their order: the first of two equal entries goes left, the second right
    Kink(K.sort, (K.SORT_X,), (np.array([0.0, 0.0, 1.0, 0.5, 1.0]),)),
    Kink(K.sort_columns, (K.TIED,), (np.array([[0.5, 0.5, 0.5, 0.0], [0.5, 0.5, 0.5, 0.5],
                                               [0.5, 0.5, 0.5, 1.0]]),)),
]
IDS = [c.id for c in CASES]
BY_ID = {c.id: c for c in CASES}


def _wrt(case):
    return tuple(range(len(case.args)))


def _rng(case):
    return np.random.default_rng(sum(map(ord, case.id)))


def _like(x, rng):
    return float(rng.standard_normal()) if isinstance(x, float) else rng.standard_normal(x.shape)


def directions(case):
    """(tangents of the jvp, one Hessian direction per parameter), fixed per case."""
    rng = _rng(case)
    return tuple(_like(a, rng) for a in case.args), tuple(_like(a, rng) for a in case.args)


# -- the references ---------------------------------------------------------------------------
def _references_of(case):
    f = jaxify(case.twin or case.fn)
    tangents, vs = directions(case)

    def refs(args):
        n = len(args)
        hess = [jax.hessian(f, argnums=k)(*args) for k in range(n)]
        hvps = [jax.jvp(jax.grad(f, argnums=k),
                        tuple(args), tuple(v if i == k else 0.0 * a
                                           for i, (a, v) in enumerate(zip(args, vs))))[1]
                for k in range(n)]
        return (jax.grad(f, argnums=tuple(range(n)))(*args),
                jax.jvp(f, tuple(args), tangents), hess, hvps)
    return refs


@functools.lru_cache(maxsize=None)
def references():
    """{case id: (gradient, (value, tangent), Hessians, Hessian-vector products)}, jax in
    float64, every case under one jax.jit."""
    fns = {c.id: _references_of(c) for c in CASES}
    args = {c.id: c.args for c in CASES}
    return jax.tree.map(np.asarray, _jit_once(lambda a: {k: fns[k](a[k]) for k in a}, args))


def _jit_once(f, args):
    """``jax.jit(f)(args)``, compiled without the XLA passes that buy nothing for one run of
    tiny kernels (they triple the compile time), where this jaxlib knows the options."""
    lowered = jax.jit(f).lower(args)
    try:
        compiled = lowered.compile(compiler_options={
            "xla_backend_optimization_level": 0, "xla_llvm_disable_expensive_passes": True,
            "xla_cpu_use_fusion_emitters": False})
    except Exception:  # noqa: BLE001 - an option this jaxlib does not have
        compiled = lowered.compile()
    return compiled(args)


def one_sided(f, args, k, h=1e-5):
    """(left, right) derivatives of scalar ``f`` in parameter k, entry by entry, by
    second-order one-sided differences."""
    x = np.asarray(args[k], dtype=np.float64)
    left, right = np.zeros(x.shape), np.zeros(x.shape)

    def at(pos, s):
        a = list(args)
        if isinstance(args[k], float):
            a[k] = args[k] + s
        else:
            a[k] = x.copy()
            a[k][pos] += s
        return float(f(*a))

    for pos in np.ndindex(x.shape):
        f0 = at(pos, 0.0)
        right[pos] = (-3 * f0 + 4 * at(pos, h) - at(pos, 2 * h)) / (2 * h)
        left[pos] = (3 * f0 - 4 * at(pos, -h) + at(pos, -2 * h)) / (2 * h)
    return left, right


@pytest.mark.parametrize("case_id", IDS)
def test_references_state_the_convention(case_id):
    """jax's gradient of the reference is the convention's combination of one-sided
    derivatives of the numpy function; and the inputs sit on a kink (the two sides differ)."""
    case = BY_ID[case_id]
    grads = references()[case_id][0]
    kinked = False
    for k, w in enumerate(case.right):
        if w is None:   # a jump: no one-sided limit to combine (jax's rule is the convention)
            kinked = True
            continue
        left, right = one_sided(case.fn, case.args, k)
        kinked = kinked or bool(np.any(np.abs(right - left) > 1e-3))
        want = w * right + (1 - w) * left
        assert_tree_close(np.asarray(grads[k]).reshape(np.shape(want)), want, 1e-7, 1e-7,
                          what=f"jax's derivative of the reference in parameter {k} vs the convention")
    assert kinked, "no input of the case sits on a kink"


# -- s2s against them -------------------------------------------------------------------------
ORDERS = ("reverse", "forward", "second")


def derivatives(case, order, args, backend=None):
    """s2s's derivatives of one order at ``args``: {what: value}."""
    wrt = _wrt(case)
    tangents, vs = directions(case)
    if order == "reverse":
        _, pullback = s2s.vjp(case.fn, *args, wrt=wrt, backend=backend)
        return {"s2s.grad": tuple(s2s.grad(case.fn, wrt=wrt, backend=backend)(*args)),
                "s2s.vjp pullback of 0.5": tuple(pullback(0.5))}
    if order == "forward":
        return {"s2s.jvp": tuple(s2s.jvp(case.fn, args, tangents, backend=backend)),
                "s2s.jacfwd": tuple(s2s.jacfwd(case.fn, wrt=wrt, backend=backend)(*args))}
    out = {}
    for k in wrt:
        out[f"s2s.hessian in parameter {k}"] = s2s.hessian(case.fn, wrt=k, backend=backend)(*args)
        out[f"s2s.hvp in parameter {k}"] = s2s.hvp(case.fn, wrt=k, backend=backend)(*args, vs[k])
    return out


def expected(case, order):
    grads, (value, tangent), hessians, hvps = references()[case.id]
    if order == "reverse":
        return {"s2s.grad": tuple(grads), "s2s.vjp pullback of 0.5": tuple(0.5 * g for g in grads)}
    if order == "forward":
        return {"s2s.jvp": (value, tangent), "s2s.jacfwd": tuple(grads)}
    out = {}
    for k, (H, Hv) in enumerate(zip(hessians, hvps)):
        out[f"s2s.hessian in parameter {k}"] = H
        out[f"s2s.hvp in parameter {k}"] = Hv
    return out


@functools.lru_cache(maxsize=None)
def jax_backend_derivatives():
    """{(case id, order): derivatives on the jax backend, or the exception}: every case under
    one jax.jit, each argument traced; a case that cannot be traced (Python's max of traced
    values, a refused second derivative) is run eagerly instead."""
    out = {}

    def traced(a):
        values = {}
        for key, args in a.items():
            try:
                values[key] = derivatives(BY_ID[key[0]], key[1], args, "jax")
            except Exception as e:  # noqa: BLE001 - run eagerly below
                out[key] = e
        return values

    keys = {(c.id, order): c.args for c in CASES for order in ORDERS}
    out.update(jax.tree.map(np.asarray, _jit_once(traced, keys)))
    for key, e in list(out.items()):
        if isinstance(e, Exception):
            try:
                out[key] = jax.tree.map(np.asarray, derivatives(BY_ID[key[0]], key[1],
                                                                keys[key], "jax"))
            except Exception as again:  # noqa: BLE001 - the case's test reports it
                out[key] = again
    return out


@pytest.mark.parametrize("backend", ["numpy", "jax"])
@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("case_id", IDS)
def test_derivative_on_the_kink(case_id, order, backend):
    case = BY_ID[case_id]
    if backend == "numpy":
        def got():
            return derivatives(case, order, case.args)
    else:
        def got():
            result = jax_backend_derivatives()[case_id, order]
            if isinstance(result, Exception):
                raise result
            return result
    if order == "second" and not case.second:
        with pytest.raises(s2s.MissingRuleError):
            got()
        return
    values = got()
    for what, want in expected(case, order).items():
        assert_tree_close(jax.tree.map(np.asarray, values[what]), want, RTOL, ATOL, what=what)

"""Batched Jacobians by reverse mode and batched Hessians, over the whole catalogue.

1. ``s2s.jacrev`` and ``s2s.jacobian`` of every catalogue case with respect to its
   ``wrt`` parameters against ``jax.jacrev`` of the same source on jax.numpy (float64,
   ``ref="jax"``) or central differences (``ref="fd"``). The catalogue's functions are
   scalar-valued, so this checks each batched pullback rule with one direction; the
   vector-valued functions of tests/test_forward.py check many.
   ``s2s.jacfwd`` too: the batched forward sweep (checked against one sweep per direction
   in tests/test_batched.py) at the same inputs, against the same references.
2. ``s2s.hessian`` of every catalogue case with respect to its first ``wrt`` parameter
   against ``jax.hessian`` (or central differences of ``s2s.grad`` for ``ref="fd"``), and
   ``s2s.hvp`` along a random direction against that Hessian times it.
3. Which cases take the batched path (one sweep for all directions) and which fall back
   to one sweep per direction: the fallbacks are listed below with the rule that causes
   them, so that a regression to the loop (or a new batched rule) shows here.

4. Parameters that are lists, tuples or dicts of arrays (pytrees): ``jacfwd``, ``jacrev``,
   ``jacobian`` and ``hessian`` against ``jax.jacrev``/``jax.hessian``, structure included
   (``test_jacobians_of_pytree_parameters``; they take one sweep per direction).
"""
from __future__ import annotations

import copy

import numpy as np
import pytest

import s2s
from s2s.api import spec_of
from s2s.pipeline import build

from .catalogue import (assert_tree_close, enable_jax_x64, jaxify, load_cases,
                        reference_tolerance, to_float64)
from .test_forward import (JitBatch, as_float64_array, is_float_leaf, of_wrt, positional,
                           richardson)
from .fixtures import vector_funcs as V

jax = enable_jax_x64()


def _setup(case):
    """(positional args, wrt indices, single) of a case whose wrt parameters are floats or
    float arrays; None for a case differentiated with respect to a pytree."""
    pos = positional(case.fn, case.args, case.kwargs)
    idx, single = case.wrt_indices
    if not all(is_float_leaf(pos[i]) for i in idx):
        return None
    return pos, idx, single


CASES = [c for c in load_cases() if _setup(c) is not None]
IDS = [c.id for c in CASES]
BY_ID = {c.id: c for c in CASES}


def _names(case):
    params = list(s2s.api.ir_of(spec_of(case.fn)).params)
    idx, _ = case.wrt_indices
    return tuple(params[i] for i in idx)


# -- references -----------------------------------------------------------------------------
def _make_jax(case_id):
    """(jax.jacrev wrt the case's parameters, jax.hessian wrt the first) in float64."""
    case = BY_ID[case_id]
    pos, idx, _ = _setup(case)
    pos64 = to_float64(tuple(pos))
    jfn = jaxify(case.fn)
    f = of_wrt(jfn, pos64, {}, idx)
    first = of_wrt(jfn, pos64, {}, idx[:1])

    def both(*xs):
        return jax.jacrev(f, argnums=tuple(range(len(xs))))(*xs), jax.hessian(first)(xs[0])
    return both, tuple(pos64[i] for i in idx)


JAX_REFS = JitBatch([c.id for c in CASES if c.ref == "jax"], _make_jax)


def _fd(g, x):
    """Central differences (Richardson-extrapolated) of ``g`` at the float or array ``x``:
    shape ``g(x).shape + x.shape``."""
    xa = as_float64_array(x)
    cols = []
    for j in np.ndindex(xa.shape):
        h = 1e-4 * max(1.0, abs(xa[j]))

        def at(s, j=j):
            if not xa.ndim:
                return as_float64_array(g(float(xa) + s))
            xx = xa.copy()
            xx[j] += s
            return as_float64_array(g(xx))
        cols.append(richardson(lambda s: (at(s) - at(-s)) / (2 * s), h))
    value = as_float64_array(g(x))
    return np.stack(cols, axis=-1).reshape(value.shape + xa.shape)


_FD_REFS: dict = {}


def _fd_refs(case):
    """(Jacobians wrt each wrt parameter, Hessian wrt the first), by central differences:
    of the function for the Jacobian, of s2s.grad for the Hessian."""
    if case.id not in _FD_REFS:
        pos, idx, _ = _setup(case)
        pos64 = to_float64(tuple(pos))
        jacs = tuple(_fd(of_wrt(case.fn, copy.deepcopy(pos64), {}, (k,)), pos64[k]) for k in idx)
        grad = s2s.grad(case.fn, wrt=idx[0])
        H = _fd(lambda x: grad(*[x if i == idx[0] else a for i, a in enumerate(pos64)]),
                pos64[idx[0]])
        _FD_REFS[case.id] = (jacs, H)
    return _FD_REFS[case.id]


def references(case):
    if case.ref == "jax":
        return JAX_REFS.get(case.id)
    return _fd_refs(case)


def tolerance(case):
    value = case.fn(*case.args, **case.kwargs)
    rtol, atol = reference_tolerance(case, value)
    if case.ref == "fd":  # differences of a computed function, relative to its size
        atol = max(atol, 1e-8 * max(1.0, abs(float(value))))
    return rtol, atol


# -- 1. Jacobians ---------------------------------------------------------------------------
@pytest.mark.parametrize("method", ["jacrev", "jacobian", "jacfwd"])
@pytest.mark.parametrize("case_id", IDS)
def test_jacobian(case_id, method):
    case = BY_ID[case_id]
    pos, idx, single = _setup(case)
    wrt = idx[0] if single else idx
    got = getattr(s2s, method)(case.fn, wrt)(*pos)
    got = (got,) if single else got
    jacs, _ = references(case)
    rtol, atol = tolerance(case)
    for k, g, J in zip(idx, got, jacs):
        want_shape = np.shape(case.fn(*case.args, **case.kwargs)) + np.shape(pos[k])
        assert np.shape(g) == want_shape, f"{method}: shape {np.shape(g)}, expected {want_shape}"
        assert_tree_close(np.asarray(g), np.reshape(J, want_shape), rtol, atol,
                          what=f"{method} of {case.name} wrt parameter {k} vs {case.ref}")


# -- 2. Hessians ----------------------------------------------------------------------------
# Cases whose Hessian s2s declines with an error (id -> what the error is about). Nothing
# else may be listed here.
HESSIAN_UNSUPPORTED = {
    "reductions::prod_with_zero": "the second derivative of np.prod where an entry is 0",
}


@pytest.mark.parametrize("case_id", IDS)
def test_hessian(case_id):
    case = BY_ID[case_id]
    pos, idx, _ = _setup(case)
    x = pos[idx[0]]
    v = _direction(case, x)
    if case_id in HESSIAN_UNSUPPORTED:
        with pytest.raises(s2s.MissingRuleError):
            s2s.hessian(case.fn, wrt=idx[0])(*pos)
        with pytest.raises(s2s.MissingRuleError):
            s2s.hvp(case.fn, wrt=idx[0])(*pos, v)
        return
    got = s2s.hessian(case.fn, wrt=idx[0])(*pos)
    shape = np.shape(x) + np.shape(x)
    assert np.shape(got) == shape, f"Hessian shape {np.shape(got)}, expected {shape}"
    if isinstance(x, np.ndarray):
        assert np.asarray(got).dtype == x.dtype
    _, H = references(case)
    rtol, atol = tolerance(case)
    if case.ref == "fd":  # differences of a gradient: relative to the gradient's size
        atol = max(atol, 1e-8 * float(np.max(np.abs(as_float64_array(
            s2s.grad(case.fn, wrt=idx[0])(*pos))), initial=1.0)))
    assert_tree_close(np.asarray(got), np.reshape(H, shape), rtol, atol,
                      what=f"Hessian of {case.name} vs {case.ref}")
    Hv = np.tensordot(np.reshape(H, shape), v, axes=np.ndim(x))
    got = s2s.hvp(case.fn, wrt=idx[0])(*pos, v)
    assert_tree_close(np.asarray(got), Hv, rtol, atol * max(1.0, float(np.max(np.abs(v)))) * np.size(x),
                      what=f"Hessian-vector product of {case.name} vs {case.ref}")


def _direction(case, x):
    """A random direction shaped and typed like ``x`` (fixed per case)."""
    v = np.random.default_rng(case.seed + 4).standard_normal(np.shape(x))
    return float(v) if isinstance(x, float) else v.astype(np.asarray(x).dtype)


# -- 3. the batched path ----------------------------------------------------------------------
# Cases whose Jacobian by reverse mode / Hessian is computed one sweep per direction, with
# the rule that has no batched form. Nothing else may fall back.
JACREV_LOOP = {
    "shapes::ellipsis_index": "x[..., 0] += ...: an ellipsis would take in the batch axis",
    "distributions::mixture_component": "solve_transposed (np.linalg.solve's adjoint, in "
                                        "multivariate_normal.logpdf) has no batched form",
}
HESSIAN_LOOP = {
    "shapes::ellipsis_index": "x[..., 0]: an ellipsis would take in the batch axis",
    "distributions::mixture_component": "solve_transposed has no batched form",
}


def _fallbacks(kind, first_only):
    out = set()
    for case in CASES:
        names = _names(case)[:1] if first_only else _names(case)
        if build(kind, spec_of(case.fn), names) is None:
            out.add(case.id)
    return out


def test_jacrev_takes_the_batched_path():
    loops = _fallbacks("vjp_batched", first_only=False)
    print(f"\njacrev: {len(CASES) - len(loops)} of {len(CASES)} catalogue cases batched")
    assert loops == set(JACREV_LOOP)


def test_hessian_takes_the_batched_path():
    loops = _fallbacks("hvp_batched", first_only=True)
    print(f"\nhessian: {len(CASES) - len(loops)} of {len(CASES)} catalogue cases batched")
    assert loops == set(HESSIAN_LOOP)


def test_vector_jacobian_by_reverse_mode_is_batched():
    """The Jacobian of A @ x by reverse mode is one batched pullback, and is A."""
    A, x = np.random.default_rng(0).standard_normal((4, 3)), np.ones(3)
    assert build("vjp_batched", spec_of(V.matvec), ("x",)) is not None
    np.testing.assert_allclose(s2s.jacrev(V.matvec, wrt=1)(A, x), A, rtol=1e-14, atol=0)


# -- 4. products whose tangent is the seed: the identity is never multiplied ------------------
def _left(x, A):
    return x @ A


def _right(A, x):
    return A @ x


def _right_tanh(A, x):
    return np.tanh(A @ x)


_R = np.random.default_rng(7)
IDENTITY_SPECS = [  # (id, function, args, wrt)
    ("A@x", _right, (_R.standard_normal((4, 3)), _R.standard_normal(3)), 1),
    ("A@x batched A", _right, (_R.standard_normal((2, 4, 3)), _R.standard_normal(3)), 1),
    ("a@x", _right, (_R.standard_normal(3), _R.standard_normal(3)), 1),
    ("A@X", _right, (_R.standard_normal((4, 3)), _R.standard_normal((3, 2))), 1),
    ("x@A", _left, (_R.standard_normal(3), _R.standard_normal((3, 4))), 0),
    ("x@A batched A", _left, (_R.standard_normal(3), _R.standard_normal((2, 3, 4))), 0),
    ("X@A", _left, (_R.standard_normal((2, 3)), _R.standard_normal((3, 4))), 0),
    ("A@x wrt A", _right, (_R.standard_normal((4, 3)), _R.standard_normal(3)), 0),
    ("tanh(A@x)", _right_tanh, (_R.standard_normal((4, 3)), _R.standard_normal(3)), 1),
]


@pytest.mark.parametrize("method", ["jacfwd", "jacrev"])
@pytest.mark.parametrize("fn, args, wrt", [s[1:] for s in IDENTITY_SPECS],
                         ids=[s[0] for s in IDENTITY_SPECS])
def test_products_with_the_identity(fn, args, wrt, method):
    import jax.numpy as jnp
    jfn = {_left: lambda x, A: x @ A, _right: lambda A, x: A @ x,
           _right_tanh: lambda A, x: jnp.tanh(A @ x)}[fn]
    want = np.asarray(getattr(jax, method)(jfn, argnums=wrt)(*args))
    before = [a.copy() for a in args]
    J = getattr(s2s, method)(fn, wrt)(*args)
    np.testing.assert_allclose(J, want, rtol=1e-12, atol=1e-12)
    J[...] = 0.0  # the Jacobian is a new array: writing it leaves the arguments alone
    for a, b in zip(args, before):
        np.testing.assert_array_equal(a, b)


def test_linear_map_jacobians_multiply_no_identity():
    """The Jacobian of A @ x is A in both modes: the generated code copies A rather than
    multiplying it by the identity."""
    fwd = build("jvp_batched", spec_of(_right), ("x",)).source
    rev = build("vjp_batched", spec_of(_right), ("x",)).source
    assert "bmatmul_right_identity(A, x)" in fwd and "batch_identity" not in fwd
    assert "bmatmul_vjp_rhs_identity(out_bar, A, x)" in rev and "batch_identity" not in rev


# -- 5. how a Jacobian is called: a positional call giving every parameter takes a lean path,
# any other call (keywords, defaults) the general one; both give the same Jacobian -----------
def _scaled(A, x, s=2.0):
    return s * (A @ x)


@pytest.mark.parametrize("wrt", [1, "x", (0, 1)], ids=["index", "name", "tuple"])
@pytest.mark.parametrize("xshape", [(3,), (3, 2)], ids=["vector", "matrix"])
@pytest.mark.parametrize("method", ["jacfwd", "jacrev", "jacobian"])
def test_jacobian_calls_bind_like_the_function(method, xshape, wrt):
    r = np.random.default_rng(3)
    A, x = r.standard_normal((4, 3)), r.standard_normal(xshape)
    X = x.reshape(3, -1)  # J wrt x is s A[i, k] delta(j, l); wrt A, s delta(i, a) X[b, j]
    out = (4,) + xshape[1:]
    J_x = 2.0 * np.einsum("ik,jl->ijkl", A, np.eye(X.shape[1])).reshape(out + xshape)
    J_A = 2.0 * np.einsum("ia,bj->ijab", np.eye(4), X).reshape(out + (4, 3))
    want = (J_A, J_x) if isinstance(wrt, tuple) else J_x
    jac = getattr(s2s, method)(_scaled, wrt)
    calls = [((A, x, 2.0), {}), ((A, x), {}), ((A,), {"x": x}), ((), {"x": x, "A": A, "s": 2.0})]
    for args, kwargs in calls:
        got = jac(*args, **kwargs)
        assert_tree_close(got, want, 1e-12, 1e-12,
                          what=f"{method} called with {len(args)} args, keywords {list(kwargs)}")


# -- pytree parameters -------------------------------------------------------------------------
TREE_CASES = [c for c in load_cases() if _setup(c) is None]


@pytest.mark.parametrize("case", TREE_CASES, ids=[c.id for c in TREE_CASES])
def test_jacobians_of_pytree_parameters(case):
    """jacfwd, jacrev and jacobian with respect to lists, tuples and dicts of arrays give
    the parameter's structure holding one Jacobian per leaf, as jax.jacrev does; hessian
    gives that structure twice (d gradient leaf i / d leaf j), as jax.hessian does."""
    pos = positional(case.fn, case.args, case.kwargs)
    idx, single = case.wrt_indices
    pos64 = to_float64(tuple(pos))
    jfn = jaxify(case.fn)
    f, first = of_wrt(jfn, pos64, {}, idx), of_wrt(jfn, pos64, {}, idx[:1])

    @jax.jit  # one compilation: eager jax takes seconds on these loops
    def references(*xs):
        return jax.jacrev(f, argnums=tuple(range(len(xs))))(*xs), jax.hessian(first)(xs[0])

    want, hessian = references(*(pos64[i] for i in idx))
    want = want[0] if single else want
    rtol, atol = reference_tolerance(case)
    wrt = idx[0] if single else idx
    for transform in (s2s.jacfwd, s2s.jacrev, s2s.jacobian):
        assert_tree_close(transform(case.fn, wrt=wrt)(*pos), want, rtol, atol,
                          what=transform.__name__)
    assert_tree_close(s2s.hessian(case.fn, wrt=idx[0])(*pos), hessian, rtol, atol,
                      what="hessian")

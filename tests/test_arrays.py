"""Realistic functions built on the array rules: statistics (var, std, median, average,
nan-reductions), cumulative sums and products, sorting, padding, rolls and tiles,
diagonals and triangles, splitting and stacking, and fancy and boolean-mask indexing
(gathers with repeated indices, masked reads, scatters into arrays the function made).

Each case is checked in reverse mode (``s2s.grad`` against ``jax.grad`` of the same source
on jax.numpy, float64, rtol 1e-6; or against central differences where jax cannot run the
same code or defines it differently) and in forward mode (``s2s.jvp`` against ``jax.jvp``,
or central differences along the tangent). A few get Hessians (forward over the generated
reverse code) against ``jax.hessian``. The rules themselves are checked one by one in
``tests/test_rules.py``; here they meet each other, loops, and user indexing.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np
import pytest

import s2s

from .catalogue import assert_tree_close, central_difference, enable_jax_x64, jaxify

jax = enable_jax_x64()
jnp = jax.numpy

RTOL = 1e-6        # against jax
FD_RTOL = 1e-5     # against central differences

IDX = np.array([0, 3, 3, 1, 0])             # repeated indices
ROWS = np.array([0, 2, 2, 1])
COLS = np.array([1, 1, 3, 0])
PERM = np.array([4, 0, 5, 1])               # distinct positions in a vector of 6


# -- statistics ------------------------------------------------------------------------------
def standardise(x, gamma, beta):
    """Batch normalisation of a (batch, features) array, then a squashing loss."""
    mu = x.mean(axis=0, keepdims=True)
    sd = np.sqrt(x.var(axis=0, keepdims=True) + 1e-5)
    return np.sum(np.tanh(gamma * (x - mu) / sd + beta) ** 2)


def layer_norm(x, w):
    """Per-row standardisation with the sample standard deviation, then a projection."""
    z = (x - np.mean(x, axis=-1, keepdims=True)) / (np.std(x, axis=-1, ddof=1, keepdims=True) + 0.1)
    return np.sum((z @ w) ** 2)


def coefficient_of_variation(x):
    return np.std(x) / np.mean(x) + x.std(axis=1).sum() - np.var(x, ddof=1)


def weighted_stats(x, w):
    m = np.average(x, axis=0, weights=w)
    return np.sum(m ** 2) + np.average(np.sin(x), weights=np.exp(x))


def robust_spread(x):
    return np.sum(np.median(x, axis=0) * np.ptp(x, axis=0)) + np.median(x) ** 2


NAN_MASK = np.array([[False, True, False, False],
                     [False, False, False, True],
                     [True, False, False, False]])


def masked_nan_mean(x):
    """Missing entries marked NaN, skipped by the nan-reductions."""
    y = np.where(NAN_MASK, np.nan, x)
    return np.sum(np.nanmean(y, axis=1) ** 2) + np.nansum(y * y)


# -- cumulative sums and products -------------------------------------------------------------
def cumulative_model(r, w):
    """Wealth from returns r (time, assets) under weights w; penalise the level path."""
    growth = np.cumprod(1.0 + 0.1 * r * w, axis=0)
    level = np.cumsum(r @ w)
    return np.sum(np.log(growth[-1])) + np.mean((level - level.mean()) ** 2)


def survival(h):
    """A discrete survival curve; one hazard factor is exactly 1 - 1 = 0."""
    keep = 1.0 - h * np.array([1.0, 1.0, 0.0, 1.0, 1.0])
    return np.sum(np.cumprod(keep)) + np.sum(keep.cumsum() * h)


def survival_dead(h):
    """The survival factor at step 2 is zero: the cumulative product has exact zeros."""
    keep = (1.0 - h) * np.array([1.0, 1.0, 0.0, 1.0, 1.0])
    return np.sum(np.cumprod(keep) * np.arange(1.0, 6.0)) + np.sum(keep.cumprod() ** 2)


# -- sorting ----------------------------------------------------------------------------------
def trimmed_mean_loss(x, k):
    """Mean of the squares without the k smallest and k largest entries."""
    s = np.sort(x)
    return np.mean(s[k:-k] ** 2)


def sorted_rows(x, w):
    return np.sum(np.sort(x, axis=1) * w) + np.sum(np.sort(x, axis=None)[:3])


def top_k_gather(x):
    """The two largest entries of each row, gathered with the indices argsort gives."""
    idx = np.argsort(x, axis=1)[:, -2:]
    return np.sum(np.take_along_axis(x, idx, axis=1) ** 2)


def smallest_three(x):
    part = np.partition(x, 2)
    return np.sum(part[:3] ** 2) * part[2]


# -- padding and convolutions written with slices ---------------------------------------------
def conv1d_same(x, w):
    """A 3-tap 'same' convolution: zero-pad, then shifted slices."""
    xp = np.pad(x, 1)
    y = w[0] * xp[:-2] + w[1] * xp[1:-1] + w[2] * xp[2:]
    return np.sum(np.tanh(y) ** 2)


def conv1d_reflect(x, w):
    """A 5-tap convolution over a reflect-padded signal, taps in a loop."""
    n = x.shape[0]
    xp = np.pad(x, 2, mode="reflect")
    y = np.zeros(n)
    for k in range(5):
        y = y + w[k] * xp[k:k + n]
    return np.sum(y ** 2)


def conv2d_edge(img, c):
    """A 2-D edge-padded box filter with a learnable padding value elsewhere."""
    p = np.pad(img, ((1, 1), (1, 1)), mode="edge")
    q = np.pad(img, 1, constant_values=c)
    box = p[:-2, 1:-1] + p[2:, 1:-1] + p[1:-1, :-2] + p[1:-1, 2:]
    return np.sum(box * img) + np.sum(q ** 2)


def circular_conv(x, w):
    """Circular convolution with np.roll."""
    y = np.zeros_like(x)
    for k in range(3):
        y = y + w[k] * np.roll(x, k - 1)
    return np.sum(np.sin(y))


# -- reshaping, tiling, diagonals -------------------------------------------------------------
def tiled_features(x, w):
    t = np.tile(x, (2, 1))
    r = np.repeat(x, 2, axis=1)
    return np.sum(t * w) + np.sum(r ** 2) + np.sum(x.repeat(3))


def covariance_from_cholesky(a, d):
    """A covariance L L^T + diag(exp(d)) from a lower triangle, and its trace."""
    L = np.tril(a)
    S = L @ L.T + np.diag(np.exp(d))
    return np.trace(S) + np.sum(np.diag(S) ** 2) + np.sum(np.triu(S, 1))


def diagonals(x):
    return np.sum(np.diagonal(x, 1) ** 2) + x.diagonal().sum() + x.trace()


def axes_games(x):
    y = np.swapaxes(x, 0, 2) * np.arange(4.0)[:, None, None]
    z = np.moveaxis(x, 0, -1)
    return np.sum(y ** 2) + np.sum(np.flip(z, axis=1) * z) + np.sum(x.swapaxes(1, 2)[0] ** 3)


def flips(x):
    return np.sum(np.fliplr(x) * x) + np.sum(np.flipud(x) ** 2 * x) + np.sum(np.rot90(x) ** 2)


def broadcast_sum(x, b):
    return np.sum(np.broadcast_to(b, (3, 4)) * x) + np.sum(np.atleast_2d(b) ** 2)


# -- splitting and joining --------------------------------------------------------------------
def split_join(x):
    a, b = np.split(x, 2)
    top = np.vstack([a * b, a])
    side = np.hstack([a, b ** 2, np.sum(a) * b])
    return np.sum(top ** 2) + np.sum(np.sin(side))


def split_pieces(x):
    """Pieces of unequal sizes, one of them reduced (its cotangent is a scalar)."""
    parts = np.array_split(x, 3, axis=1)
    return np.sum(parts[0] * parts[1][:, :1]) + np.sum(parts[2]) * np.sum(parts[0])


def stacked_columns(x, y):
    m = np.column_stack([x, y, x * y])
    d = np.dstack([m, m ** 2])
    return np.sum(d ** 2) + np.sum(np.append(x, y) * np.arange(8.0))


def piecewise(x):
    return np.sum(np.select([x < -0.5, x > 0.5], [x ** 2, np.sin(x)], default=x))


# -- fancy and boolean-mask indexing ------------------------------------------------------------
def embedding_lookup(E, tokens):
    """Rows of an embedding table gathered by token ids (ids repeat)."""
    h = E[tokens]
    return np.sum(np.tanh(np.sum(h, axis=0)) ** 2)


def masked_mse(pred, target, mask):
    err = (pred - target)[mask]
    return np.mean(err ** 2)


def column_gather(x):
    return np.sum(np.sin(x[:, IDX]) * np.arange(5.0)) + np.sum(x[ROWS, COLS] ** 2)


def gather_then_take(x):
    return np.sum(x[IDX] ** 3) + np.sum(np.take(x, IDX) * x[np.array([1, 1, 2])].sum()) + np.sum(x.take(IDX))


def literal_indices(x):
    """Index lists written in the source: integers (repeated) and booleans."""
    return np.sum(x[[0, 2, 2]] ** 2) + np.sum(x[[True, False, True, True]] * x[1:])


def positive_part_loss(x):
    """A mask computed from x itself."""
    return np.sum(x[x > 0.0] ** 2) + np.sum(np.log1p(x[x <= 0.0] ** 2))


def scatter_mask(x):
    """Writes through a boolean mask into an array the function made."""
    y = np.zeros_like(x)
    m = x > 0.0
    y[m] = np.log(x[m])
    return np.sum(y * x)


def scatter_mask_jax(x):
    m = x > 0.0
    y = jnp.where(m, jnp.log(jnp.where(m, x, 1.0)), 0.0)
    return jnp.sum(y * x)


def scatter_index(x, v):
    """Writes at distinct integer positions, then a cumulative sum of the result."""
    y = np.ones(6)
    y[PERM] = v * x[:4]
    return np.sum(np.cumsum(y) * x)


def scatter_index_jax(x, v):
    y = jnp.ones(6).at[PERM].set(v * x[:4])
    return jnp.sum(jnp.cumsum(y) * x)


def scatter_repeated(x, v):
    """Writes at repeated positions: the last write wins (numpy's rule; jax leaves the
    winner unspecified, so this is checked against central differences)."""
    y = np.ones(4)
    y[IDX] = v
    return np.sum(y * x)


def scatter_rows(x, v):
    """A row scatter and a masked write of a scalar in one array."""
    y = np.zeros((4, 3))
    y[ROWS[:3] + np.array([0, 1, 1])] = v
    y[y > 0.5] = 2.0 * np.sum(x)
    return np.sum(y * np.cos(x))


def scatter_add_loop(x, w):
    """Accumulation with repeated indices written as a loop of fancy-index updates."""
    acc = np.zeros(4)
    for k in range(3):
        acc[IDX[k:k + 2]] += w[k] * x[k:k + 2]
    return np.sum(acc ** 2)


# -- methods ---------------------------------------------------------------------------------
def methods(x):
    return (x.var() + x.std(axis=0).sum() + x.cumsum(axis=1).sum() * x.cumprod()[-1]
            + x.swapaxes(0, 1)[0].sum() + np.sum(x.repeat(2, axis=0) ** 2)
            + x.take(IDX[:2], axis=1).sum() + x[:, :3].diagonal().sum() + x[:, :3].trace())


# -- the cases ---------------------------------------------------------------------------------
@dataclass
class Case:
    fn: object
    args: object            # rng -> tuple of arguments
    wrt: tuple = (0,)
    jax_fn: object = None   # a jax version, when the numpy source cannot run on jax
    ref: str = "jax"        # or "fd": central differences
    hessian: bool = False   # also check s2s.hessian (wrt the first parameter)

    @property
    def id(self):
        return self.fn.__name__


def randn(rng, *shape):
    return rng.standard_normal(shape)


def rand(rng, *shape):
    return rng.uniform(0.5, 1.5, shape)


CASES = [
    Case(standardise, lambda r: (randn(r, 5, 3), rand(r, 3), randn(r, 3)), (0, 1, 2), hessian=True),
    Case(layer_norm, lambda r: (randn(r, 4, 5), randn(r, 5, 2)), (0, 1)),
    Case(coefficient_of_variation, lambda r: (rand(r, 3, 4),), hessian=True),
    Case(weighted_stats, lambda r: (randn(r, 4, 3), rand(r, 4)), (0, 1), hessian=True),
    Case(robust_spread, lambda r: (randn(r, 5, 3),)),
    Case(masked_nan_mean, lambda r: (randn(r, 3, 4),)),
    Case(cumulative_model, lambda r: (randn(r, 6, 3), rand(r, 3)), (0, 1), hessian=True),
    Case(survival, lambda r: (r.uniform(0.1, 0.5, 5),), hessian=True),
    Case(survival_dead, lambda r: (r.uniform(0.1, 0.5, 5),)),
    Case(trimmed_mean_loss, lambda r: (randn(r, 9), 2), hessian=True),
    Case(sorted_rows, lambda r: (randn(r, 3, 4), randn(r, 3, 4)), (0, 1)),
    Case(top_k_gather, lambda r: (randn(r, 3, 5),)),
    Case(smallest_three, lambda r: (randn(r, 6),), ref="fd"),  # jax's partition order differs
    Case(conv1d_same, lambda r: (randn(r, 7), randn(r, 3)), (0, 1), hessian=True),
    Case(conv1d_reflect, lambda r: (randn(r, 8), randn(r, 5)), (0, 1)),
    Case(conv2d_edge, lambda r: (randn(r, 4, 5), 0.7), (0, 1)),
    Case(circular_conv, lambda r: (randn(r, 6), randn(r, 3)), (0, 1)),
    Case(tiled_features, lambda r: (randn(r, 2, 3), randn(r, 4, 3)), (0, 1)),
    Case(covariance_from_cholesky, lambda r: (randn(r, 3, 3), randn(r, 3)), (0, 1), hessian=True),
    Case(diagonals, lambda r: (randn(r, 3, 4),)),
    Case(axes_games, lambda r: (randn(r, 2, 3, 4),)),
    Case(flips, lambda r: (randn(r, 3, 4),)),
    Case(broadcast_sum, lambda r: (randn(r, 3, 4), randn(r, 4)), (0, 1)),
    Case(split_join, lambda r: (randn(r, 6),), hessian=True),
    Case(split_pieces, lambda r: (randn(r, 2, 7),)),
    Case(stacked_columns, lambda r: (randn(r, 4), randn(r, 4)), (0, 1)),
    Case(piecewise, lambda r: (randn(r, 7),)),
    Case(embedding_lookup, lambda r: (randn(r, 5, 3), np.array([0, 3, 3, 1, 0, 3])), hessian=True),
    Case(masked_mse, lambda r: (randn(r, 3, 4), randn(r, 3, 4), r.uniform(size=(3, 4)) < 0.6),
         (0, 1), ref="fd"),  # a boolean mask of a traced array has no fixed shape in jax.jit
    Case(column_gather, lambda r: (randn(r, 3, 4),), hessian=True),
    Case(gather_then_take, lambda r: (randn(r, 4),), hessian=True),
    Case(literal_indices, lambda r: (randn(r, 4),), ref="fd"),  # jax refuses list indices
    Case(positive_part_loss, lambda r: (randn(r, 7),), ref="fd"),
    Case(scatter_mask, lambda r: (randn(r, 6),), jax_fn=scatter_mask_jax, hessian=True),
    Case(scatter_index, lambda r: (randn(r, 6), randn(r, 4)), (0, 1), jax_fn=scatter_index_jax,
         hessian=True),
    Case(scatter_repeated, lambda r: (randn(r, 4), randn(r, 5)), (0, 1), ref="fd"),
    Case(scatter_rows, lambda r: (randn(r, 4, 3), rand(r, 3)), (0, 1), ref="fd"),
    Case(scatter_add_loop, lambda r: (randn(r, 4), randn(r, 3)), (0, 1), ref="fd"),
    Case(methods, lambda r: (rand(r, 3, 4),), hessian=True),
]


def case_args(case):
    return case.args(np.random.default_rng(sum(map(ord, case.id))))


def reference_fn(case):
    return case.jax_fn if case.jax_fn is not None else jaxify(case.fn)


def closed_over(fn, args, wrt):
    """``fn`` as a function of the ``wrt`` arguments only (the others fixed)."""
    def of(*w):
        full = list(args)
        for i, a in zip(wrt, w):
            full[i] = a
        return fn(*full)
    return of


def as_numpy(tree):
    return tuple(np.asarray(t) for t in tree)


def tangents_for(case, args):
    rng = np.random.default_rng(7)
    return [rng.standard_normal(np.shape(args[i])) if np.ndim(args[i]) else float(rng.standard_normal())
            for i in case.wrt]


@functools.lru_cache(maxsize=None)
def jax_references():
    """{case id: (grad, (out, tangent), hessian or None)} of every jax-referenced case, from
    one jitted function (one XLA compilation, unoptimised: the kernels are tiny)."""
    todo = {c.id: c for c in CASES if c.ref == "jax"}
    inputs = {}
    for k, c in todo.items():
        args = case_args(c)
        inputs[k] = (tuple(args[i] for i in c.wrt), tuple(tangents_for(c, args)))

    def all_refs(inputs):
        out = {}
        for k, (w, us) in inputs.items():
            c = todo[k]
            of = closed_over(reference_fn(c), case_args(c), c.wrt)
            g = jax.grad(of, argnums=tuple(range(len(w))))(*w)
            h = jax.hessian(lambda a, of=of, w=w: of(a, *w[1:]))(w[0]) if c.hessian else None
            out[k] = (g, jax.jvp(of, w, us), h)
        return out

    compiled = jax.jit(all_refs).lower(inputs).compile(
        compiler_options={"xla_backend_optimization_level": 0})
    return compiled(inputs)


# -- the tests ---------------------------------------------------------------------------------
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_grad(case):
    """s2s.grad against jax.grad (float64, rtol 1e-6), or central differences."""
    args = case_args(case)
    g = s2s.grad(case.fn, wrt=case.wrt)(*args)
    if case.ref == "fd":
        ref = central_difference(case.fn, args, case.wrt)
        scale = max(1.0, abs(float(case.fn(*args))))
        assert_tree_close(tuple(g), tuple(ref), FD_RTOL, 1e-9 * scale, what="s2s.grad vs fd")
        return
    ref = jax_references()[case.id][0]
    assert_tree_close(tuple(g), as_numpy(ref), RTOL, 1e-12, what="s2s.grad vs jax.grad")


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_jvp(case):
    """s2s.jvp against jax.jvp along random tangents, or central differences along them."""
    args = case_args(case)
    us = tangents_for(case, args)
    tangents = [None] * len(args)
    for i, u in zip(case.wrt, us):
        tangents[i] = u
    out, t = s2s.jvp(case.fn, tuple(args), tangents)
    if case.ref == "fd":
        of = closed_over(case.fn, args, case.wrt)
        h = 1e-4

        def at(s):
            return of(*[args[i] + s * u for i, u in zip(case.wrt, us)])
        d1 = (at(h) - at(-h)) / (2 * h)
        d2 = (at(h / 2) - at(-h / 2)) / h
        ref = (4 * d2 - d1) / 3
        assert_tree_close(t, ref, FD_RTOL, 1e-9 * max(1.0, abs(float(out))), what="s2s.jvp vs fd")
        return
    ref_out, ref_t = jax_references()[case.id][1]
    assert_tree_close(out, np.asarray(ref_out), RTOL, 1e-12, what="s2s.jvp value")
    assert_tree_close(t, np.asarray(ref_t), RTOL, 1e-12, what="s2s.jvp vs jax.jvp")


@pytest.mark.parametrize("case", [c for c in CASES if c.hessian], ids=lambda c: c.id)
def test_hessian(case):
    """s2s.hessian (forward over the generated reverse code) against jax.hessian."""
    args = case_args(case)
    h = s2s.hessian(case.fn, wrt=0)(*args)
    ref = jax_references()[case.id][2]
    assert_tree_close(h, np.asarray(ref), RTOL, 1e-10, what="s2s.hessian vs jax.hessian")


def test_in_place_sort_method_is_refused():
    """``x.sort()`` sorts in place and returns None; s2s asks for np.sort(x) instead."""
    def f(x):
        y = x * 2.0
        y.sort()
        return np.sum(y[:2])

    with pytest.raises(s2s.S2SError) as e:
        s2s.grad(f)(np.array([3.0, 1.0, 2.0]))
    assert "sort" in str(e.value)


def test_split_cotangent_is_a_list_of_pieces():
    """np.split's result is a list: the pullback of its pieces joins them back."""
    def f(x):
        a, b, c = np.split(x, 3)
        return a * 2.0, b + c

    x = np.arange(6.0)
    out, pullback = s2s.vjp(f, x)
    (g,) = pullback((np.ones(2), np.array([1.0, -1.0])))
    assert_tree_close(g, np.array([2.0, 2.0, 1.0, -1.0, 1.0, -1.0]), 0, 0)


def test_views_are_not_written_through():
    """A write into the view np.flip returns would change the caller's array in numpy;
    the generated code must never change its inputs."""
    def f(x):
        y = np.flip(x)
        y[0] = 0.0
        return np.sum(y * y)

    x = np.arange(1.0, 5.0)
    before = x.copy()
    g = s2s.grad(f)(x)
    assert np.array_equal(x, before)
    assert_tree_close(g, np.array([2.0, 4.0, 6.0, 0.0]), 0, 0)
    t = np.ones(4)
    s2s.jvp(f, (x,), (t,))
    assert np.array_equal(x, before) and np.array_equal(t, np.ones(4))


def test_cumprod_adjoint_with_zeros_is_exact():
    """The adjoint of np.cumprod does not divide by x: a zero entry gives the exact
    products of the others (checked against the closed form)."""
    def f(x):
        return np.sum(np.cumprod(x))

    x = np.array([2.0, 0.0, 3.0, 4.0])
    # d/dx_k sum_i prod_{j<=i} x_j = sum_{i>=k} prod_{j<=i, j!=k} x_j
    expected = np.array([1.0, 2.0 + 2 * 3 + 2 * 3 * 4, 0.0, 0.0])
    assert_tree_close(s2s.grad(f)(x), expected, 0, 1e-15)


def test_float32_in_float32_out():
    """Gradients through the statistics, sort, pad and gather helpers keep float32."""
    def check(fn, *args):
        g32 = s2s.grad(fn)(*[a.astype(np.float32) if isinstance(a, np.ndarray) and a.dtype.kind == "f" else a
                             for a in args])
        g64 = s2s.grad(fn)(*args)
        assert g32.dtype == np.float32
        assert_tree_close(g32, g64, 2e-4, 1e-5)

    rng = np.random.default_rng(3)
    check(standardise, rng.standard_normal((5, 3)), rng.uniform(0.5, 1.5, 3),
          rng.standard_normal(3))
    check(trimmed_mean_loss, rng.standard_normal(9), 2)
    check(conv1d_reflect, rng.standard_normal(8), rng.standard_normal(5))
    check(robust_spread, rng.standard_normal((5, 3)))
    check(embedding_lookup, rng.standard_normal((5, 3)), np.array([0, 3, 3, 1]))
    check(survival_dead, rng.uniform(0.1, 0.5, 5))


def tied_maxima(x):
    """Rows whose maximum is attained twice, and a maximum over all entries."""
    return np.sum(np.max(x, axis=-1, keepdims=True) * np.arange(1.0, 1.0 + x.shape[-2])[:, None]) \
        + np.max(x)


@pytest.mark.parametrize("x", [np.array([[1.0, 3.0, 3.0], [2.0, 0.0, 2.0]]),
                               np.array([[1.0, 3.0, 3.0], [2.0, 0.0, 2.0]], np.float32),
                               np.array([[[1.0, 3.0, 3.0], [2.0, 0.0, 2.0]]] * 2)])
def test_max_shares_its_cotangent_among_ties_as_jax_does(x):
    """np.max's cotangent goes in equal parts to the entries that attain the maximum (a
    float64 matrix counts them with a product with ones, other cases with numpy's sum)."""
    got = s2s.grad(tied_maxima)(x)
    want = np.asarray(jax.grad(jaxify(tied_maxima))(x.astype(np.float64)))
    assert got.dtype == x.dtype
    assert_tree_close(got, want.astype(x.dtype), 1e-6, 1e-7)

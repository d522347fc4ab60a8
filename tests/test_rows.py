"""Loops whose per-step work is lifted to whole arrays (s2s/transforms/rows.py): the
runtime helpers against a plain loop over rows, and the generated gradients against
central differences where the lifting applies, including its slow paths."""
import operator

import numpy as np
import pytest

import s2s
from s2s.runtime import (matmul_vjp_lhs, matmul_vjp_lhs_sum, matmul_vjp_rhs,
                         matmul_vjp_rhs_sum, rowwise, stack_rows, unbroadcast, unbroadcast_sum)

rng = np.random.default_rng(0)


def randn(*shape):
    return rng.normal(size=shape)


def per_row(f, args, rows):
    return [f(*args[:rows], x, *args[rows + 1:]) for x in args[rows]]


def same_rows(got, want):
    assert len(got) == len(want)
    for g, w in zip(got, want):
        assert np.shape(g) == np.shape(w)
        np.testing.assert_allclose(g, w, rtol=1e-12, atol=1e-12)


MATMULS = [  # (x, y, which holds the rows)
    (randn(3, 4), randn(5, 4), 1),         # matrix @ vector rows
    (randn(4), randn(5, 4), 1),            # vector . vector rows
    (randn(2, 3, 4), randn(5, 4), 1),      # a stack of matrices @ vector rows: slow path
    (randn(3, 4), randn(5, 4, 2), 1),      # matrix @ matrix rows
    (randn(4), randn(5, 4, 2), 1),
    (randn(5, 4), randn(4, 3), 0),         # vector rows @ matrix
    (randn(5, 4), randn(4), 0),
    (randn(5, 2, 4), randn(4, 3), 0),      # matrix rows @ matrix
    (randn(5, 2, 4), randn(4), 0),
    (randn(5, 2, 4), randn(6, 4, 3), 0),   # an operand with more dimensions than a row
    (randn(5, 4), randn(2, 4, 3), 0),
]


@pytest.mark.parametrize("x, y, rows", MATMULS)
def test_rowwise_matmul_is_a_loop_over_rows(x, y, rows):
    args = (x, y)
    same_rows(rowwise(np.matmul, *args, rows=rows), per_row(operator.matmul, args, rows))


ELEMENTWISE = [
    (np.add, (randn(5, 3), randn(3)), 0),
    (np.subtract, (1.0, randn(5, 3)), 1),
    (np.multiply, (randn(2, 5), randn(4)), 1),   # the other operand wider than a row
    (np.true_divide, (randn(5), randn(2, 3)), 0),
    (np.power, (np.abs(randn(5, 2)) + 0.5, 2), 0),
    (np.tanh, (randn(5, 2, 3),), 0),
]


@pytest.mark.parametrize("f, args, rows", ELEMENTWISE)
def test_rowwise_elementwise_is_a_loop_over_rows(f, args, rows):
    same_rows(rowwise(f, *args, rows=rows), per_row(f, args, rows))


def test_rowwise_of_a_list_keeps_python_arithmetic():
    """Rows of different shapes give a list, computed as the loop would (a Python float
    stays a Python float)."""
    ragged = [randn(2), randn(3)]
    got = rowwise(np.multiply, ragged, 2.0)
    assert isinstance(got, list)
    same_rows(got, [r * 2.0 for r in ragged])
    floats = rowwise(np.add, [1.0, 2.5], 1.0)
    assert floats == [2.0, 3.5] and all(type(v) is float for v in floats)


def test_stack_rows():
    rows = [randn(3) for _ in range(4)]
    stacked = stack_rows(rows)
    assert isinstance(stacked, np.ndarray) and stacked.shape == (4, 3)
    ragged = [randn(3), randn(2)]
    assert stack_rows(ragged) is ragged
    assert stack_rows([]) == []
    ints = [1, 2]  # Python integers do not overflow: they stay Python integers
    assert stack_rows(ints) is ints


SUMS = [  # (per-step cotangent shape, x shape, y shape) of x @ y
    ((3,), (3, 4), (4,)),
    ((3, 2), (3, 4), (4, 2)),
]


@pytest.mark.parametrize("g_shape, x_shape, y_shape", SUMS)
def test_loop_sums_of_stacked_rows(g_shape, x_shape, y_shape):
    gs = [randn(*g_shape) for _ in range(5)]
    xs = [randn(*x_shape) for _ in range(5)]
    ys = [randn(*y_shape) for _ in range(5)]
    x, y = xs[0], ys[0]
    want_x = sum(matmul_vjp_lhs(g, x, yk) for g, yk in zip(gs, ys))
    want_y = sum(matmul_vjp_rhs(g, xk, y) for g, xk in zip(gs, xs))
    for stack in (stack_rows, list):
        np.testing.assert_allclose(matmul_vjp_lhs_sum(stack(gs), x, stack(ys)), want_x)
        np.testing.assert_allclose(matmul_vjp_rhs_sum(stack(gs), stack(xs), y), want_y)
    b = randn(g_shape[-1])
    np.testing.assert_allclose(unbroadcast_sum(stack_rows(gs), b),
                               sum(unbroadcast(g, b) for g in gs))


# -- gradients where the lifting applies --------------------------------------------------
def projected(W, U, xs):
    h = np.zeros(W.shape[0])
    for x_t in xs:
        h = np.tanh(W @ h + U @ x_t + 0.5)
    return np.sum(h)


def fd_grad(f, args, k, eps=1e-6):
    x = np.array(args[k], dtype=float)
    g = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        for sign in (1, -1):
            xp = x.copy()
            xp[i] += sign * eps
            g[i] += sign * f(*args[:k], xp, *args[k + 1:]) / (2 * eps)
    return g


def test_lifted_projection_gradient():
    args = (0.5 * randn(3, 3), randn(3, 2), randn(6, 2))
    grad = s2s.grad(projected, wrt=(0, 1, 2))
    assert "rowwise(np.matmul, U, xs, rows=1)" in s2s.source(grad)  # the lifting applies
    for k, g in enumerate(grad(*args)):
        np.testing.assert_allclose(g, fd_grad(projected, args, k), rtol=1e-6, atol=1e-8)


def test_lifted_projection_of_a_ragged_list():
    """A list of rows of different shapes takes rowwise's slow path: same gradient."""
    def ragged(U, xs):
        acc = 0.0
        for x in xs:
            acc = acc + np.sum(np.tanh(U @ x)) * acc + 1.0
        return acc

    U = randn(2, 3)
    xs = [randn(3, 1), randn(3, 2), randn(3, 4)]
    got = s2s.grad(ragged)(U, xs)
    np.testing.assert_allclose(got, fd_grad(ragged, (U, xs), 0), rtol=1e-6, atol=1e-8)


def test_lifting_does_not_touch_the_users_arrays():
    args = (0.5 * randn(3, 3), randn(3, 2), randn(6, 2))
    copies = [a.copy() for a in args]
    s2s.grad(projected, wrt=(0, 1, 2))(*args)
    for a, c in zip(args, copies):
        np.testing.assert_array_equal(a, c)


# -- one list of every value a carry takes --------------------------------------------------
def squared_carry(W, xs, h0):
    h = h0
    for x_t in xs:
        h = np.tanh(W @ x_t + h * h)  # the adjoint reads h and its next value
    return np.sum(h ** 2)


@pytest.mark.parametrize("h0, steps", [(np.full(3, 0.1), 5), (0.1, 5), (np.full(3, 0.1), 1),
                                       (np.full(3, 0.1), 0)])
def test_one_list_of_every_value_a_carry_takes(h0, steps):
    """``hs = [h0, h1, ..., hT]`` stands for both the steps' values and their next values,
    whether or not h0 has the later values' shape (a scalar start: hs is not stacked into
    one array) and for a loop that runs once or never."""
    W, xs = 0.5 * randn(3, 2), randn(steps, 2)
    grad = s2s.grad(squared_carry, wrt=(0, 1, 2))
    text = s2s.source(grad)
    assert "hs = rows_for(r, h0)" in text and "h_all" not in text and "hs_rows[1:]" in text
    args = (W, xs, h0)
    for k, g in enumerate(grad(*args)):
        np.testing.assert_allclose(g, fd_grad(squared_carry, args, k), rtol=1e-6, atol=1e-8)

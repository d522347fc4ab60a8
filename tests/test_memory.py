"""What gradients of long loops record (SPEC.md section 7): memory linear in the trip
count, asserted through the generated code and the sizes of what it keeps, never timings.
Every gradient here is also checked against central differences."""
import tracemalloc

import numpy as np

import s2s
from tests.catalogue import assert_tree_close, central_difference

rng = np.random.default_rng(0)


def row_write(W, h0, T):
    H = np.zeros((T + 1, h0.shape[0]))
    H[0] = h0
    for t in range(T):
        H[t + 1] = np.tanh(W @ H[t])
    return np.sum(H * H)


def _peak(f, *args):
    f(*args)
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        f(*args)
        return tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()


def test_row_write_records_rows_and_updates_in_place():
    """The loop records a copy of the row it reads, so the array is written in place:
    no copy of H per step (which the recorded view H[t] would keep alive: T**2 memory)."""
    W, h0 = rng.normal(size=(4, 4)) / 2, rng.normal(size=4)
    g = s2s.grad(row_write, wrt=(0, 1))
    src = s2s.source(g)
    loop = src.split("for t in r:")[1].split("for t in reversed(r):")[0]
    assert "copy()" not in loop and "setitem(" not in loop, src
    assert "H[t1] = " in loop and "np.copy(t2)" in loop, src
    want = central_difference(lambda W, h0: row_write(W, h0, 5), (W, h0), wrt=(0, 1))
    assert_tree_close(g(W, h0, 5), want, rtol=1e-6, atol=1e-8)


def test_row_write_memory_grows_linearly():
    """Twice the steps, about twice the peak (a copy of H per step would make it 4x)."""
    W, h0 = rng.normal(size=(20, 20)) / 5, rng.normal(size=20)
    g = s2s.grad(row_write, wrt=(0, 1))
    small, large = _peak(g, W, h0, 200), _peak(g, W, h0, 400)
    assert large < 2.6 * small, (small, large)


def test_unsetitem_of_a_row_is_a_copy():
    """The backward sweep zeroes H_bar[t] right after taking its cotangent out."""
    from s2s.runtime import unsetitem
    g = rng.normal(size=(3, 4))
    row = unsetitem(g, np.zeros(4), 1)
    want = g[1].copy()
    g[1] = 0.0
    np.testing.assert_array_equal(row, want)
    assert unsetitem(g, 0.0, 2, 3) == g[2, 3]


def long_loop(W, x, T):
    for t in range(T):
        x = x + 0.01 * np.tanh(W @ x)
    return np.sum(x)


def test_jax_loop_weight_cotangent_is_one_contraction():
    """The sum over steps of the weight's outer products is one product of the stacked
    factors: no T x n x n array in the jitted program."""
    import pytest
    jax = pytest.importorskip("jax")
    jax.config.update("jax_enable_x64", True)
    T, n = 17, 5
    W, x = rng.normal(size=(n, n)) / 3, rng.normal(size=n)
    g = jax.jit(s2s.grad(long_loop, wrt=(0, 1), backend="jax"), static_argnums=2)
    program = g.lower(W, x, T).as_text()      # StableHLO: tensor<17x5x5xf64>
    assert f"<{T}x{n}x{n}x" not in program
    want = central_difference(lambda W, x: long_loop(W, x, T), (W, x), wrt=(0, 1))
    assert_tree_close(tuple(np.asarray(a) for a in g(W, x, T)), want, rtol=1e-6, atol=1e-8)


def test_jax_loop_sums_match_the_sum_of_steps():
    """matmul_vjp_{lhs,rhs}_sum of stacked factors against the per-step sum, for vector
    and matrix steps."""
    import pytest
    pytest.importorskip("jax")
    from s2s.backends.jax import helpers
    from s2s.runtime import matmul_vjp_lhs, matmul_vjp_rhs
    h = helpers()
    W = rng.normal(size=(3, 4))
    for gs, ys in ((rng.normal(size=(6, 3)), rng.normal(size=(6, 4))),
                   (rng.normal(size=(6, 3, 2)), rng.normal(size=(6, 4, 2)))):
        want = sum(matmul_vjp_lhs(g, W, y) for g, y in zip(gs, ys))
        np.testing.assert_allclose(h["matmul_vjp_lhs_sum"](gs, W, ys), want, rtol=1e-12)
    for xs, gs in ((rng.normal(size=(6, 3)), rng.normal(size=(6, 4))),
                   (rng.normal(size=(6, 2, 3)), rng.normal(size=(6, 2, 4)))):
        want = sum(matmul_vjp_rhs(g, x, W) for g, x in zip(gs, xs))
        np.testing.assert_allclose(h["matmul_vjp_rhs_sum"](gs, xs, W), want, rtol=1e-12)

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

"""What gradients of long loops record (SPEC.md section 7): memory linear in the trip
count, asserted through the generated code and the sizes of what it keeps, never timings.
Every gradient here is also checked against central differences."""
import tracemalloc

import numpy as np

import s2s
from tests.cases.inplace import setitem_row_recurrence
from tests.catalogue import assert_tree_close, central_difference

rng = np.random.default_rng(0)


# a state array filled row by row: the catalogue's case (tests/cases/inplace.py)
row_write = setitem_row_recurrence


def _peak(f, *args):
    f(*args)
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        f(*args)
        return tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()


def row_update(W, X):
    H = np.zeros((5, 3))
    H[:] = X
    for t in range(5):
        H[t] = np.tanh(W @ H[t])
    return np.sum(H * H)


def test_row_write_rereads_final_rows_and_updates_in_place():
    """Each step writes the row after the one it reads, so a row read is final by then:
    the backward loop reads it from the final array (nothing recorded), and the forward
    loop writes into H in place (no copy of H per step, which a recorded view H[t] would
    force: T**2 memory)."""
    W, h0 = rng.normal(size=(4, 4)) / 2, rng.normal(size=4)
    g = s2s.grad(row_write, wrt=(0, 1))
    src = s2s.source(g)
    loop, back = src.split("for t in r:")[1].split("for t in reversed(r):")
    assert "copy" not in loop and "setitem(" not in loop and "H[t1] = " in loop, src
    assert "H[t]" in back and "H[:T][::-1]" in back, src
    want = central_difference(lambda W, h0: row_write(W, h0, 5), (W, h0), wrt=(0, 1))
    assert_tree_close(g(W, h0, 5), want, rtol=1e-6, atol=1e-8)


def test_a_row_overwritten_in_its_step_is_recorded_as_a_copy():
    """``H[t] = f(H[t])`` overwrites the row it reads: the loop records a copy of the row
    and still updates H in place."""
    W, X = rng.normal(size=(3, 3)) / 2, rng.normal(size=(5, 3))
    g = s2s.grad(row_update, wrt=(0, 1))
    src = s2s.source(g)
    loop = src.split("for t in r:")[1].split("for t in reversed(r):")[0]
    assert "np.copy(" in loop and "setitem(" not in loop and ".copy()" not in loop, src
    want = central_difference(row_update, (W, X), wrt=(0, 1))
    assert_tree_close(g(W, X), want, rtol=1e-6, atol=1e-8)


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


# -- Rows: a loop's record in one preallocated array -------------------------------------------
def test_rows_hold_what_a_list_would():
    """Appended arrays land in one array (read back equal, in order, by position and by
    slices); a value of another shape or type, or a Python number, makes it a list, read
    back the same way; a reversed record stores its rows in index order."""
    from s2s.runtime import Rows, stack_rows
    values = [rng.normal(size=3) for _ in range(4)]
    for reverse in (False, True):
        rec = Rows(4, reverse=reverse)
        for v in values:
            rec.append(v)
        stacked = stack_rows(rec)
        assert type(stacked) is np.ndarray and len(rec) == 4
        np.testing.assert_array_equal(stacked, np.array(values))
        np.testing.assert_array_equal(rec[::-1], np.array(values[::-1]))
        for k, v in enumerate(values):
            np.testing.assert_array_equal(rec[k], v)
        assert (stacked[::-1].strides[0] > 0) == reverse  # a backward loop's: index order
    ragged = Rows(3)
    for v in (np.ones(2), np.ones(3), np.ones(2, dtype=np.float32)):
        ragged.append(v)
    assert [np.shape(v) for v in ragged] == [(2,), (3,), (2,)] and ragged[2].dtype == np.float32
    floats = Rows(3, (1.5,))
    floats.append(2.5)
    floats.append(3.5)
    assert list(floats) == [1.5, 2.5, 3.5] and type(floats[0]) is float
    short = Rows(5)  # a loop that stopped early
    short.append(np.ones(2))
    assert stack_rows(short).shape == (1, 2) and len(short) == 1


def test_rows_for_a_short_loop_is_a_list():
    """A short loop's records are small, and list.append is quicker than a row's copy."""
    from s2s.runtime import SHORT, Rows, rows_for
    assert rows_for(range(SHORT - 1), 1.0) == [1.0]
    long = rows_for(range(SHORT), np.ones(2), reverse=True)
    assert type(long) is Rows and long.size == SHORT + 1 and long.reverse


def test_rowwise_overwrite_matches_a_new_array(monkeypatch):
    """``overwrite=True`` computes into the rows' array where the result has its shape and
    type, bit for bit what the whole-array call gives; elsewhere a new array."""
    from s2s.runtime import rows as runtime_rows
    from s2s.runtime import rowwise
    monkeypatch.setattr(runtime_rows, "OVERWRITE", 0)
    xs = rng.normal(size=(5, 3))
    cases = [  # (f, args, rows, whether the result takes the rows' place)
        (np.power, (xs, 2), 0, True), (np.subtract, (1, xs), 1, True), (np.tanh, (xs,), 0, True),
        (np.multiply, (xs, rng.normal(size=3)), 0, True),
        (np.subtract, (xs.astype(np.float32), 1.0), 0, True),
        (np.power, (xs, 3), 0, False),                          # not xs * xs bit for bit
        (np.add, (xs, rng.normal(size=(2, 1, 3))), 0, False),   # a larger result
        (np.isnan, (xs,), 0, False),                            # another type
        (np.add, (xs.astype(np.float32), np.ones(3)), 0, False)]
    for f, args, rows, replaced in cases:
        want = rowwise(f, *[np.copy(a) if isinstance(a, np.ndarray) else a for a in args],
                       rows=rows)
        fresh = [np.copy(a) if isinstance(a, np.ndarray) else a for a in args]
        got = rowwise(f, *fresh, rows=rows, overwrite=True)
        assert got.dtype == want.dtype and got.shape == want.shape
        np.testing.assert_array_equal(got, want)
        assert (got is fresh[rows]) == replaced, f


def test_long_loop_records_into_preallocated_rows():
    """The loop's records are Rows (no per-step lists stacked after the loop); what is
    lifted from them overwrites them; the gradient is unchanged."""
    W, x = rng.normal(size=(4, 4)) / 3 - np.eye(4), rng.normal(size=4)
    g = s2s.grad(long_loop, wrt=(0, 1))
    src = s2s.source(g)
    assert "[]" not in src and src.count("rows_for(r") == 3, src
    assert src.count("overwrite=True") == 2, src
    want = central_difference(lambda W, x: long_loop(W, x, 6), (W, x), wrt=(0, 1))
    assert_tree_close(g(W, x, 6), want, rtol=1e-6, atol=1e-8)


def test_long_loop_memory_is_the_records():
    """At T = 2000, n = 50: the states, the tanh values (overwritten by 1 - tanh**2) and
    the per-step cotangents, three T x n arrays and little more (lists of T arrays and
    their stacks made it more than seven)."""
    T, n = 2000, 50
    W, x = rng.normal(size=(n, n)) / 10 - np.eye(n), rng.normal(size=n)
    peak = _peak(s2s.grad(long_loop, wrt=(0, 1)), W, x, T)
    assert peak < 3.5 * T * n * 8, peak / (T * n * 8)


def list_concat(x, n):
    out = []
    for i in range(n):
        out.append(np.full(3, float(i)))
    both = out[:2] + out[-2:]  # a list's concatenation (4 arrays), not an array's sum (2)
    return np.sum(np.sin(x)) * len(both)


def test_a_list_used_as_a_list_stays_one():
    """Only lists read by position and stacked become Rows, so a loop of many steps whose
    list is concatenated keeps list semantics; and long loops through Rows keep their
    gradients (the record paths a short loop's list does not take)."""
    x = rng.normal(size=3)
    n = 300
    got = s2s.grad(list_concat)(x, n)
    want = central_difference(lambda x: list_concat(x, n), (x,), wrt=0)
    assert_tree_close(got, want, rtol=1e-6, atol=1e-8)
    W, h0 = rng.normal(size=(4, 4)) / 3, rng.normal(size=4)
    for f, T in ((row_write, 300), (long_loop, 300)):
        g = s2s.grad(f, wrt=(0, 1))
        assert "rows_for(r" in s2s.source(g)
        want = central_difference(lambda W, h0: f(W, h0, T), (W, h0), wrt=(0, 1))
        assert_tree_close(g(W, h0, T), want, rtol=1e-6, atol=1e-8)


def test_rows_give_the_gradients_lists_give(monkeypatch):
    """Every catalogue case whose gradient records into ``rows_for`` (short loops: lists)
    gives the same gradient when every record is a Rows (its preallocated rows, the rows
    it takes over with ``into``, its fallback to a list) and every ``overwrite=True``
    overwrites, as the catalogue checks the short path against its references."""
    from s2s.runtime import rows as runtime_rows
    from tests.catalogue import load_cases
    checked = 0
    for case in load_cases():
        try:
            g = s2s.grad(case.fn, wrt=case.wrt)
            source = s2s.source(g)
        except s2s.S2SError:
            continue  # a case that expects an error
        if "rows_for(" not in source:
            continue
        want = g(*case.args, **case.kwargs)
        with monkeypatch.context() as m:
            m.setattr(runtime_rows, "SHORT", 0)
            m.setattr(runtime_rows, "OVERWRITE", 0)
            got = g(*case.args, **case.kwargs)
        assert_tree_close(got, want, rtol=1e-12, atol=1e-12, what=case.id)
        checked += 1
    assert checked >= 40, checked


def test_rows_past_their_size_become_a_list():
    from s2s.runtime import Rows, stack_rows
    rec = Rows(2)
    for k in range(3):
        rec.append(np.full(2, float(k)))
    assert len(rec) == 3 and rec[2][0] == 2.0 and stack_rows(rec).shape == (3, 2)


def test_jax_row_write_rereads_final_rows():
    """On the jax backend too the row is not recorded (a scan whose tape holds slices of
    the array it updates copies that array every step): the backward scan reads H[t]."""
    import pytest
    jax = pytest.importorskip("jax")
    jax.config.update("jax_enable_x64", True)
    W, h0 = rng.normal(size=(4, 4)) / 2, rng.normal(size=4)
    g = s2s.grad(row_write, wrt=(0, 1), backend="jax")
    forward, backward = s2s.source(g).split("def for_body_2")
    assert "H[t]" in backward and "= H[t]" not in forward, s2s.source(g)
    want = central_difference(lambda W, h0: row_write(W, h0, 5), (W, h0), wrt=(0, 1))
    got = jax.jit(g, static_argnums=2)(W, h0, 5)
    assert_tree_close(tuple(np.asarray(a) for a in got), want, rtol=1e-6, atol=1e-8)

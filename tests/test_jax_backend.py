"""The catalogue's gradients with backend="jax" under jax.jit equal the numpy backend's.

Python int and bool arguments are static under jit (as a user marks them with
static_argnums); everything else is traced. ``PENDING`` lists the cases that do not yet
compile under jit, each with the reason; they are expected to fail (strictly: one that
starts to pass must leave the list).
"""
import numpy as np
import pytest

import s2s

from .catalogue import assert_tree_close, load_cases, reference_tolerance

jax = pytest.importorskip("jax")
jax.config.update("jax_enable_x64", True)

WHILE = "reverse mode through a data-dependent while loop needs the bounded tape (not yet)"
BREAK = "a for loop whose body may break on data keeps Python's loop and tape"
BOOL = "Python and / or / not on a traced value"
PENDING = {
    "calls::call_other_module_while": WHILE,
    "control::while_norm_doubling": WHILE,
    "control::newton_sqrt_while": WHILE,
    "control::while_break": WHILE,
    "control::nested_for_while": WHILE,
    "control::early_return_in_while": WHILE,
    "control::while_compound_condition": WHILE,
    "dtypes::f32_while": WHILE,
    "control::early_return_in_loop": BREAK,
    "control::early_return_in_loop[1]": BREAK,
    "control::for_break_on_data": BREAK,
    "control::break_inner_loop_only": BREAK,
    "control::early_return_nested_loops": BREAK,
    "control::boolean_ops_in_condition": BOOL,
    "control::boolean_ops_in_condition[1]": BOOL,
    "control::boolean_ops_in_condition[2]": BOOL,
    "control::chained_comparison": BOOL,
    "control::chained_comparison[1]": BOOL,
    "mathmod::builtin_max_min": "builtin max / min of traced values",
    "mathmod::math_log_with_base": "math.log(x, base) has no jax.numpy spelling yet",
    "mathmod::int_conversion_nondiff": "int() of a traced value (jax cannot either)",
    "shapes::boolean_mask_index": "a traced boolean mask gives a data-dependent shape "
                                  "(jax cannot either)",
}

CASES = load_cases()


def _static(args):
    return tuple(k for k, a in enumerate(args) if isinstance(a, (bool, int)))


@pytest.mark.parametrize("case", [
    pytest.param(c, marks=pytest.mark.xfail(reason=PENDING[c.id], strict=True))
    if c.id in PENDING else c for c in CASES], ids=[c.id for c in CASES])
def test_jax_backend_gradient_under_jit(case):
    args, kwargs = case.args, case.kwargs
    expected = s2s.grad(case.fn, wrt=case.wrt)(*args, **kwargs)
    g = s2s.grad(case.fn, wrt=case.wrt, backend="jax")
    static = _static(args)
    run = jax.jit(lambda *a: g(*a, **kwargs), static_argnums=static)
    got = jax.tree.map(np.asarray, run(*args))
    rtol, atol = reference_tolerance(case)
    assert_tree_close(got, expected, rtol, atol, what="jax backend under jit")


def test_pending_cases_exist():
    ids = {c.id for c in CASES}
    assert set(PENDING) <= ids, sorted(set(PENDING) - ids)


def test_jax_backend_under_vmap():
    """Per-example derivatives: a branch whose condition differs across the batch, a loop
    (a scan), and forward mode through a data-dependent while loop."""
    from .fixtures import jax_funcs as J
    rng = np.random.default_rng(3)
    xs, a = rng.standard_normal((5, 3)), np.array([0.7, -0.4, 1.2, -2.0, 0.3])
    got = jax.jit(jax.vmap(s2s.grad(J.branchy, wrt=(0, 1), backend="jax")))(xs, a)
    want = [s2s.grad(J.branchy, wrt=(0, 1))(x, float(c)) for x, c in zip(xs, a)]
    assert_tree_close(jax.tree.map(np.asarray, got), tuple(map(np.stack, zip(*want))),
                      1e-6, 1e-12)
    W, seqs = 0.3 * rng.standard_normal((3, 3)), rng.standard_normal((4, 6, 3))
    got = jax.jit(jax.vmap(s2s.grad(J.rnn, wrt=(0,), backend="jax"), in_axes=(None, 0)))(W, seqs)
    want = np.stack([s2s.grad(J.rnn, wrt=0)(W, s) for s in seqs])
    assert_tree_close(np.asarray(got[0]), want, 1e-6, 1e-12)
    ys, ts = rng.uniform(0.5, 2.0, (4, 2)), rng.standard_normal((4, 2))
    got = jax.jit(jax.vmap(lambda y, t: s2s.jvp(J.doubling, (y,), (t,), backend="jax")))(ys, ts)
    want = [s2s.jvp(J.doubling, (y,), (t,)) for y, t in zip(ys, ts)]
    assert_tree_close(jax.tree.map(np.asarray, got), tuple(map(np.stack, zip(*want))),
                      1e-6, 1e-12)

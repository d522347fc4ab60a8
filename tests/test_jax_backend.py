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

CONCRETE = "needs the concrete value of a traced argument, as jax would: an s2s error " \
           "says so (test_traced_value_used_as_concrete)"
PENDING = {
    "mathmod::int_conversion_nondiff": f"int() of a traced value {CONCRETE}",
    "shapes::boolean_mask_index": f"a traced boolean mask (a data-dependent shape) {CONCRETE}",
    "statements::effects_in_the_forward_sweep": f"assert and raise on traced values {CONCRETE}",
}

CASES = load_cases()
MAX_STEPS = 1000  # the bound of data-dependent while loops (far more than any case runs)


def _static(args):
    return tuple(k for k, a in enumerate(args) if isinstance(a, (bool, int)))


@pytest.mark.parametrize("case", [
    pytest.param(c, marks=pytest.mark.xfail(reason=PENDING[c.id], strict=True,
                                            raises=s2s.S2SError))
    if c.id in PENDING else c for c in CASES], ids=[c.id for c in CASES])
def test_jax_backend_gradient_under_jit(case):
    args, kwargs = case.args, case.kwargs
    expected = s2s.grad(case.fn, wrt=case.wrt)(*args, **kwargs)
    g = s2s.grad(case.fn, wrt=case.wrt, backend="jax", max_steps=MAX_STEPS)
    static = _static(args)
    run = jax.jit(lambda *a: g(*a, **kwargs), static_argnums=static)
    got = jax.tree.map(np.asarray, run(*args))
    rtol, atol = reference_tolerance(case)
    assert_tree_close(got, expected, rtol, atol, what="jax backend under jit")


# s2s.vjp (forward sweep and pullback as two functions) under jit: as PENDING, and
SPLIT_IN_BRANCH = ("lowering::loop_in_branch", "lowering::loop_in_branch[1]",
                   "lowering::list_loop_in_branch", "lowering::list_loop_in_branch[1]",
                   "lowering::while_loop_in_branch", "lowering::while_loop_in_branch[1]",
                   "lowering::empty_loop_with_break_in_branch")
VJP_PENDING = {
    **PENDING,
    "control::break_inner_loop_only": "the forward function of a while loop recorded inside "
                                      "a for loop's branch stays a Python while loop",
    **{case: "the forward function of a loop in a branch on a traced value records its steps "
             "on a Python list (a scan only where the pullback is in the same function): "
             f"the branch stays Python's if, {CONCRETE}"
       for case in SPLIT_IN_BRANCH},
}


@pytest.mark.parametrize("case", [
    pytest.param(c, marks=pytest.mark.xfail(reason=VJP_PENDING[c.id], strict=True,
                                            raises=s2s.S2SError))
    if c.id in VJP_PENDING else c for c in CASES if not c.kwargs],
    ids=[c.id for c in CASES if not c.kwargs])
def test_jax_backend_vjp_under_jit(case):
    """The forward sweep and the pullback (split at the tape, residuals between them),
    under jit, against the numpy backend's pullback of the same cotangent."""
    args = case.args
    value, pullback = s2s.vjp(case.fn, *args, wrt=case.wrt)
    cotangent = jax.tree.map(lambda v: np.ones_like(v) * 0.7, value)
    expected = pullback(cotangent)

    def run(*a):
        v, pb = s2s.vjp(case.fn, *a, wrt=case.wrt, backend="jax", max_steps=MAX_STEPS)
        return v, pb(cotangent)
    got_value, got = jax.tree.map(np.asarray, jax.jit(run, static_argnums=_static(args))(*args))
    rtol, atol = reference_tolerance(case)
    assert_tree_close(got_value, value, rtol, atol, what="value, jax backend under jit")
    assert_tree_close(got, expected, rtol, atol, what="pullback, jax backend under jit")


def _first_float_param(case):
    """The first ``wrt`` parameter, if it is a float or float array (Jacobians and Hessians
    take one array parameter)."""
    w = case.wrt[0] if isinstance(case.wrt, tuple) else case.wrt
    x = case.args[w] if isinstance(w, int) and not case.kwargs else None
    ok = isinstance(x, float) or isinstance(x, np.ndarray) and x.dtype.kind == "f"
    return w if ok else None


# a sample of the cases whose first wrt parameter is a float or an array (the rest run the
# same code paths; the numpy backend's Jacobians, Hessians and Hessian-vector products are
# checked on every case in test_jacobians.py)
_BY_ID = {c.id: c for c in CASES}
SECOND = [_BY_ID[i] for i in (
    "arith::add_sub_mul_div", "arith::broadcast_both", "arith::tuple_unpacking",
    "arith::mod_operator", "calls::call_multiple_returns", "calls::call_with_control_flow",
    "calls::call_other_module_while", "calls::call_result_indexed", "closures::global_int_range",
    "control::if_else_on_data", "control::conditional_expression", "control::early_return_nested[1]",
    "control::for_over_array", "control::for_break_on_data", "control::nested_for_while",
    "control::list_append_then_stack", "control::enumerate_zip_nested_unpack",
    "control::chained_comparison", "control::early_return_nested_loops",
    "control::while_compound_condition", "control::matrix_rows_in_loop", "dtypes::f32_reductions",
    "dtypes::f32_while", "inplace::setitem_overwrite", "inplace::setitem_int_param_index",
    "linalg::dot_1d_1d", "linalg::matmul_2d_2d", "linalg::quadratic_form", "linalg::least_squares",
    "mathmod::math_pow", "mathmod::math_times_array", "methods::method_sum_axis",
    "methods::shape_for_sizes", "methods::method_clip_copy", "methods::builtin_abs_on_array",
    "reductions::sum_negative_axis", "reductions::max_keepdims_logsumexp",
    "reductions::builtin_sum", "reductions::sum_scales_array[1]", "shapes::reshape",
    "shapes::concatenate_axis0_tuple", "shapes::slices_1d", "shapes::index_by_int_param",
    "shapes::boolean_mask_index", "shapes::only_shape_used", "ufuncs::hyperbolic", "ufuncs::clip",
    "ufuncs::ufunc_spellings")]
SECOND_PENDING = {("shapes::boolean_mask_index", t): PENDING["shapes::boolean_mask_index"]
                  for t in ("jacfwd", "jacrev", "hessian", "hvp")}


@pytest.mark.parametrize("case, transform", [
    pytest.param(c, t, id=f"{c.id}-{t}", marks=[pytest.mark.xfail(
        reason=SECOND_PENDING[c.id, t], strict=True, raises=s2s.S2SError)]
        if (c.id, t) in SECOND_PENDING else [])
    for c in SECOND for t in ("jacfwd", "jacrev", "hessian", "hvp")])
def test_jax_backend_jacobians_under_jit(case, transform):
    """Jacobians, Hessians and Hessian-vector products (their batched sweeps, and the
    wrappers that shape the result) under jit, against the numpy backend."""
    w, args = _first_float_param(case), case.args
    if transform == "hvp":
        v = 0.3 * np.ones_like(args[w])
        expected = s2s.hvp(case.fn, wrt=w)(*args, v)
        g = s2s.hvp(case.fn, wrt=w, backend="jax", max_steps=MAX_STEPS)
        run = jax.jit(lambda *a: g(*a, v), static_argnums=_static(args))
    else:
        expected = getattr(s2s, transform)(case.fn, wrt=w)(*args)
        bound = {} if transform == "jacfwd" else {"max_steps": MAX_STEPS}  # forward: no tape
        g = getattr(s2s, transform)(case.fn, wrt=w, backend="jax", **bound)
        run = jax.jit(g, static_argnums=_static(args))
    rtol, atol = reference_tolerance(case)
    assert_tree_close(np.asarray(run(*args)), expected, rtol, atol,
                      what=f"{transform}, jax backend under jit")


@pytest.mark.parametrize("module, name, arg, line", [
    ("mathmod", "int_conversion_nondiff", 0.3, "int(a * 10.0)"),
    ("shapes", "boolean_mask_index", np.linspace(-1.0, 1.0, 6), "x[t2]")])
def test_traced_value_used_as_concrete(module, name, arg, line):
    """What jax cannot trace either is an s2s error at the generated line, not a tracer
    error from inside s2s; outside jit the same code runs."""
    import importlib
    f = getattr(importlib.import_module(f"tests.cases.{module}"), name)
    g = s2s.grad(f, backend="jax")
    assert_tree_close(np.asarray(g(arg)), s2s.grad(f)(arg), 1e-12, 1e-12, what="outside jit")
    with pytest.raises(s2s.S2SError) as e:
        jax.jit(g)(arg)
    message = str(e.value)
    assert message.split(":")[0].endswith(".py") and f"/{name}_grad-" in message.split(":")[0]
    assert "Python needs a concrete value here, but jax traces it" in message
    assert line in message and "hint: make the argument it comes from static" in message


def test_isinstance_of_traced_value():
    """isinstance cannot tell a traced argument's Python type: an error, not False."""
    def f(x):
        return isinstance(x, float) * x
    g = s2s.grad(f, backend="jax")
    assert g(0.5) == 1.0
    with pytest.raises(s2s.S2SError, match="isinstance\\(\\) of a traced value") as e:
        jax.jit(g)(0.5)
    assert "isinstance_(x, float)" in str(e.value)


def test_decompositions_read_one_triangle():
    """cholesky, eigh and eigvalsh read the triangle numpy reads (jax.numpy's would take
    the symmetric part): on a matrix that is not symmetric, the values and derivatives of
    the jax backend are numpy's."""
    def f(a):
        return np.sum(np.linalg.cholesky(a, upper=True) ** 2) + \
            np.sum(np.linalg.eigh(a, UPLO="U")[0] * np.linalg.eigvalsh(a)) + \
            np.sum(np.linalg.cholesky(a) * np.linalg.eigh(a)[1] ** 2)
    rng = np.random.default_rng(5)
    x = rng.standard_normal((3, 3))
    a = x @ x.T + 3.0 * np.eye(3) + 0.3 * np.triu(rng.standard_normal((3, 3)), 1)
    want = s2s.value_and_grad(f)(a)
    got = jax.jit(s2s.value_and_grad(f, backend="jax"))(a)
    assert_tree_close(jax.tree.map(np.asarray, got), want, 1e-9, 1e-12, what="one triangle")


def test_python_operators_on_traced_values():
    """and / or / not / in / max / min on traced values under jit, with Python's meaning
    (``a or b`` is a value, not a bool) and Python's values where nothing is traced."""
    def f(x, y):
        a = (x > 0.0 or y) * x
        b = (x and y) * y
        c = (not x < y) * x + (x in [0.5, y]) * y
        return max(x, y) * min(a, b) + a + b + c
    for x, y in ((0.5, 2.0), (0.0, 3.0), (-1.5, 0.7), (2.0, 0.5)):
        want = s2s.grad(f, wrt=(0, 1))(x, y)
        got = jax.jit(s2s.grad(f, wrt=(0, 1), backend="jax"))(x, y)
        assert_tree_close(jax.tree.map(np.asarray, got), want, 1e-12, 1e-12, what=f"at {x, y}")
    from s2s.backends.jax import _modules
    own = _modules()
    assert own["and_"](0.0, 2.0) == 0.0 and own["or_"](0.0, 2.0) == 2.0
    assert own["not_"](2) is False and own["in_"](2, [1, 2]) is True
    assert own["max_"]([1, 3, 2]) == 3 and own["min_"](3, 1, key=lambda v: -v) == 3


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


# -- reverse mode through data-dependent while loops: the bounded tape (max_steps) --------------
def _grow(x, w):
    y = x
    while np.sum(y * y) < 50.0:
        y = np.tanh(w * y) + 1.5 * y
    return np.sum(np.sin(y) * w)


def _grow_steps(x, w):
    """How many steps _grow's loop runs (constant near x, w: its gradient is that of the
    loop unrolled that many times)."""
    y, n = x, 0
    while np.sum(y * y) < 50.0:
        y, n = np.tanh(w * y) + 1.5 * y, n + 1
    return n


def _grow_unrolled(x, w, steps):
    import jax.numpy as jnp
    y = x
    for _ in range(steps):
        y = jnp.tanh(w * y) + 1.5 * y
    return jnp.sum(jnp.sin(y) * w)


def _while_line():
    import inspect
    lines, first = inspect.getsourcelines(_grow)
    return first + next(k for k, text in enumerate(lines) if text.lstrip().startswith("while"))


def test_while_gradient_matches_unrolled_jax_grad():
    """Under jit, the gradient through a data-dependent while loop equals jax.grad of the
    loop unrolled as many times as it runs; the bound is only a bound."""
    rng = np.random.default_rng(5)
    x, w = rng.uniform(0.05, 0.3, 4), rng.uniform(0.5, 1.5, 4)
    steps = _grow_steps(x, w)
    assert steps > 3
    want = jax.grad(_grow_unrolled, argnums=(0, 1))(x, w, steps)
    for max_steps in (steps, 10 * steps):
        g = s2s.grad(_grow, wrt=(0, 1), backend="jax", max_steps=max_steps)
        got = jax.jit(g)(x, w)
        assert_tree_close(jax.tree.map(np.asarray, got), tuple(map(np.asarray, want)),
                          1e-10, 1e-12, what=f"max_steps={max_steps}")

    def pulled_back(x, w):  # the forward function returns the tape its pullback reads
        _, pullback = s2s.vjp(_grow, x, w, backend="jax", max_steps=steps)
        return pullback(1.0)
    assert_tree_close(jax.tree.map(np.asarray, jax.jit(pulled_back)(x, w)),
                      tuple(map(np.asarray, want)), 1e-10, 1e-12, what="vjp")


def test_while_gradient_under_vmap():
    """Per-example gradients through a while loop whose step count differs across the
    batch, against jax.grad of each example's unrolled loop."""
    rng = np.random.default_rng(6)
    xs, w = rng.uniform(0.05, 2.0, (5, 3)), rng.uniform(0.5, 1.5, 3)
    counts = [_grow_steps(x, w) for x in xs]
    assert len(set(counts)) > 1
    g = s2s.grad(_grow, wrt=(0, 1), backend="jax", max_steps=50)
    got = jax.jit(jax.vmap(g, in_axes=(0, None)))(xs, w)
    want = [jax.grad(_grow_unrolled, argnums=(0, 1))(x, w, n) for x, n in zip(xs, counts)]
    assert_tree_close(jax.tree.map(np.asarray, got),
                      tuple(np.stack([np.asarray(v[k]) for v in want]) for k in (0, 1)),
                      1e-10, 1e-12, what="vmap")


def test_while_past_max_steps_is_an_error():
    """A loop that runs longer than max_steps: an s2s error naming the user's loop, when
    called eagerly and when the compiled code runs under jit."""
    x, w = np.full(3, 0.1), np.ones(3)
    g = s2s.grad(_grow, backend="jax", max_steps=2)
    where = f"{__file__}:{_while_line()}: this while loop runs more than max_steps=2 steps"
    with pytest.raises(s2s.S2SError) as e:
        g(x, w)
    assert str(e.value).startswith(where)
    assert "while np.sum(y * y) < 50.0:" in str(e.value)
    assert "hint: raise max_steps" in str(e.value)
    with pytest.raises(Exception) as e:  # raised by a callback, inside jax's runtime error
        jax.block_until_ready(jax.jit(g)(x, w))
    assert where in str(e.value) and "hint: raise max_steps" in str(e.value)
    assert_tree_close(np.asarray(jax.jit(s2s.grad(_grow, backend="jax", max_steps=40))(x, w)),
                      s2s.grad(_grow)(x, w), 1e-10, 1e-12, what="within the bound")


def test_while_traced_without_max_steps_is_an_error():
    """Tracing a data-dependent while loop's reverse mode without max_steps: an s2s error
    at trace time, at the user's loop, saying what to pass; eager calls need no bound."""
    x, w = np.full(3, 0.3), np.ones(3)
    g = s2s.grad(_grow, backend="jax")
    assert_tree_close(np.asarray(g(x, w)), s2s.grad(_grow)(x, w), 1e-12, 1e-12, what="eager")
    with pytest.raises(s2s.S2SError) as e:
        jax.jit(g)(x, w)
    message = str(e.value)
    assert message.startswith(f"{__file__}:{_while_line()}: ")
    assert "        while np.sum(y * y) < 50.0:\n        ^" in message
    assert "hint: pass max_steps=N to s2s.grad(..., backend='jax')" in message


def test_for_loop_that_may_break_needs_no_max_steps():
    """A for loop that may break on data is bounded by its range: no max_steps."""
    from .cases import control
    x = np.array([0.3, 0.8, 0.5])
    got = jax.jit(s2s.grad(control.for_break_on_data, backend="jax"))(x)
    assert_tree_close(np.asarray(got), s2s.grad(control.for_break_on_data)(x), 1e-12, 1e-12)
    x = np.array([0.5, 2.5, 1.0, 0.2])
    got = jax.jit(s2s.grad(control.early_return_in_loop, backend="jax"))(x)
    assert_tree_close(np.asarray(got), s2s.grad(control.early_return_in_loop)(x), 1e-12, 1e-12)


@s2s.custom_vjp
def _softplus(x):
    return np.log1p(np.exp(x))


def _softplus_fwd(x):
    y = np.log1p(np.exp(x))
    return y, (x,)


def _softplus_bwd(res, g):
    x, = res
    return (g / (1.0 + np.exp(-x)),)


_softplus.defvjp(_softplus_fwd, _softplus_bwd)


def _softplus_loss(x):
    return np.sum(_softplus(x) * x)


def test_custom_vjp_written_with_numpy_under_jit():
    """The fwd and bwd of a custom_vjp, written with numpy, run against jax.numpy as the
    user's own code does: under jit they received tracers numpy cannot take."""
    x = np.array([0.5, -1.0, 2.0])
    want = jax.grad(lambda x: jax.numpy.sum(jax.nn.softplus(x) * x))(x)
    got = jax.jit(s2s.grad(_softplus_loss, backend="jax"))(x)
    assert_tree_close(np.asarray(got), np.asarray(want), 1e-12, 1e-12, what="under jit")
    assert_tree_close(s2s.grad(_softplus_loss)(x), np.asarray(want), 1e-12, 1e-12,
                      what="numpy backend")

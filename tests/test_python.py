"""Regression tests of issue 13 (the Python that is differentiated), each against an
independent reference: jax.grad / jax.jvp in float64 or central differences."""
import numpy as np
import pytest

import s2s

from .catalogue import assert_tree_close, central_difference
from .fixtures import python_funcs as P

jax = pytest.importorskip("jax")
jax.config.update("jax_enable_x64", True)
jnp = jax.numpy


def test_keyword_only_default_kept_in_the_gradient_signature():
    x = np.array([0.3, -1.1, 2.0])
    g = s2s.grad(P.kwonly_scale)
    assert "scale=2.0" in s2s.source(g)
    ref = jax.grad(lambda x, scale: scale * jnp.sum(jnp.sin(x) ** 2))
    assert_tree_close(g(x), np.asarray(ref(x, 2.0)), 1e-10, 1e-12)
    assert_tree_close(g(x, scale=3.0), np.asarray(ref(x, 3.0)), 1e-10, 1e-12)


@pytest.mark.parametrize("fn, args", [
    (P.calls_star_helper, (np.array([0.5, -1.0]), np.array([2.0, 0.3]))),
    (P.passes_args_on, (np.array([0.5, -1.0]), np.array([2.0, 0.3, 1.0]))),
])
def test_helper_with_star_args(fn, args):
    got = s2s.grad(fn, wrt=(0, 1))(*args)
    assert_tree_close(got, central_difference(fn, args, (0, 1)), 1e-7, 1e-9)
    tangents = (np.ones_like(args[0]), np.zeros_like(args[1]))
    _, t = s2s.jvp(fn, args, tangents)
    assert np.isclose(t, np.sum(got[0]), rtol=1e-10)


def test_forward_mode_checks_keyword_arguments_of_calls_without_rule():
    with pytest.raises(s2s.MissingRuleError) as exc:
        s2s.jvp(P.i0_by_keyword, (np.ones(3),), (np.ones(3),))
    assert "np.i0" in str(exc.value)
    with pytest.raises(s2s.MissingRuleError):
        s2s.grad(P.i0_by_keyword)(np.ones(3))


@pytest.mark.parametrize("fn, args, ref", [
    (P.sum_of_list_with_constant, (1.7,), lambda a: jnp.sum(jnp.array([1.0, a * a]))),
    (P.mean_of_list, (0.5, 1.5), lambda a, b: jnp.mean(jnp.array([a * b, jnp.sin(a), 2.0]))),
])
def test_sum_of_a_list_literal(fn, args, ref):
    wrt = tuple(range(len(args)))
    want = jax.grad(ref, argnums=wrt)(*args)
    got = s2s.grad(fn, wrt=wrt)(*args)
    assert_tree_close(got, tuple(np.asarray(w) for w in want), 1e-10, 1e-12)
    _, t = s2s.jvp(fn, args, tuple(np.ones_like(np.asarray(a)) for a in args))
    assert np.isclose(t, sum(np.sum(w) for w in want), rtol=1e-10)


def test_a_gradient_called_inside_is_differentiated_through():
    """s2s.grad(cube) inside g is the derivative 3x**2, not cube itself (issue 14)."""
    value, grad = s2s.value_and_grad(P.calls_its_gradient)(1.0)
    want = jax.value_and_grad(jax.grad(lambda x: x ** 3))(1.0)
    assert np.allclose((value, grad), want, rtol=1e-12)
    x = 1.3
    got = s2s.grad(P.newton_step)(x)
    want = jax.grad(lambda x: x - (x ** 3 - 2.0) / jax.grad(lambda y: y ** 3)(x))(x)
    assert np.isclose(got, want, rtol=1e-12)
    _, t = s2s.jvp(P.newton_step, (x,), (1.0,))
    assert np.isclose(t, want, rtol=1e-12)


def test_a_module_level_lambda_is_differentiated():
    p = np.array([0.3, -0.7])
    g = s2s.grad(P.objective)
    assert s2s.source(g).startswith("def objective_grad(params):")
    assert_tree_close(g(p), central_difference(P.objective, (p,), 0), 1e-7, 1e-9)


@pytest.mark.parametrize("dist, method, args", [
    ("norm", "logpdf", (np.linspace(-2, 2, 5), 0.3, 1.7)),
    ("norm", "pdf", (np.linspace(-2, 2, 5), 0.3, 1.7)),
    ("norm", "logcdf", (np.linspace(-2, 2, 5), 0.3, 1.7)),
    ("norm", "cdf", (np.linspace(-2, 2, 5), 0.3, 1.7)),
    ("t", "logpdf", (np.linspace(-2, 2, 5), 3.5, 0.2, 1.3)),
    ("gamma", "logpdf", (np.linspace(0.1, 2, 5), 2.3, 0.0, 2.0)),
    ("beta", "logpdf", (np.linspace(0.1, 0.9, 5), 2.3, 1.4)),
    ("poisson", "logpmf", (np.arange(5.0), 2.2)),
    ("dirichlet", "logpdf", (np.array([0.2, 0.3, 0.5]), np.array([1.5, 2.0, 3.0]))),
    ("multivariate_normal", "logpdf", (np.arange(6.0).reshape(2, 3) / 5, np.ones(3) * 0.1,
                                       np.eye(3) + 0.3)),
])
def test_scipy_stats_definitions_compute_what_scipy_computes(dist, method, args):
    from scipy import stats
    from s2s.frontend.stats import definition
    fn = getattr(getattr(stats, dist), method)
    assert_tree_close(definition(fn)(*args), fn(*args), 1e-12, 1e-12, what=f"{dist}.{method}")


def test_front_end_docstring_examples():
    import doctest
    from s2s.frontend import desugar, normalize
    for module in (desugar, normalize):
        result = doctest.testmod(module)
        assert result.attempted and not result.failed, module.__name__


def test_no_aliasing_alarm_for_a_loop_name_never_read_again():
    x = np.array([0.3, -0.8, 1.1])
    got = s2s.grad(P.relaxed_in_a_loop)(x)
    assert_tree_close(got, central_difference(P.relaxed_in_a_loop, (x,), 0), 1e-7, 1e-9)


def test_print_runs_once_per_call_with_the_primal_values(capsys):
    x = np.array([0.3, -0.8, 1.1])
    P.prints_while_simulating(x)
    expected = capsys.readouterr().out
    for run in (lambda: s2s.grad(P.prints_while_simulating)(x),
                lambda: s2s.jvp(P.prints_while_simulating, (x,), (np.ones(3),)),
                lambda: s2s.hvp(P.prints_while_simulating)(x, np.ones(3))):
        run()
        assert capsys.readouterr().out == expected
    got = s2s.grad(P.prints_while_simulating)(x)
    capsys.readouterr()
    assert_tree_close(got, central_difference(P.prints_while_simulating, (x,), 0), 1e-7, 1e-9)


def test_gradients_with_tuple_wrt_inlined_as_tuples():
    x = 0.7
    want = jax.grad(lambda x: 4.0 * x * x + (6.0 * x) * x ** 2)(x)
    assert np.isclose(s2s.grad(P.unpacks_a_gradient_tuple)(x), want, rtol=1e-12)


def test_a_field_of_a_parameter_is_refused_with_a_true_hint():
    with pytest.raises(s2s.UnsupportedSyntaxError) as exc:
        s2s.grad(P.reads_a_field_of_a_parameter)
    text = str(exc.value)
    assert "attribute .W of a value passed in" in text and "params.W @ x" in text
    assert "np.f(x)" not in text and "pass the fields as parameters" in text


def test_imports_inside_the_function():
    x = np.array([0.3, -1.2, 0.8])
    got = s2s.grad(P.imports_inside)(x)
    assert_tree_close(got, central_difference(P.imports_inside, (x,), 0), 1e-7, 1e-9)


def test_a_method_of_a_parameter_is_refused_with_a_true_hint():
    with pytest.raises(s2s.UnsupportedSyntaxError) as exc:
        s2s.grad(P.calls_a_method_of_a_parameter)
    text = str(exc.value)
    assert "method .loss() of a value passed in" in text and "model.loss(x)" in text
    assert "register a rule" not in text


@pytest.mark.parametrize("fn", [P.affine_loss, P.affine_loss_by_position])
def test_namedtuple_parameter_gets_a_namedtuple_gradient(fn):
    rng = np.random.default_rng(3)
    layer = P.Affine(rng.standard_normal((2, 3)), rng.standard_normal(2))
    x = rng.standard_normal(3)
    ref = jax.grad(lambda layer, x: jnp.sum(jnp.tanh(layer.W @ x + layer.b) ** 2))(layer, x)
    want = P.Affine(*map(np.asarray, ref))
    got = s2s.grad(fn)(layer, x)
    assert type(got) is P.Affine
    assert_tree_close(tuple(got), tuple(want), 1e-10, 1e-12)
    jitted = jax.jit(s2s.grad(fn, backend="jax"))(layer, x)
    assert type(jitted) is P.Affine
    assert_tree_close(tuple(map(np.asarray, jitted)), tuple(want), 1e-10, 1e-12)
    tangent = P.Affine(np.ones((2, 3)), np.zeros(2))
    _, t = s2s.jvp(fn, (layer, x), (tangent, np.zeros(3)))
    assert np.isclose(t, np.sum(want.W), rtol=1e-10)


@pytest.mark.parametrize("fn, what, hint", [
    (P.mutates_self_in_a_method, "a method that sets self.total", "return the new value"),
    (P.writes_a_nonlocal, "a nonlocal statement", "return the new value"),
])
def test_refusals_say_what_to_write_instead(fn, what, hint):
    with pytest.raises(s2s.UnsupportedSyntaxError) as exc:
        s2s.grad(fn)
    assert what in str(exc.value) and hint in str(exc.value)

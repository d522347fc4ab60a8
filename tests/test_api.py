"""The public API of SPEC.md §1 on small functions, against hand derivations and jax."""
import math

import numpy as np
import pytest

import s2s

from .catalogue import central_difference
from .fixtures import api_funcs as F


def test_worked_example_matches_hand_derivation():
    w1, w2 = 2.0, 3.0
    dv = 1 + 1 / (2 * math.sqrt(w2 * math.log(w1)))
    g1, g2 = s2s.grad(F.loss, wrt=(0, 1))(w1, w2)
    assert np.isclose(g1, dv * w2 / w1, rtol=1e-12)
    assert np.isclose(g2, dv * math.log(w1), rtol=1e-12)


def test_worked_example_source_reads_like_the_reverse_table():
    text = s2s.source(s2s.grad(F.loss, wrt=(0, 1)))
    body = [line.strip() for line in text.splitlines()[1:]]
    assert body == [
        "t1 = np.log(w1)",
        "t2 = w2 * t1",
        "t3 = np.sqrt(t2)",
        "t2_bar = 1.0 + 1.0 / (2 * t3)",
        "w2_bar = t2_bar * t1",
        "w1_bar = t2_bar * w2 / w1",
        "return t2 + t3, w1_bar, w2_bar",
    ]


def test_wrt_by_name_index_and_tuple():
    a = s2s.grad(F.loss, wrt="w2")(2.0, 3.0)
    b = s2s.grad(F.loss, wrt=1)(2.0, 3.0)
    c = s2s.grad(F.loss, wrt=("w2",))(2.0, 3.0)
    assert a == b and isinstance(c, tuple) and c[0] == a


def test_value_and_grad_is_one_sweep_and_matches():
    v, g = s2s.value_and_grad(F.loss)(2.0, 3.0)
    assert v == F.loss(2.0, 3.0)
    assert g == s2s.grad(F.loss)(2.0, 3.0)


def test_decorator_keeps_the_function_and_adds_transforms():
    assert F.decorated(2.0) == 2.0 ** 3
    assert np.isclose(F.decorated.grad(2.0), 12.0)
    v, g = F.decorated.value_and_grad(2.0)
    assert v == 8.0 and np.isclose(g, 12.0)
    assert "decorated_grad" in F.decorated.source()
    out, tangent = F.decorated.jvp((2.0,), (1.0,))
    assert out == 8.0 and np.isclose(tangent, 12.0)
    assert "decorated_jvp" in F.decorated.source(mode="forward")


def test_vjp_pullback_is_reusable_and_matches_jax():
    jax = pytest.importorskip("jax")
    jax.config.update("jax_enable_x64", True)
    x = np.linspace(0.1, 1.0, 4)
    w = np.linspace(-1.0, 1.0, 4)
    out, pullback = s2s.vjp(F.vector_out, x, w)
    assert np.allclose(out, F.vector_out(x, w))
    ref_out, ref_pb = jax.vjp(F.jax_version(F.vector_out), x, w)
    for ct in (np.ones(4), np.arange(4.0)):
        got = pullback(ct)
        want = ref_pb(ct)
        for g, r in zip(got, want):
            np.testing.assert_allclose(g, r, rtol=1e-10)


def test_vjp_of_loop_pullback_twice():
    x = np.linspace(0.1, 1.0, 3)
    out, pullback = s2s.vjp(F.loop_vector, x)
    first = pullback(np.ones(3))
    second = pullback(np.ones(3))
    np.testing.assert_allclose(first[0], second[0])


def test_unused_input_gets_zeros_of_its_shape():
    x, y = np.ones(3), np.ones((2, 2))
    gx, gy = s2s.grad(F.ignores_y, wrt=(0, 1))(x, y)
    assert gy.shape == (2, 2) and not gy.any()
    np.testing.assert_allclose(gx, 2 * x)


def test_float32_in_float32_out():
    x = np.linspace(0.1, 1.0, 5).astype(np.float32)
    g = s2s.grad(F.sum_tanh)(x)
    assert g.dtype == np.float32
    np.testing.assert_allclose(g, 1 - np.tanh(x) ** 2, rtol=1e-5)


def test_inputs_are_not_mutated():
    x = np.linspace(0.1, 1.0, 4)
    before = x.copy()
    s2s.grad(F.writes_copy)(x)
    np.testing.assert_array_equal(x, before)


def test_check_grad_passes_and_raises():
    s2s.check_grad(F.loss, 2.0, 3.0, wrt=(0, 1))
    with pytest.raises(s2s.GradientCheckError):
        s2s.check_grad(F.jump, 0.3)


def test_source_is_cached_and_deterministic():
    """The same derivative twice is built once; built again from scratch, it is the same
    text."""
    from s2s.pipeline import build, clear_caches
    a = s2s.source(s2s.grad(F.loop_vector_sum))
    hits = build.cache_info().hits
    s2s.grad(F.loop_vector_sum)
    assert build.cache_info().hits > hits
    clear_caches()
    assert s2s.source(s2s.grad(F.loop_vector_sum)) == a


def test_generated_code_has_a_real_filename_for_tracebacks():
    import linecache
    g = s2s.grad(F.loss)
    code = g.__wrapped__ if hasattr(g, "__wrapped__") else g
    text = s2s.source(g)
    name = f"<s2s grad of {F.loss.__module__}.{F.loss.__qualname__}>"
    assert "".join(linecache.cache[name][2]) == text
    del code


def test_has_aux_returns_the_aux_value_untouched():
    x = np.linspace(0.1, 1.0, 4)
    g, aux = s2s.grad(F.with_aux, has_aux=True)(x)
    np.testing.assert_allclose(aux, np.sin(x))
    np.testing.assert_allclose(g, 2 * np.sin(x) * np.cos(x), rtol=1e-12)
    (v, aux2), g2 = s2s.value_and_grad(F.with_aux, has_aux=True)(x)
    assert np.isclose(v, np.sum(np.sin(x) ** 2)) and np.allclose(g2, g)


def test_grad_leaves_out_a_value_certain_to_be_a_scalar():
    """np.sum(...) is a scalar whatever its argument: grad's code does not compute it (there
    is nothing to check), value_and_grad's does; ``loss`` of floats or arrays must be checked."""
    x, y = np.linspace(0.1, 1.0, 4), np.ones(3)
    text = s2s.source(s2s.grad(F.sum_tanh))
    assert text.splitlines()[-1].strip() == "return 1 - np.tanh(x) ** 2"
    v, g = s2s.value_and_grad(F.sum_tanh)(x)
    assert np.isclose(v, np.sum(np.tanh(x)), rtol=1e-12)
    np.testing.assert_allclose(g, 1 - np.tanh(x) ** 2, rtol=1e-12)
    np.testing.assert_allclose(s2s.grad(F.sum_tanh)(x), g, rtol=1e-12)
    for wrt in (0, (0,), (0, 1)):  # one gradient, a tuple of one, two
        got = s2s.grad(F.ignores_y, wrt=wrt)(x, y)
        want = (2 * x, np.zeros(3)) if wrt == (0, 1) else (2 * x,) if wrt == (0,) else 2 * x
        assert type(got) is type(want)
        for a, b in zip(*((got, want) if isinstance(want, tuple) else ((got,), (want,)))):
            np.testing.assert_allclose(a, b, rtol=1e-12)
    assert s2s.source(s2s.grad(F.loss, wrt=(0, 1))).splitlines()[-1].strip() == \
        "return t2 + t3, w1_bar, w2_bar"


def test_wrt_tuple_of_one_returns_a_tuple():
    g = s2s.grad(F.loss, wrt=(0,))(2.0, 3.0)
    assert isinstance(g, tuple) and len(g) == 1
    assert np.isclose(g[0], s2s.grad(F.loss)(2.0, 3.0))


def test_derivatives_follow_rebound_globals(monkeypatch):
    """A notebook rebinds a constant or redefines a helper: the derivative built before
    follows, as calling the function does (it is rebuilt)."""
    from .fixtures import rebind_funcs as rb
    x = np.array([0.3, -1.2])
    g = s2s.grad(rb.f)

    def expected():  # d/dx sum(helper(s A x)), by central differences
        return central_difference(rb.f, (x,), (0,))[0]
    np.testing.assert_allclose(g(x), expected(), rtol=1e-6)
    monkeypatch.setattr(rb, "scale", 3.0)
    np.testing.assert_allclose(g(x), expected(), rtol=1e-6)
    monkeypatch.setattr(rb, "A", np.array([[1.0, 2.0], [3.0, 4.0]]))
    np.testing.assert_allclose(g(x), expected(), rtol=1e-6)
    monkeypatch.setattr(rb, "helper", rb.square)
    np.testing.assert_allclose(g(x), expected(), rtol=1e-6)
    np.testing.assert_allclose(s2s.jvp(rb.f, (x,), (np.ones(2),))[1], expected().sum(), rtol=1e-6)


def test_jacobian_of_a_gradient_is_the_hessian():
    """Reverse mode over generated derivative code is not supported: jacrev and jacobian
    of a derivative use forward mode, and a vjp of one says so instead of returning zeros."""
    x = np.array([1.0, 2.0, 0.5])
    g = s2s.grad(F.prod_of_entries)
    H = s2s.hessian(F.prod_of_entries)(x)
    for jac in (s2s.jacrev, s2s.jacobian, s2s.jacfwd):
        np.testing.assert_allclose(jac(g)(x), H, rtol=1e-12)
    np.testing.assert_allclose(H, [[0, x[2], x[1]], [x[2], 0, x[0]], [x[1], x[0], 0]])
    with pytest.raises(s2s.MissingRuleError, match="forward mode"):
        s2s.vjp(g, x)

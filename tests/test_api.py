"""The public API of SPEC.md §1 on small functions, against hand derivations and jax."""
import math
import os
import warnings

from pathlib import Path

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
    text = s2s.source(s2s.value_and_grad(F.loss, wrt=(0, 1)))
    assert text.splitlines()[0] == "def loss_value_and_grad(w1, w2):"
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
    # grad's code computes no value: it returns what s2s.grad returns
    text = s2s.source(s2s.grad(F.loss, wrt=(0, 1)))
    assert text.splitlines()[0] == "def loss_grad(w1, w2):"
    assert text.splitlines()[-1] == "    return w1_bar, w2_bar"
    assert "t2 + t3" not in text


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


def test_generated_code_is_compiled_from_a_file_holding_its_text():
    from s2s.pipeline import build
    gen = build("grad", ("primal", F.loss), ("w1",))
    filename = gen.funcs[0].__code__.co_filename
    assert Path(filename).read_text() == gen.source
    assert Path(filename).name.startswith("loss_grad-")


def test_has_aux_returns_the_aux_value_untouched():
    x = np.linspace(0.1, 1.0, 4)
    g, aux = s2s.grad(F.with_aux, has_aux=True)(x)
    np.testing.assert_allclose(aux, np.sin(x))
    np.testing.assert_allclose(g, 2 * np.sin(x) * np.cos(x), rtol=1e-12)
    (v, aux2), g2 = s2s.value_and_grad(F.with_aux, has_aux=True)(x)
    assert np.isclose(v, np.sum(np.sin(x) ** 2)) and np.allclose(g2, g)


def test_grad_leaves_out_the_value():
    """grad's code does not compute the value; value_and_grad's does. ``loss`` of floats or
    arrays, not certain to be a scalar, is checked with value_and_grad's code."""
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
        "return w1_bar, w2_bar"


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


Z = np.array([1.0 + 2.0j, 0.5 - 1.0j])


@pytest.mark.parametrize("transform, call", [
    ("grad", lambda: s2s.grad(F.sum_tanh)(Z)),
    ("grad, a complex scalar", lambda: s2s.grad(F.sum_tanh)(1.0 + 1.0j)),
    ("grad, two parameters", lambda: s2s.grad(F.loss, (0, 1))(Z, 2.0)),
    ("value_and_grad", lambda: s2s.value_and_grad(F.sum_tanh)(Z)),
    ("vjp", lambda: s2s.vjp(F.sum_tanh, Z)),
    ("vjp cotangent", lambda: s2s.vjp(F.loop_vector, np.ones(3))[1](np.ones(3) * 1j)),
    ("jvp", lambda: s2s.jvp(F.sum_tanh, (Z,), (Z.real,))),
    ("jvp tangent", lambda: s2s.jvp(F.sum_tanh, (Z.real,), (Z,))),
    ("jacfwd", lambda: s2s.jacfwd(F.loop_vector)(Z)),
    ("jacrev", lambda: s2s.jacrev(F.loop_vector)(Z)),
    ("hessian", lambda: s2s.hessian(F.sum_tanh)(Z)),
    ("hvp", lambda: s2s.hvp(F.sum_tanh)(Z, Z.real)),
    ("a pytree leaf", lambda: s2s.grad(F.sum_of_leaves)([Z.real, Z])),
])
def test_complex_inputs_are_refused_not_truncated(transform, call):
    """SPEC §3: float32 and float64 values; a complex one is an error naming it, never a
    derivative whose imaginary part is dropped (numpy's ComplexWarning)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a ComplexWarning fails the test
        with pytest.raises(s2s.S2SError, match="complex"):
            call()


def test_complex_values_inside_a_function_are_refused():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(s2s.S2SError, match="complex") as e:
            s2s.grad(F.complex_sum)(np.ones(2))
        assert "api_funcs.py" in str(e.value) and "hint:" in str(e.value)
        with pytest.raises(s2s.NonScalarOutputError, match="real scalar output"):
            s2s.value_and_grad(F.complex_sum)(np.ones(2))


STANDALONE_RUN = """\
import json, sys
import numpy as np
import {module} as pinned
args = [np.array(a) for a in json.loads(sys.argv[1])]
out = pinned.{name}(*args)
print(json.dumps(np.asarray(out, dtype=float).tolist()))
"""


def test_standalone_source_runs_on_its_own(tmp_path):
    """source(g, standalone=True) saved to a file runs in a fresh interpreter (no s2s
    state, no linecache) and gives what g gives, on both backends."""
    import json
    import subprocess
    import sys
    import jax
    w, x = np.array([0.3, -0.2]), np.array([1.0, 2.0])
    root = Path(__file__).resolve().parent.parent
    # jax's precision in the fresh interpreter as in this one (other tests may set it)
    x64 = "1" if jax.config.read("jax_enable_x64") else "0"
    for backend in ("jax", "numpy"):
        g = s2s.grad(F.layer_loss, backend=backend)
        text = s2s.source(g, standalone=True)
        assert text.endswith(s2s.source(g)) and "from tests.fixtures.api_funcs import W" in text
        module = f"pinned_{backend}"
        (tmp_path / f"{module}.py").write_text(text)
        (tmp_path / "run.py").write_text(STANDALONE_RUN.format(module=module,
                                                               name="layer_loss_grad"))
        done = subprocess.run([sys.executable, "run.py", json.dumps([w.tolist(), x.tolist()])],
                              capture_output=True, text=True, cwd=tmp_path, timeout=120,
                              env=dict(os.environ, PYTHONPATH=str(root), JAX_ENABLE_X64=x64))
        assert done.returncode == 0, done.stderr
        np.testing.assert_allclose(json.loads(done.stdout), g(w, x), rtol=1e-12)
    np.testing.assert_allclose(g(w, x), central_difference(F.layer_loss, (w, x), 0),
                               rtol=1e-6)  # the numpy backend's, in float64


def test_standalone_source_refuses_what_no_import_gives():
    scale = np.array([2.0])

    def closure(x):
        return np.sum(x * scale)
    with pytest.raises(s2s.S2SError, match="no import"):
        s2s.source(closure, standalone=True)


@pytest.mark.parametrize("f, wrt, args", [
    (F.loss, (0, 1), (2.0, 3.0)),       # a scalar output that s2s cannot prove: checked
    (F.loss, 0, (2.0, 3.0)),
    (F.sum_tanh, 0, (np.linspace(0.1, 1.0, 4),)),  # np.sum: certain
])
def test_source_of_grad_is_the_function_grad_runs(f, wrt, args):
    """source(g) is the text that runs for g and returns what g returns (it used to
    return the value too when the output was not certain to be a scalar)."""
    g = s2s.grad(f, wrt)
    namespace = {}
    exec(s2s.source(g, standalone=True), namespace)
    run = namespace[f"{f.__name__}_grad"]
    ours, theirs = g(*args), run(*args)
    assert isinstance(ours, tuple) == isinstance(theirs, tuple)  # (dw1, dw2), or dw1
    np.testing.assert_allclose(np.asarray(theirs, dtype=float), np.asarray(ours), rtol=1e-15)
    np.testing.assert_allclose(np.asarray(ours, dtype=float),
                               central_difference(f, args, wrt), rtol=1e-6)
    assert s2s.source(g).count("return") == 1


def test_grad_of_an_output_not_certain_to_be_scalar_still_checks_it():
    g = s2s.grad(F.loss)
    assert g(2.0, 3.0) == s2s.grad(F.loss)(2.0, 3.0)
    with pytest.raises(s2s.NonScalarOutputError):  # the same g, arrays: checked again
        g(np.array([2.0, 3.0]), 3.0)
    with pytest.raises(s2s.NonScalarOutputError):
        g(2.0, np.array([2.0, 3.0]))

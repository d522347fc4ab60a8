"""The worked examples of examples/, each run in its quick mode (main(fast=True)), and
their numbers checked against references that do not go through s2s: jax in float64
(running the example's own numpy source with np bound to jax.numpy), closed forms, or
central differences. Figures go to a temporary folder."""
import importlib.util
import math
import sys
import types
from pathlib import Path

import numpy as np
import pytest

import s2s

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def load(name, *needs):
    """examples/NAME.py as a module, or a skip if a package it imports is missing."""
    for package in needs:
        pytest.importorskip(package)
    spec = importlib.util.spec_from_file_location(f"s2s_examples.{name}", EXAMPLES / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def jax():
    jax = pytest.importorskip("jax")
    jax.config.update("jax_enable_x64", True)
    return jax


def on_jax(module, name):
    """module.NAME with np bound to jax.numpy, in it and in the module functions it calls."""
    import jax.numpy as jnp
    namespace = {**vars(module), "np": jnp}
    for key, value in vars(module).items():
        if isinstance(value, types.FunctionType) and value.__module__ == module.__name__:
            namespace[key] = types.FunctionType(value.__code__, namespace, value.__name__,
                                                value.__defaults__, value.__closure__)
    return namespace[name]


def close(a, b, rtol=1e-10, atol=1e-12):
    np.testing.assert_allclose(np.asarray(a), np.asarray(b), rtol=rtol, atol=atol)


def test_worked_example(jax):
    ex = load("worked_example")
    out = ex.main(fast=True)
    w1, w2 = out["w"]
    reference = jax.grad(on_jax(ex, "L"), argnums=(0, 1))(w1, w2)
    close(out["reverse"], reference, rtol=1e-12)
    close(out["forward"], reference, rtol=1e-12)
    dv = 1 + 1 / (2 * math.sqrt(w2 * math.log(w1)))
    close(out["by_hand"], (w2 / w1 * dv, math.log(w1) * dv), rtol=1e-14)
    v1 = math.log(w1)
    close(out["trace"], (v1, w2 * v1, math.sqrt(w2 * v1)), rtol=1e-14)
    close(out["adjoints"], (1.0, dv, dv * w2), rtol=1e-14)


def test_jacobian_modes(jax, tmp_path):
    ex = load("jacobian_modes", "matplotlib")
    out = ex.main(fast=True, outdir=tmp_path)
    assert out["max_error"] < 1e-12
    assert (tmp_path / "jacobian_modes.png").stat().st_size > 0
    assert set(out["times"]) == {"columns", "rows", "jacfwd", "jacrev"}
    rng = np.random.default_rng(1)
    A, x = rng.standard_normal((7, 5)), rng.standard_normal(5)
    f = on_jax(ex, "f")
    reference = jax.jacfwd(f)(x, A)
    close(reference, jax.jacrev(f)(x, A), rtol=1e-14)
    close(s2s.jacfwd(ex.f)(x, A), reference, rtol=1e-14)
    close(s2s.jacrev(ex.f)(x, A), reference, rtol=1e-14)
    # the lesson's sweeps: n JVPs give the columns, m VJPs the rows
    close(ex.jacobian_by_columns(x, A, out["f_jvp"]), reference, rtol=1e-14)
    close(ex.jacobian_by_rows(x, A, out["f_fwd"], out["f_bwd"]), reference, rtol=1e-14)
    v = rng.standard_normal(5)
    close(out["f_jvp"](x, A, v)[1], jax.jvp(lambda x: f(x, A), (x,), (v,))[1], rtol=1e-14)


def test_mlp_digits(jax, tmp_path):
    ex = load("mlp_digits", "sklearn", "tqdm", "matplotlib")
    out = ex.main(fast=True, outdir=tmp_path)
    assert (tmp_path / "mlp_digits_loss.png").stat().st_size > 0
    params = out["params"]
    assert out["epoch_losses"][-1] < 0.5 * out["epoch_losses"][0]
    # the accuracy again, with a forward pass written here
    X_train, T_train, _, X_test, y_test = ex.load_data()
    h = X_test
    for W, b in params:
        h = np.tanh(h @ W + b)
    accuracy = np.mean(np.argmax(h, axis=1) == y_test)
    assert accuracy == out["test_accuracy"] >= 0.95
    # s2s's gradient, same structure as params, against jax's at the trained weights
    x, t = X_train[:32], T_train[:32]
    grads = s2s.grad(ex.loss_fun)(params, x, t)
    reference = jax.jit(jax.grad(on_jax(ex, "loss_fun")))(params, x, t)
    assert isinstance(grads, list) and all(isinstance(g, tuple) for g in grads)
    for (dW, db), (rW, rb) in zip(grads, reference):
        close(dW, rW)
        close(db, rb)


def test_activations(jax, tmp_path):
    ex = load("activations", "matplotlib")
    out = ex.main(fast=True, outdir=tmp_path)
    assert (tmp_path / "activations.png").stat().st_size > 0
    ratio = out["ratio_first_last"]
    assert ratio["sigmoid"] < 0.1 and all(0.3 < ratio[k] < 3 for k in ex.KINDS[1:])
    # each activation's derivative against jax's
    s = out["s"]
    phi = on_jax(ex, "activation")
    for kind in ex.KINDS:
        reference = jax.jit(jax.vmap(jax.grad(lambda u, kind=kind: phi(u, kind))))(s)
        close(out["derivatives"][kind], reference)
    # the gradient of the whole network's loss, every layer, against jax's
    problem = ex.make_problem(np.random.default_rng(5))
    grad_loss = jax.jit(jax.grad(on_jax(ex, "cross_entropy")), static_argnums=3)
    for kind in ex.KINDS:
        grads = s2s.grad(ex.cross_entropy)(*problem, kind)
        reference = grad_loss(*problem, kind)
        assert len(grads) == len(reference) == 6
        for g, r in zip(grads, reference):
            close(g, r, rtol=1e-9)


def test_hutchinson(jax, tmp_path):
    ex = load("hutchinson", "matplotlib")
    out = ex.main(fast=True, outdir=tmp_path)
    assert (tmp_path / "hutchinson.png").stat().st_size > 0
    w, X, y = out["w"], out["X"], out["y"]
    loss = on_jax(ex, "loss")
    H = np.asarray(jax.jit(jax.hessian(loss))(w, X, y))
    close(out["exact_trace"], np.trace(H))
    close(out["probe_variance"], 2 * (np.sum(H ** 2) - np.sum(np.diag(H) ** 2)))
    assert np.all(np.abs(out["estimates"] - np.trace(H)) < 4 * out["stderr"])
    v = np.random.default_rng(2).choice([-1.0, 1.0], size=w.size)
    _, Hv = jax.jvp(lambda u: jax.grad(loss)(u, X, y), (w,), (v,))
    close(s2s.hvp(ex.loss)(w, X, y, v), Hv)


def test_linalg_adjoints(jax):
    ex = load("linalg_adjoints")
    out = ex.main(fast=True)
    dA, db = jax.grad(on_jax(ex, "solve_loss"), argnums=(0, 1))(out["A"], out["b"], out["g"])
    close(out["dA"], dA)
    close(out["db"], db)
    W, g_sigma = out["W"], out["g_sigma"]
    close(out["dW"], jax.grad(on_jax(ex, "singular_values_loss"))(W, g_sigma))
    close(out["dW_full"], jax.grad(on_jax(ex, "full_svd_loss"))(W, g_sigma))
    close(out["d_nuclear"], jax.grad(on_jax(ex, "nuclear_norm"))(W))


def test_while_loop(jax, tmp_path):
    ex = load("while_loop", "matplotlib")
    out = ex.main(fast=True, outdir=tmp_path)
    assert (tmp_path / "while_loop.png").stat().st_size > 0
    x, v = out["x"], out["v"]
    y, pullback = jax.vjp(on_jax(ex, "doubled"), x)
    close(out["y"], y, rtol=1e-15)
    close(out["vjp"], pullback(v)[0], rtol=1e-15)
    assert out["smooth"].sum() > 0.9 * out["smooth"].size
    along = jax.grad(on_jax(ex, "along_ray"))
    for t, dL, smooth in list(zip(out["ts"], out["dL"], out["smooth"]))[::10]:
        if smooth:
            close(dL, along(t, x, v), rtol=1e-12)
    central = out["central"][out["smooth"]]
    close(out["dL"][out["smooth"]], central, rtol=1e-6)


def test_lagrange(jax, tmp_path):
    ex = load("lagrange", "matplotlib")
    out = ex.main(fast=True, outdir=tmp_path)
    assert (tmp_path / "lagrange.png").stat().st_size > 0
    norm_c = np.linalg.norm(ex.C)
    close(out["x"], ex.C / norm_c, rtol=1e-12)
    close(out["lambda"], 1 - norm_c, rtol=1e-12)
    assert out["stationarity"] < 1e-12 and abs(out["constraint"]) < 1e-12
    assert out["iterations"] < 15                      # Newton: quadratic convergence
    close(out["curvature"], 2 * norm_c, rtol=1e-12)    # Hessian in x of L: 2 (1 - lambda) I
    z = np.append(out["x"], out["lambda"])
    close(out["kkt_matrix"], jax.jit(jax.hessian(on_jax(ex, "lagrangian")))(z), rtol=1e-12)


def test_quickstart_as_the_readme_runs_it():
    """The README's first command, and the source it says the quickstart prints."""
    import re
    import subprocess
    done = subprocess.run([sys.executable, str(EXAMPLES / "quickstart.py")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    readme = (EXAMPLES.parent / "README.md").read_text()
    shown = re.search(r"```python\n(def loss_grad.*?)```", readme, re.S).group(1)
    assert shown in done.stdout, done.stdout
    assert "central differences agree" in done.stdout

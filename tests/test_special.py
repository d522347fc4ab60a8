"""scipy.special in networks, through s2s, against jax (float64).

The rules themselves (every function of ``s2s/rules/special.py`` on its declared domain,
both modes) are checked by tests/test_rules.py; here they meet in the functions people
write: an exact-GELU network, softplus / log-sigmoid losses, ``logsumexp`` with ``axis``,
``keepdims`` and ``b``, softmax cross-entropy, and their forward mode and Hessians. Also:
how generated code spells scipy's functions, and the numpy fallbacks of the helpers
(``s2s.runtime.special``) that run without scipy.
"""
from __future__ import annotations

import math

import numpy as np
import pytest

pytest.importorskip("scipy")

import scipy.special  # noqa: E402
from scipy import special  # noqa: E402
from scipy.special import erf, expit, log_expit, logsumexp, softmax  # noqa: E402

import s2s  # noqa: E402
from s2s.runtime import special as rs  # noqa: E402

from .catalogue import assert_tree_close, enable_jax_x64  # noqa: E402

RTOL = 1e-6


@pytest.fixture(scope="module")
def jx():
    jax = enable_jax_x64()
    import jax.numpy as jnp
    import jax.scipy.special as jss
    return jax, jnp, jss


def rng(seed):
    return np.random.default_rng(seed)


# -- the functions s2s differentiates ------------------------------------------------------
def gelu(h):
    return 0.5 * h * (1.0 + erf(h / np.sqrt(2.0)))


def gelu_mlp_loss(W1, b1, W2, b2, X, Y):
    h = gelu(X @ W1 + b1)
    out = h @ W2 + b2
    return np.mean((out - Y) ** 2)


def softplus_logistic_loss(W1, b1, w2, X, y):
    h = np.logaddexp(0.0, X @ W1 + b1)          # softplus activation
    z = h @ w2
    return -np.mean(y * log_expit(z) + (1 - y) * scipy.special.log_expit(-z)) \
        + 1e-2 * np.sum(special.softplus(w2))


def softmax_xent(W, X, Y):
    logits = X @ W
    logp = logits - logsumexp(logits, axis=1, keepdims=True)
    return -np.sum(Y * logp) / X.shape[0] + 0.1 * np.sum(softmax(W, axis=0) ** 2)


def lse_axis(a, axis, keepdims):
    return logsumexp(a, axis=axis, keepdims=keepdims)


def lse_b(a, b):
    return logsumexp(a, axis=1, b=b)


def lse_expit(x):
    return logsumexp(x * expit(x), axis=0) + np.sum(expit(x) ** 2)


# -- their jax versions -----------------------------------------------------------------------
def jax_gelu_mlp_loss(jnp, jss, W1, b1, W2, b2, X, Y):
    h = X @ W1 + b1
    h = 0.5 * h * (1.0 + jss.erf(h / jnp.sqrt(2.0)))
    return jnp.mean((h @ W2 + b2 - Y) ** 2)


def jax_softplus_logistic_loss(jax, jnp, W1, b1, w2, X, y):
    h = jnp.logaddexp(0.0, X @ W1 + b1)
    z = h @ w2
    ls = jax.nn.log_sigmoid
    return -jnp.mean(y * ls(z) + (1 - y) * ls(-z)) + 1e-2 * jnp.sum(jax.nn.softplus(w2))


def jax_softmax_xent(jax, jnp, jss, W, X, Y):
    logits = X @ W
    logp = logits - jss.logsumexp(logits, axis=1, keepdims=True)
    return -jnp.sum(Y * logp) / X.shape[0] + 0.1 * jnp.sum(jax.nn.softmax(W, axis=0) ** 2)


def jax_lse_expit(jnp, jss, x):
    s = jss.expit(x)
    return jss.logsumexp(x * s, axis=0) + jnp.sum(s ** 2)


# -- networks ------------------------------------------------------------------------------------
def test_gelu_network_gradient_matches_jax(jx):
    jax, jnp, jss = jx
    r = rng(0)
    W1, b1 = r.standard_normal((4, 8)), r.standard_normal(8)
    W2, b2 = r.standard_normal((8, 3)), r.standard_normal(3)
    X, Y = r.standard_normal((16, 4)), r.standard_normal((16, 3))
    args = (W1, b1, W2, b2, X, Y)
    got = s2s.grad(gelu_mlp_loss, wrt=(0, 1, 2, 3))(*args)
    ref = jax.grad(lambda *p: jax_gelu_mlp_loss(jnp, jss, *p, X, Y), argnums=(0, 1, 2, 3))(*args[:4])
    assert_tree_close(tuple(got), tuple(np.asarray(g) for g in ref), RTOL, 1e-12)


def test_softplus_logsigmoid_network_gradient_matches_jax(jx):
    jax, jnp, _ = jx
    r = rng(1)
    W1, b1, w2 = r.standard_normal((5, 6)), r.standard_normal(6), r.standard_normal(6)
    X, y = r.standard_normal((20, 5)), (r.uniform(size=20) < 0.5).astype(float)
    got = s2s.grad(softplus_logistic_loss, wrt=(0, 1, 2))(W1, b1, w2, X, y)
    ref = jax.grad(lambda *p: jax_softplus_logistic_loss(jax, jnp, *p, X, y),
                   argnums=(0, 1, 2))(W1, b1, w2)
    assert_tree_close(tuple(got), tuple(np.asarray(g) for g in ref), RTOL, 1e-12)
    value = softplus_logistic_loss(W1, b1, w2, X, y)
    assert value == pytest.approx(float(jax_softplus_logistic_loss(jax, jnp, W1, b1, w2, X, y)),
                                  rel=1e-12)


def test_softmax_cross_entropy_gradient_and_hessian_match_jax(jx):
    jax, jnp, jss = jx
    r = rng(2)
    W, X = r.standard_normal((3, 4)), r.standard_normal((6, 3))
    Y = np.eye(4)[r.integers(0, 4, 6)]
    got = s2s.grad(softmax_xent)(W, X, Y)
    ref = jax.grad(lambda w: jax_softmax_xent(jax, jnp, jss, w, X, Y))(W)
    assert_tree_close(got, np.asarray(ref), RTOL, 1e-12)
    hess = s2s.hessian(softmax_xent)(W, X, Y)
    ref = jax.hessian(lambda w: jax_softmax_xent(jax, jnp, jss, w, X, Y))(W)
    assert_tree_close(hess, np.asarray(ref), RTOL, 1e-12, what="hessian")


# -- logsumexp -------------------------------------------------------------------------------------
@pytest.mark.parametrize("axis, keepdims", [(None, False), (0, False), (1, False), (1, True),
                                            (-1, True), ((0, 1), False)])
def test_logsumexp_axis_keepdims_matches_jax(jx, axis, keepdims):
    jax, jnp, jss = jx
    a = rng(3).uniform(-3, 3, (3, 4))
    out = lse_axis(a, axis, keepdims)
    w = rng(4).standard_normal(np.shape(out))

    def f(a):
        return np.sum(lse_axis(a, axis, keepdims) * w)

    got = s2s.grad(f)(a)
    ref = jax.grad(lambda a: jnp.sum(jss.logsumexp(a, axis=axis, keepdims=keepdims) * w))(a)
    assert_tree_close(got, np.asarray(ref), RTOL, 1e-12)
    _, pullback = s2s.vjp(lse_axis, a, axis, keepdims, wrt=0)
    assert_tree_close(pullback(w), np.asarray(ref), RTOL, 1e-12, what="vjp")


@pytest.mark.parametrize("bshape", [(3, 4), (4,), (3, 1), ()])
def test_logsumexp_with_b_matches_jax(jx, bshape):
    jax, jnp, jss = jx
    r = rng(5)
    a, b = r.uniform(-2, 2, (3, 4)), r.uniform(0.2, 2.0, bshape)
    b = float(b) if bshape == () else b
    w = r.standard_normal(3)

    def f(a, b):
        return np.sum(lse_b(a, b) * w)

    got = s2s.grad(f, wrt=(0, 1))(a, b)
    ref = jax.grad(lambda a, b: jnp.sum(jss.logsumexp(a, axis=1, b=b) * w), argnums=(0, 1))(a, b)
    assert_tree_close(tuple(got), tuple(np.asarray(g) if np.ndim(g) else float(g) for g in ref),
                      RTOL, 1e-12)
    ta, tb = r.standard_normal((3, 4)), r.standard_normal(bshape)
    tb = float(tb) if bshape == () else tb
    out, tangent = s2s.jvp(lse_b, (a, b), (ta, tb))
    ref_out, ref_t = jax.jvp(lambda a, b: jss.logsumexp(a, axis=1, b=b), (a, b), (ta, tb))
    assert_tree_close(out, np.asarray(ref_out), 1e-12, 1e-12, what="value")
    assert_tree_close(tangent, np.asarray(ref_t), RTOL, 1e-12, what="tangent")


def test_logsumexp_b_larger_than_a_is_refused():
    a, b = np.ones(4), np.ones((3, 4))
    with pytest.raises(s2s.errors.MissingRuleError, match="broadcasts to the shape of a"):
        s2s.grad(lambda_b_sum)(a, b)


def lambda_b_sum(a, b):
    return logsumexp(a, b=b)


# -- forward mode and Hessians --------------------------------------------------------------------
def test_jvp_and_hessian_of_logsumexp_expit_match_jax(jx):
    jax, jnp, jss = jx
    r = rng(6)
    x, t = r.uniform(-2, 2, (4, 3)), r.standard_normal((4, 3))
    out, tangent = s2s.jvp(lse_expit, (x,), (t,))
    ref_out, ref_t = jax.jvp(lambda x: jax_lse_expit(jnp, jss, x), (x,), (t,))
    assert_tree_close(out, np.asarray(ref_out), 1e-12, 1e-12, what="value")
    assert_tree_close(tangent, np.asarray(ref_t), RTOL, 1e-12, what="tangent")

    def scalar(x):
        return np.sum(lse_expit(x) * np.arange(1.0, 4.0))

    hess = s2s.hessian(scalar)(x)
    ref = jax.hessian(lambda x: jnp.sum(jax_lse_expit(jnp, jss, x) * jnp.arange(1.0, 4.0)))(x)
    assert_tree_close(hess, np.asarray(ref), RTOL, 1e-12, what="hessian")


def special_mix(x):
    return np.sum(scipy.special.gammaln(x) * scipy.special.digamma(x)
                  + scipy.special.ndtr(x) * scipy.special.log_ndtr(-x)
                  + scipy.special.xlogy(x, x + 1.0) + scipy.special.erfinv(x / 4.0))


def test_hessian_of_gamma_family_matches_jax(jx):
    jax, jnp, jss = jx
    x = rng(7).uniform(0.5, 3.0, 4)

    def ref_f(x):
        return jnp.sum(jss.gammaln(x) * jss.digamma(x) + jss.ndtr(x) * jss.log_ndtr(-x)
                       + jss.xlogy(x, x + 1.0) + jss.erfinv(x / 4.0))

    assert_tree_close(s2s.grad(special_mix)(x), np.asarray(jax.grad(ref_f)(x)), RTOL, 1e-12)
    assert_tree_close(s2s.hessian(special_mix)(x), np.asarray(jax.hessian(ref_f)(x)), RTOL, 1e-12,
                      what="hessian")


def math_mix(x):
    return math.lgamma(x) * math.erf(x) + math.gamma(x) + math.hypot(x, 2.0) \
        + math.atan2(x, 1.5) + math.degrees(x) / 90.0


def test_third_derivative_of_math_special_functions_matches_jax(jx):
    jax, jnp, jss = jx

    def ref_f(x):
        return jss.gammaln(x) * jss.erf(x) + jss.gamma(x) + jnp.hypot(x, 2.0) \
            + jnp.arctan2(x, 1.5) + jnp.degrees(x) / 90.0

    g3 = s2s.grad(s2s.grad(s2s.grad(math_mix)))
    for x in (0.7, 1.9, 3.2):
        assert g3(x) == pytest.approx(float(jax.grad(jax.grad(jax.grad(ref_f)))(x)), rel=RTOL)


def sinc_sum(x):
    return np.sum(np.sinc(x) * x)


def test_sinc_is_smooth_at_zero(jx):
    jax, jnp, _ = jx
    x = np.array([0.0, 0.25, -1.5])
    ref_f = lambda x: jnp.sum(jnp.sinc(x) * x)  # noqa: E731
    assert_tree_close(s2s.grad(sinc_sum)(x), np.asarray(jax.grad(ref_f)(x)), RTOL, 1e-12)
    assert_tree_close(s2s.hessian(sinc_sum)(x), np.asarray(jax.hessian(ref_f)(x)), RTOL, 1e-12,
                      what="hessian")


# -- generated source ------------------------------------------------------------------------------
def test_generated_code_spells_scipy_special():
    text = s2s.source(s2s.grad(softmax_xent))
    assert "scipy.special.logsumexp(logits, axis=1, keepdims=True)" in text
    assert "scipy.special.softmax(W, axis=0)" in text
    assert "logsumexp_weights(logits," in text  # the softmax weights of the adjoint
    text = s2s.source(s2s.grad(softplus_logistic_loss, wrt=2))
    assert "scipy.special.log_expit(" in text and "scipy.special.softplus(w2)" in text


# -- the helpers without scipy -----------------------------------------------------------------------
@pytest.mark.parametrize("n", [0, 1, 2, 3, 5])
def test_numpy_polygamma_matches_scipy(n):
    x = np.concatenate([np.linspace(0.05, 30.0, 200), np.linspace(-4.9, -0.1, 97), [1e4]])
    x = x[np.abs(x - np.round(x)) > 1e-3]
    ref = scipy.special.digamma(x) if n == 0 else scipy.special.polygamma(n, x)
    got = rs._polygamma(n, x)
    np.testing.assert_allclose(got, ref, rtol=1e-11, atol=1e-12)
    assert np.isnan(rs._polygamma(n, np.array([0.0, -2.0]))).all()


def test_helpers_keep_python_floats():
    assert type(rs.digamma(2.5)) is float and type(rs.polygamma(1, 2.5)) is float
    assert type(rs.sinc_derivative(0.0, 2)) is float
    assert rs.sinc_derivative(0.0, 2) == pytest.approx(-np.pi ** 2 / 3, rel=1e-15)
    assert rs.sinc_derivative(0.0, 1) == 0.0

"""Derivatives at the corners where a rule's textbook formula breaks, against jax.

1. The power rule at x = 0: ``y * x ** (y - 1)`` is ``0 * inf`` (nan, or ZeroDivisionError
   for a Python float) where y = 0, and ``log(x)`` in the exponent's derivative is -inf.
   Checked for literal exponents 0, 1, 2, 3, 0.5, an integer parameter, a loop counter and
   a traced float exponent, in reverse, forward and second order, on both backends,
   against ``jax`` in float64 (and -1 away from 0, where it is defined).
2. Forward mode through a broadcast whose larger operand is a module-level array, then a
   transpose: the tangent must be broadcast before the transpose (a Gaussian mixture's
   ``(X - m).T``).
"""
from __future__ import annotations

import numpy as np
import pytest

import s2s
from .catalogue import enable_jax_x64

jax = enable_jax_x64()
jnp = jax.numpy

BACKENDS = ("numpy", "jax")


# -- 1. the power rule at 0 ------------------------------------------------------------------
def pow0(x):
    return x ** 0


def pow1(x):
    return x ** 1


def pow2(x):
    return x ** 2


def pow3(x):
    return x ** 3


def pow_half(x):
    return x ** 0.5


def pow_int_param(x, k):
    return x ** k


def polynomial(x, c):
    total = 0.0
    for k in range(len(c)):
        total = total + c[k] * x ** k
    return total


def pow_traced(x, y):
    return x ** y


def np_power_traced(x, y):
    return np.power(x, y)


LITERAL = [pow0, pow1, pow2, pow3, pow_half]


def _jax_twin(fn):
    """``fn`` on jax.numpy (the functions above call only ``**`` and ``np.power``)."""
    if fn is np_power_traced:
        return lambda x, y: jnp.power(x, y)
    if fn is polynomial:
        def poly(x, c):
            total = 0.0
            for k in range(len(c)):
                total = total + c[k] * x ** k
            return total
        return poly
    return fn


def _close(actual, expected):
    np.testing.assert_allclose(np.asarray(actual, float), np.asarray(expected, float),
                               rtol=1e-12, atol=0)


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("fn", LITERAL, ids=lambda f: f.__name__)
def test_literal_exponent_at_zero(fn, backend):
    # where the slope is infinite (x ** 0.5), a Python float 0.0 raises ZeroDivisionError
    # as Python's own 0.0 ** -0.5 does; a numpy zero gives inf, as jax does
    zero = np.float64(0.0) if fn is pow_half else 0.0
    ref = jax.grad(fn)
    with np.errstate(divide="ignore"):
        _close(s2s.grad(fn, backend=backend)(zero), ref(0.0))
        _close(s2s.jvp(fn, (zero,), (1.0,), backend=backend)[1], ref(0.0))
    if fn is not pow_half:  # the second derivative of sqrt is -inf * ... at 0: undefined
        ref2 = jax.grad(jax.grad(fn))(0.0)
        _close(s2s.grad(s2s.grad(fn, backend=backend), backend=backend)(zero), ref2)
        _close(s2s.hvp(fn, backend=backend)(zero, 1.0), ref2)


@pytest.mark.parametrize("backend", BACKENDS)
def test_negative_exponent_where_defined(backend):
    def inverse(x):
        return x ** -1
    for x in (2.0, -0.5):
        _close(s2s.grad(inverse, backend=backend)(x), jax.grad(inverse)(x))
        _close(s2s.grad(s2s.grad(inverse, backend=backend), backend=backend)(x),
               jax.grad(jax.grad(inverse))(x))


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("k", [0, 1, 2, 3])
@pytest.mark.parametrize("x", [0.0, np.float64(0.0), np.zeros(3)], ids=["float", "f64", "array"])
def test_integer_exponent_parameter_at_zero(k, x, backend):
    def ref(x):
        return jnp.sum(jax.vmap(jax.grad(lambda t: t ** k))(jnp.ravel(jnp.asarray(x))))

    def f(x, k):
        return np.sum(pow_int_param(x, k))
    g = s2s.grad(f, backend=backend)(x, k)
    _close(np.sum(g), ref(x))
    _close(np.sum(s2s.jvp(f, (x, k), (np.ones_like(x), None), backend=backend)[1]), ref(x))
    hv = s2s.hvp(f, backend=backend)(x, k, np.ones_like(x))
    second = jnp.sum(jax.vmap(jax.grad(jax.grad(lambda t: t ** k)))(jnp.ravel(jnp.asarray(x))))
    _close(np.sum(hv), second)


@pytest.mark.parametrize("backend", BACKENDS)
def test_polynomial_loop_at_zero(backend):
    """The issue's own example: ``c[k] * x ** k`` over ``range(len(c))`` at x = 0."""
    c = np.array([1.5, 2.0, 3.0, -4.0])
    for x in (0.0, np.float64(0.0)):
        grad = s2s.grad(polynomial, backend=backend)(x, c)
        _close(grad, jax.grad(polynomial)(0.0, jnp.asarray(c)))
        _close(grad, c[1])
        second = s2s.grad(s2s.grad(polynomial, backend=backend), backend=backend)(x, c)
        _close(second, 2 * c[2])
        _close(s2s.jvp(polynomial, (x, c), (1.0, None), backend=backend)[1], c[1])


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("fn", [pow_traced, np_power_traced], ids=lambda f: f.__name__)
def test_traced_exponent_at_zero(fn, backend):
    """Both derivatives of x ** y at x = 0 with y an array: d/dx as jax's integer-exponent
    rule (0 where y = 0; jax's float rule gives 0 * inf = nan there, the constant 1 has
    slope 0), d/dy = 0 (0 ** y is 0 for y > 0)."""
    x = np.zeros(5)
    y = np.array([0.0, 1.0, 2.0, 3.0, 0.5])
    twin = _jax_twin(fn)

    def total(x, y):
        return np.sum(fn(x, y))

    def jtotal(x, y):
        return jnp.sum(twin(x, y))
    gx, gy = s2s.grad(total, wrt=(0, 1), backend=backend)(x, y)
    rx, ry = jax.grad(jtotal, argnums=(0, 1))(jnp.asarray(x), jnp.asarray(y))
    expected_x = np.where(y == 0, 0.0, rx)  # jax: nan at y = 0.0
    _close(gx, expected_x)
    _close(gx, [0.0, 1.0, 0.0, 0.0, np.inf])
    _close(gy, [0.0, 0.0, 0.0, 0.0, 0.0])
    _close(gy[1:], ry[1:])
    tangent = s2s.jvp(total, (x, y), (np.ones(5), np.ones(5)), backend=backend)[1]
    assert np.isinf(tangent)  # the sqrt's slope at 0
    y = y[:4]
    tangent = s2s.jvp(total, (x[:4], y), (np.ones(4), np.ones(4)), backend=backend)[1]
    _close(tangent, 1.0)
    # second order along x: d2/dx2 x ** y at 0 is 2 where y = 2, else 0
    hv = s2s.hvp(total, backend=backend)(x[:4], y, np.ones(4))
    _close(hv, [0.0, 0.0, 2.0, 0.0])


def test_power_guard_folds_away_for_a_literal_exponent():
    """A constant exponent needs no guard: the gradient of ``x ** 3`` reads ``3 * x ** 2``."""
    text = s2s.source(s2s.grad(pow3))
    assert "x ** 2" in text and "where" not in text


# -- 2. forward mode through a broadcast against a module array -----------------------------
X22 = np.zeros((2, 2))
W22 = np.array([[1.0, 2.0], [3.0, 4.0]])
X32 = np.zeros((3, 2))


def transposed_product(m):
    return np.sum((X22 - m).T * W22)


def transposed_square(m):
    return np.sum((X32 - m).T ** 2)


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("fn, big", [(transposed_product, (X22, W22)), (transposed_square, (X32,))],
                         ids=["product", "square"])
def test_forward_mode_broadcasts_before_a_transpose(fn, big, backend):
    if fn is transposed_product:
        def twin(m):
            return jnp.sum((jnp.asarray(X22) - m).T * jnp.asarray(W22))
    else:
        def twin(m):
            return jnp.sum((jnp.asarray(X32) - m).T ** 2)
    m = np.array([0.3, -1.2])
    v = np.array([1.0, 0.0])
    out, tangent = s2s.jvp(fn, (m,), (v,), backend=backend)
    ref_out, ref_tangent = jax.jvp(twin, (jnp.asarray(m),), (jnp.asarray(v),))
    _close(out, ref_out)
    _close(tangent, ref_tangent)
    hv = s2s.hvp(fn, backend=backend)(m, v)
    _close(hv, jax.jvp(jax.grad(twin), (jnp.asarray(m),), (jnp.asarray(v),))[1])


# -- 3. a cotangent that is minus a boolean array ---------------------------------------------
# numpy refuses -mask, so s2s must not write -1.0 * mask as -mask (autograd's logistic
# regression example: targets = rand(n) > predictions(...), a bool array)
TARGETS = np.array([True, False, True, True])


def bool_targets_loss(w, inputs, targets):
    preds = 0.5 * (np.tanh(inputs @ w) + 1.0)
    log_lik = np.sum(np.log(preds) * targets) + np.sum(np.log(1 - preds) * (1 - targets))
    return -log_lik


def bool_targets_global(w, inputs):
    return bool_targets_loss(w, inputs, TARGETS)


@pytest.mark.parametrize("backend", BACKENDS)
def test_minus_a_boolean_array(backend):
    rng = np.random.default_rng(3)
    w, inputs = rng.standard_normal(3), rng.standard_normal((4, 3))

    def twin(w):
        preds = 0.5 * (jnp.tanh(jnp.asarray(inputs) @ w) + 1.0)
        t = jnp.asarray(TARGETS, float)
        return -jnp.sum(jnp.log(preds) * t + jnp.log(1 - preds) * (1 - t))
    ref = jax.grad(twin)(jnp.asarray(w))
    _close(s2s.grad(bool_targets_loss, backend=backend)(w, inputs, TARGETS), ref)
    _close(s2s.grad(bool_targets_global, backend=backend)(w, inputs), ref)
    v = rng.standard_normal(3)
    _close(s2s.jvp(bool_targets_global, (w, inputs), (v, None), backend=backend)[1], ref @ v)
    _close(s2s.hvp(bool_targets_global, backend=backend)(w, inputs, v),
           jax.jvp(jax.grad(twin), (jnp.asarray(w),), (jnp.asarray(v),))[1])

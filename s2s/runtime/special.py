"""Helpers of the special-function rules (``s2s/rules/elementwise.py``, ``special.py``).

``digamma`` and ``polygamma`` are the derivatives of ``lgamma``/``gamma`` and of each
other; they call ``scipy.special`` when scipy is installed and otherwise compute the
functions in numpy (the recurrence up to x >= 14 + 2n, then the asymptotic series), so the
``math`` rules work without scipy. ``sinc_derivative`` is the n-th derivative of
``np.sinc``, exact at 0. ``logsumexp_weights`` is the gradient of ``logsumexp``: the softmax
weights, times ``b`` when given.
"""
from __future__ import annotations

import math

import numpy as np

from ..errors import MissingRuleError
from . import unreduce

__all__ = ["digamma", "polygamma", "sinc_derivative", "logsumexp_weights"]

_SCIPY = None


def _special():
    """scipy.special, or None without scipy (imported on first use)."""
    global _SCIPY
    if _SCIPY is None:
        try:
            import scipy.special as sp
        except ImportError:
            sp = False
        _SCIPY = sp
    return _SCIPY or None


def _like(value, x):
    """A Python float for a Python scalar x, else the array (or numpy scalar)."""
    return float(value) if isinstance(x, (int, float)) else value


def digamma(x):
    """psi(x) = d/dx log|Gamma(x)| (scipy.special.digamma)."""
    sp = _special()
    return _like(sp.digamma(x) if sp is not None else _polygamma(0, x), x)


def polygamma(n, x):
    """The n-th derivative of digamma (scipy.special.polygamma; n = 0 is digamma)."""
    n = int(n)
    if n < 0:
        raise ValueError("polygamma needs n >= 0")
    sp = _special()
    if sp is not None:
        value = sp.digamma(x) if n == 0 else sp.polygamma(n, x)
    else:
        value = _polygamma(n, x)
    return _like(value, x)


# Bernoulli numbers B_2, B_4, ..., B_20
_B2K = (1 / 6, -1 / 30, 1 / 42, -1 / 30, 5 / 66, -691 / 2730, 7 / 6, -3617 / 510,
        43867 / 798, -174611 / 330)


def _polygamma(n, x):
    """psi^(n)(x) for real x in numpy: digamma reflects x < 0.5 to 1 - x; then
    psi^(n)(x) = psi^(n)(x + 1) - (-1)^n n! / x^(n+1) carries x up to 14 + 2n, where the
    asymptotic series is accurate to double precision. Poles (x = 0, -1, ...) give nan."""
    x = np.array(x, dtype=np.float64)
    pole = (x <= 0) & (x == np.floor(x))
    x = np.where(pole, 1.0, x)
    out = np.zeros_like(x)
    if n == 0:
        reflect = x < 0.5
        out = np.where(reflect, -np.pi / np.tan(np.pi * np.where(reflect, x, 0.25)), 0.0)
        x = np.where(reflect, 1.0 - x, x)
    sign = -1.0 if n % 2 else 1.0  # (-1)^n
    fact = math.factorial(n)
    top = 14.0 + 2 * n
    while True:
        low = x < top
        if not low.any():
            break
        out = out - np.where(low, sign * fact / np.where(low, x, 1.0) ** (n + 1), 0.0)
        x = np.where(low, x + 1.0, x)
    inv = 1.0 / x
    if n == 0:
        series = np.log(x) - 0.5 * inv
        for k, b in enumerate(_B2K, start=1):
            series = series - b / (2 * k) * inv ** (2 * k)
    else:
        series = math.factorial(n - 1) * inv ** n + fact / 2 * inv ** (n + 1)
        for k, b in enumerate(_B2K, start=1):
            series = series + b * math.factorial(2 * k + n - 1) / math.factorial(2 * k) \
                * inv ** (2 * k + n)
        series = -sign * series  # (-1)^(n+1)
    out = np.where(pole, np.nan, out + series)
    return out if out.ndim else out[()]


def sinc_derivative(x, n=1):
    """The n-th derivative of ``np.sinc`` (sin(pi x) / (pi x)): the Taylor series for
    |x| < 1, else the recurrence x f^(n) = pi^(n-1) sin(pi x + n pi / 2) - n f^(n-1)."""
    n = int(n)
    xa = np.asarray(x, dtype=np.result_type(x, np.float64))
    small = np.abs(xa) < 1.0
    xs = np.where(small, xa, 0.0)
    # sinc(x) = sum_k (-1)^k (pi x)^(2k) / (2k + 1)!
    series = np.zeros_like(xs)
    for k in range((n + 1) // 2, (n + 1) // 2 + 24):
        coef = (-1) ** k * np.pi ** (2 * k) / math.factorial(2 * k + 1) \
            * math.factorial(2 * k) / math.factorial(2 * k - n)
        series = series + coef * xs ** (2 * k - n)
    xl = np.where(small, 1.0, xa)
    f = np.sinc(xl)
    for m in range(1, n + 1):
        f = (np.pi ** (m - 1) * np.sin(np.pi * xl + m * np.pi / 2) - m * f) / xl
    return _like(np.where(small, series, f), x)


def logsumexp_weights(x, lse, b=None, axis=None, keepdims=False):
    """d logsumexp(x, axis, b) / dx: ``b * exp(x - lse)`` with ``lse`` (the logsumexp)
    broadcast back over the reduced axes: the softmax weights when b is None."""
    w = np.exp(x - unreduce(lse, x, axis=axis, keepdims=keepdims))
    if b is None:
        return w
    if np.broadcast_shapes(np.shape(x), np.shape(b)) != np.shape(x):
        raise MissingRuleError("s2s differentiates scipy.special.logsumexp(a, b=b) only where "
                               "b broadcasts to the shape of a",
                               hint="broadcast a to the shape of b first (np.broadcast_to)")
    return w * b

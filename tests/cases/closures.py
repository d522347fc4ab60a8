"""Module-level globals and constants used inside functions."""
import math

import numpy as np

SCALE = 2.5
N_STEPS = 3
COEFFS = (1.0, -0.5, 0.25, 0.125)
CONFIG = {"alpha": 0.1, "power": 3}
USE_BIAS = True
W_FIXED = np.random.default_rng(0).standard_normal((3, 4))
BIAS = np.linspace(-1.0, 1.0, 4)
ACT = np.tanh


# case: args=(randn(3),)
def global_scalar(x):
    return SCALE * np.sum(x ** 2)


# case: args=(randn(2, 3),)
def global_array(x):
    h = x @ W_FIXED
    if USE_BIAS:
        h = h + BIAS
    return np.sum(np.tanh(h))


# case: args=(randn(3),)
def global_tuple_polynomial(x):
    acc = 0.0
    for k, c in enumerate(COEFFS):
        acc = acc + c * x ** k
    return np.sum(acc)


# case: args=(randn(3),)
def global_int_range(x):
    y = x
    for _ in range(N_STEPS):
        y = np.sin(y) * SCALE
    return np.sum(y)


# case: args=(randn(4),)
def global_dict(x):
    return CONFIG["alpha"] * np.sum(x ** CONFIG["power"])


# case: args=(randn(4),)
def module_constants(x):
    return np.sum(np.sin(math.pi * x) + np.pi * x + np.e * x ** 2)


# case: args=(randn(4),)
def global_function_alias(x):
    return np.sum(ACT(x) * ACT(2.0 * x))


# case: args=(randn(3, 4),)
def global_transposed_array(x):
    return np.sum(W_FIXED.T @ x) + np.sum(x * W_FIXED)

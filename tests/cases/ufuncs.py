"""Elementwise numpy functions and their derivative rules."""
import numpy as np


# case: args=(randn(2, 3), rand(2, 3)), wrt=(0, 1)
def exp_log(x, y):
    return np.sum(np.exp(x) * np.log(y))


# case: args=(randn(4), rand(4)), wrt=(0, 1)
def log1p_expm1(x, y):
    return np.sum(np.log1p(y) * np.expm1(x))


# case: args=(randn(4), rand(4)), wrt=(0, 1)
def sqrt_square(x, y):
    return np.sum(np.sqrt(y) + np.square(x) * np.sqrt(y + x * x))


# case: args=(randn(5),)
def trig(x):
    return np.sum(np.sin(x) * np.cos(x) + np.tan(0.3 * x))


# case: args=(randn(5), randn(5)), wrt=(0, 1)
def hyperbolic(x, y):
    return np.sum(np.tanh(x) + np.sinh(x) * np.cosh(y))


# case: args=(randn(5), randn(5)), wrt=(0, 1)
def arctan_product(x, y):
    return np.sum(np.arctan(x * y))


# case: args=(randn(6), randn(6)), wrt=(0, 1)
def abs_and_sign(x, y):
    return np.sum(np.abs(x) * y + np.sign(x) * y * y)


# case: args=(randn(6), randn(6)), wrt=(0, 1)
def maximum_minimum(x, y):
    return np.sum(np.maximum(x, y) * x - np.minimum(x, 0.5 * y))


# case: args=(randn(3, 4), randn(3, 4)), wrt=(0, 1)
def relu(x, y):
    return np.sum(np.maximum(x, 0.0) * y)


# case: args=(randn(8),)
def clip(x):
    return np.sum(np.clip(x, -0.5, 0.5) ** 2 + np.clip(x, -1.0, 1.0) * x)


# case: args=(randn(6), randn(6)), wrt=(0, 1)
def where(x, y):
    return np.sum(np.where(x > 0, x * y, np.sin(y)))


# case: args=(randn(6), rand(6)), wrt=(0, 1)
def where_broadcast_scalar(x, y):
    return np.sum(np.where(x > 0.2, y, 0.0) + np.where(x < 0, 1.0, x ** 2))


# case: args=(randn(4), rand(4)), wrt=(0, 1)
def power_function(x, y):
    return np.sum(np.power(y, 1.5) + np.power(2.0, x) + np.power(y, x))


# case: args=(randn(3, 3),)
def softplus_sigmoid(x):
    return np.sum(np.log(1.0 + np.exp(x)) + 1.0 / (1.0 + np.exp(-x)))


# case: args=(randn(4), rand(4)), wrt=(0, 1)
def ufunc_spellings(x, y):
    return np.sum(np.add(np.multiply(x, y), np.divide(x, np.subtract(y, -3.0))) + np.negative(x))


# case: args=(2.0 * randn(6),)
def nondiff_floor_compare(x):
    return np.sum(np.floor(x) * x + (x > 0) * x + np.round(x) + np.ceil(x))


# case: args=(2.0 * randn(6),)
def only_nondiff_path(x):
    return np.sum(np.floor(3.0 * x)) + np.sum(np.sign(x)) * 2.0 + 1.0

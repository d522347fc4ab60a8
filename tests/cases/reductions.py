"""Reductions: sum, mean, max, min, prod with axis and keepdims."""
import numpy as np


# case: args=(randn(3, 4),)
def sum_axis0(x):
    return np.sum(np.sum(x, axis=0) ** 2)


# case: args=(randn(3, 4),)
def sum_axis1_keepdims(x):
    return np.sum(x / (1.0 + np.sum(x * x, axis=1, keepdims=True)))


# case: args=(randn(2, 3, 4),)
def sum_axis_tuple(x):
    return np.sum(np.sum(x, axis=(0, 2)) ** 2)


# case: args=(randn(2, 3, 4),)
def sum_negative_axis(x):
    return np.sum(np.sum(x, axis=-1) ** 3)


# case: args=(randn(3, 4),)
def mean_all_and_axis(x):
    return np.mean(x) + np.sum(np.mean(x, axis=0) ** 2)


# case: args=(randn(3, 5),)
def mean_keepdims_center(x):
    xc = x - np.mean(x, axis=1, keepdims=True)
    return np.mean(xc ** 2)


# case: args=(randn(7),)
def max_all(x):
    return np.max(x) * 2.0 + np.min(x)


# case: args=(randn(3, 4),)
def max_axis(x):
    return np.sum(np.max(x, axis=1) ** 2) - np.sum(np.min(x, axis=0))


# case: args=(randn(3, 4),)
def max_keepdims_logsumexp(x):
    m = np.max(x, axis=1, keepdims=True)
    return np.sum(m + np.log(np.sum(np.exp(x - m), axis=1, keepdims=True)))


# case: args=(randn(3, 4),)
def min_keepdims(x):
    return np.sum((x - np.min(x, axis=0, keepdims=True)) ** 2)


# case: args=(rand(5),)
def prod_all(x):
    return np.prod(x)


# case: args=(rand(3, 4),)
def prod_axis(x):
    return np.sum(np.prod(x, axis=0)) + np.sum(np.prod(x, axis=1, keepdims=True) * x)


# case: args=(randn(3, 4), np.eye(4)[[0, 2, 3]]), wrt=0
def softmax_cross_entropy(x, t):
    z = x - np.max(x, axis=1, keepdims=True)
    p = np.exp(z) / np.sum(np.exp(z), axis=1, keepdims=True)
    return -np.sum(t * np.log(p))


# case: args=(randn(5),)
def builtin_sum(x):
    return sum(x * x)


# case: args=(randn(6),)
def argmax_as_index(x):
    i = np.argmax(x)
    j = np.argmin(x)
    return x[i] * 2.0 + x[j] + np.sum(x)


# case: args=(np.array([[1.5, 0.0, 2.0], [0.5, 1.0, 3.0]]),)
def prod_with_zero(x):
    return np.sum(np.prod(x, axis=1)) + np.prod(x[:, 1])


# case: args=(randn(2, 3, 4),)
def mean_axis_tuple(x):
    return np.sum(np.mean(x, axis=(0, 2)) ** 2) + np.mean(x ** 2, axis=(1, 2), keepdims=True).sum()


# case: args=(randn(3),), ref="fd"
# case: args=(-rand(3),), ref="fd"
def sum_scales_array(x):
    s = np.sum(x)
    if s > 0:
        return np.sum(x ** 2 * s)
    return np.sum(np.exp(x) * s)


# case: args=(randn(4), randn(4)), wrt=(0, 1)
def max_without_keepdims_broadcast(x, w):
    return np.sum(np.exp(x - np.max(x)) * w)


# case: args=(randn(3, 4), rand(3, 4) + 0.5), wrt=(0, 1)
def layer_norm_like(x, w):
    m = np.mean(x * w, axis=1, keepdims=True)
    return np.sum((x - m) ** 2 * w)


# case: args=(randn(3, 4), randn(4)), wrt=(0, 1)
def column_sum_then_broadcast(x, y):
    a = np.sum(x, axis=0)
    return np.sum(np.sin(a * y)) + np.sum(x) * np.sum(y)


# case: args=(randn(3, 1), randn(1, 4)), wrt=(0, 1)
def outer_broadcast_reduced(x, y):
    z = x * y
    return np.sum(np.log1p(np.sum(z, axis=0) ** 2)) + np.sum(np.mean(z, axis=-1))

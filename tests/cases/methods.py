"""Array attributes and methods: x.sum(axis=0), x.mean(), x.reshape, x.dot, x.T, x.shape."""
import numpy as np


# case: args=(randn(3, 4),)
def method_sum_axis(x):
    return np.sum(x.sum(axis=0) ** 2) + x.sum()


# case: args=(randn(3, 4),)
def method_mean(x):
    return x.mean() + np.sum(x.mean(axis=1, keepdims=True) * x)


# case: args=(randn(3, 4), randn(2, 6)), wrt=(0, 1)
def method_reshape(x, y):
    return np.sum(x.reshape(2, 6) * y) + np.sum(x.reshape((6, 2)) * y.T) + np.sum(x.reshape(-1) ** 2)


# case: args=(randn(3, 4), randn(4)), wrt=(0, 1)
def method_dot(A, v):
    return np.sum(A.dot(v) ** 2) + v.dot(v)


# case: args=(randn(3, 4), randn(3, 4)), wrt=(0, 1)
def attribute_T(x, y):
    return np.sum(x.T @ y) + np.sum(x.T.dot(y) ** 2)


# case: args=(randn(3, 4),)
def shape_for_sizes(x):
    n, m = x.shape
    return x.sum() / (n * m) + np.sum(x[n - 1]) * x.shape[1] + x.size * 0.5 + x.ndim


# case: args=(randn(3, 4),)
def method_max_min(x):
    return np.sum(x.max(axis=1)) + x.min() * x.max()


# case: args=(rand(2, 3),)
def method_prod(x):
    return x.prod() + np.sum(x.prod(axis=0))


# case: args=(randn(2, 3),)
def method_ravel_flatten_transpose(x):
    return np.sum(x.ravel() * x.flatten() * x.transpose().ravel())


# case: args=(randn(3, 1),)
def method_squeeze(x):
    return np.sum(x.squeeze() ** 2) + np.sum(x.squeeze(axis=1))


# case: args=(randn(6),)
def method_clip_copy(x):
    y = x.copy()
    return np.sum(y.clip(-0.5, 0.5) * x)


# case: args=(randn(5),)
def method_argmax_len(x):
    return x[x.argmax()] * len(x) + x[x.argmin()]


# case: args=(randn(3, 4), randn(4, 2)), wrt=(0, 1)
def method_chain(x, w):
    return x.dot(w).T.sum(axis=1).mean()


# case: args=(randn(3, 4),)
def method_positional_axis(x):
    return np.sum(x.sum(0) ** 2) + np.sum(np.sum(x, 1) ** 2) + np.sum(np.max(x, 0))


# case: args=(randn(3, 4), randn(3, 4)), wrt=(0, 1)
def method_on_expression(x, y):
    return np.exp(x * 0.1).sum() + (x * y).T.sum(axis=0).mean() + (x + y).max()


# case: args=(randn(4),)
def builtin_abs_on_array(x):
    return np.sum(abs(x) * x) + np.sum(-x ** 2)


# case: args=(randn(4), 3)
def integer_exponent_param(x, n):
    return np.sum(x ** n + np.power(x, n - 1))

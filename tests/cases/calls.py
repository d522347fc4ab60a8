"""Calls to other user functions, in this module and in helpers.py."""
import numpy as np

from . import helpers
from .helpers import mlp_layer, sq_norm


def _square(x):
    return x * x


def _split(x):
    return x[0], x[1:]


def _inner(x):
    return np.sin(x) * 2.0


def _middle(x, y):
    return _inner(x * y) + y


def _scaled(x, scale=1.0, shift=0.0):
    return scale * x + shift


def _branchy(x):
    if np.sum(x) > 0:
        return x * 2.0
    return -x


def _power(x, n):
    y = x
    for _ in range(n - 1):
        y = y * x
    return y


# case: args=(randn(4),)
def call_local(x):
    return np.sum(_square(x) + _square(np.sin(x)))


# case: args=(randn(4),)
def call_multiple_returns(x):
    a, rest = _split(x)
    return a * np.sum(rest ** 2)


# case: args=(randn(3), randn(3)), wrt=(0, 1)
def call_chain(x, y):
    return np.sum(_middle(x, y) ** 2)


# case: args=(randn(3),)
def call_with_kwargs(x):
    return np.sum(_scaled(x, scale=3.0) * _scaled(x, shift=1.0) + _scaled(x, 0.5, 2.0))


# case: args=(randn(3),)
def call_with_int_arg(x):
    return np.sum(_power(x, 3) + _power(x, 2))


# case: args=(randn(4),)
def call_in_loop(x):
    y = x
    for _ in range(3):
        y = _inner(y)
    return np.sum(y)


# case: args=(randn(3) + 2.0,), ref="fd"
# case: args=(randn(3) - 2.0,), ref="fd"
def call_with_control_flow(x):
    return np.sum(_branchy(x) * x)


# case: args=(randn(4),)
def call_other_module_attr(x):
    return np.sum(helpers.softplus(x) * helpers.scaled_tanh(x))


# case: args=(randn(2, 3), randn(3, 4), randn(4)), wrt=(0, 1, 2)
def call_other_module_imported(x, W, b):
    return sq_norm(mlp_layer(x, W, b))


# case: args=(randn(5),)
def call_other_module_tuple_result(x):
    m, v = helpers.moments(x)
    return m * m + v


# case: args=(randn(3) * 3.0,), ref="fd"
def call_other_module_while(x):
    return np.sum(helpers.halve_until_small(x) ** 3)


# case: args=(randn(3), randn(3)), wrt=(0, 1)
def call_same_function_twice(x, y):
    return sq_norm(x) * sq_norm(x + y) + helpers.sq_norm(y)


def _kwonly(x, *, scale=2.0):
    return x * scale


def _inplace_local(x):
    y = np.zeros(x.shape[0])
    for i in range(x.shape[0]):
        y[i] = x[i] * (i + 1)
    return y


def _loss_with_global_weights(x, w):
    return np.sum((x - w) ** 2)


# case: args=(randn(3),)
def call_keyword_only(x):
    return np.sum(_kwonly(x) + _kwonly(x, scale=0.5) ** 2)


# case: args=(randn(4),), ref="fd"
def call_callee_inplace(x):
    return np.sum(_inplace_local(x) ** 2)


# case: args=(randn(3), randn(3)), wrt=(0, 1)
def call_nested_in_expression(x, y):
    return np.sum(_middle(_inner(x), _square(y)) * _inner(y))


# case: args=(randn(4),)
def call_result_indexed(x):
    r = _split(x)
    return r[0] * np.sum(r[1])


# case: args=(randn(3),)
def call_other_module_with_global_arg(x):
    return _loss_with_global_weights(x, np.ones(3)) + helpers.sq_norm(helpers.softplus(x))

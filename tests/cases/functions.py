"""Functions as values: lambdas, nested functions reading the enclosing function's
variables, functions passed to helpers, functools.partial, functools.reduce and map."""
import functools

import numpy as np


def apply_twice(f, x):
    return f(f(x))


def integrate(f, a, b, n=8):
    """The trapezoid rule, with the integrand passed in."""
    h = (b - a) / n
    total = 0.5 * (f(a) + f(b))
    for k in range(1, n):
        total = total + f(a + k * h)
    return h * total


def gaussian(x, mu, sigma):
    return np.exp(-0.5 * ((x - mu) / sigma) ** 2)


# case: args=(randn(4),)
def lambda_activation(x):
    act = lambda z: z / (1.0 + np.exp(-z))  # noqa: E731
    return np.sum(act(x) * act(2.0 * x))


# case: args=(randn(3), 0.7), wrt=(0, 1)
def closure_reads_enclosing(x, rate):
    def decay(v):
        return v * np.exp(-rate * v ** 2)
    return np.sum(decay(x) + decay(x + 1.0))


# case: args=(randn(3), 0.5), wrt=(0, 1)
def helper_calls_closure(x, a):
    def step(t):
        return np.tanh(a * t) + t
    return np.sum(apply_twice(step, x))


# case: args=(randn(3),)
def helper_calls_lambda(x):
    return np.sum(apply_twice(lambda t: np.sin(t) * t, x))


# case: args=(rand(), rand() + 1.0), wrt=(0, 1)
def quadrature_of_closure(lo, hi):
    scale = 2.0
    return integrate(lambda t: scale * np.exp(-t * t), lo, hi)


# case: args=(randn(5), 0.3, 1.2), wrt=(0, 1, 2)
def partial_density(x, mu, sigma):
    density = functools.partial(gaussian, mu=mu, sigma=sigma)
    return np.sum(np.log(density(x) + 1.0))


# case: args=(randn(4),)
def partial_of_numpy(x):
    triple = functools.partial(np.multiply, 3.0)
    return np.sum(np.sin(triple(x)))


# case: args=(randpos(4),)
def reduce_product(x):
    return functools.reduce(lambda a, b: a * b, x)


# case: args=([randn(3, 3) * 0.5, randn(3, 3) * 0.5, randn(3, 3) * 0.5], randn(3))
def reduce_compose_layers(weights, x):
    h = functools.reduce(lambda h, W: np.tanh(W @ h), weights, x)
    return np.sum(h ** 2)


# case: args=(randn(4),)
def map_squares(x):
    return sum(map(lambda t: t * t, x))


# case: args=(randn(3), randn(3)), wrt=(0, 1)
def map_two_sequences(x, y):
    return np.sum(np.array(list(map(lambda a, b: a * np.cos(b), x, y))))


# case: args=(randn(3),)
def closure_sees_rebinding(x):
    k = 1.0
    f = lambda v: k * v  # noqa: E731
    k = 3.0
    return np.sum(f(x) ** 2)


# case: args=(randn(3), randn(3)), wrt=(0, 1)
def loss_with_args(x, y):
    def total(*terms):
        return sum(np.sum(t ** 2) for t in terms)
    return total(x, y, x * y)

"""Arithmetic operators, broadcasting, scalars, tuple unpacking, augmented assignment."""
import numpy as np


# case: args=(randn(3, 4), randn(3, 4)), wrt=(0, 1)
def add_sub_mul_div(x, y):
    return np.sum(x * y - x / (y * y + 1.0) + 2.0 * x - y)


# case: args=(randn(3, 4), randn(4)), wrt=(0, 1)
def broadcast_row(x, b):
    return np.sum((x + b) * (x - b))


# case: args=(randn(3, 4), randn(3, 1)), wrt=(0, 1)
def broadcast_col(x, c):
    return np.sum(x * c / (c * c + 1.0))


# case: args=(randn(2, 3, 4), randn(3, 1), randn(4)), wrt=(0, 1, 2)
def broadcast_3d(x, c, r):
    return np.sum(np.sin(x * c + r) * r)


# case: args=(randn(), randn(5)), wrt=(0, 1)
def broadcast_python_scalar(s, x):
    return np.sum(s * x + s ** 2 / (1.0 + x ** 2))


# case: args=(randn(1, 4), randn(3, 1)), wrt=(0, 1)
def broadcast_both(a, b):
    return np.sum((a - b) ** 2 * a)


# case: args=(rand(), rand()), wrt=(0, 1)
def scalars_only(a, b):
    return a * b + a / b - b ** 3 + (-a) + 3.0 - a * a * b


# case: args=(rand(5),)
def powers(x):
    return np.sum(x ** 3 + x ** 0.5 + 2.0 ** x + x ** -1.5)


# case: args=(rand(4), randn(4)), wrt=(0, 1)
def power_array_exponent(x, p):
    return np.sum(x ** p)


# case: args=(randn(4), randn(4)), wrt=(0, 1)
def unary_neg_pos(x, y):
    return np.sum(-x * +y - (-(x * x)))


# case: args=(randn(3), randn(3)), wrt=(0, 1)
def tuple_unpacking(x, y):
    a, b = x * 2.0, y + 1.0
    b, a = a, b
    (c, d), e = (a * b, a - b), x
    return np.sum(a * b + c * d * e)


# case: args=(randn(4), randn(4)), wrt=(0, 1)
def augmented_assignment(x, y):
    s = 0.0
    s += np.sum(x)
    s *= 2.0
    s -= np.sum(y * y)
    s /= 3.0
    z = x * 1.0
    z **= 2
    z += y
    z *= x
    s += np.sum(z)
    return s


# case: args=(randn(3),)
def fan_out_reuse(x):
    y = x * x
    z = y * y + y
    return np.sum(z * y + x)


# case: args=(randn(3), randn(3)), wrt=(0, 1)
def unused_input(x, y):
    return np.sum(x * x)


# case: args=(randn(4),)
def int_default_param(x, k=3):
    return np.sum(x * k) + k


# case: args=(randn(4),), kwargs=dict(scale=0.5, square=True)
# case: args=(randn(4),), kwargs=dict(square=False)
def keyword_flags(x, scale=2.0, square=True):
    if square:
        return scale * np.sum(x * x)
    return scale * np.sum(np.sin(x))


# case: args=(randn(3, 2), randn(2)), wrt=("w", "x")
def wrt_by_name(w, x):
    return np.sum(np.tanh(w @ x) ** 2)


# case: args=(randn(5) * 3.0, rand(5)), wrt=(0, 1)
def mod_operator(x, y):
    return np.sum((x % 1.5) * y + x % y)


# case: args=(3.0 * randn(5),)
def floordiv_nondiff(x):
    return np.sum(x * (x // 0.5)) + np.sum(x // 0.25)


# case: args=(np.array([0.0, 1.0, -2.0]), randn(3)), wrt=-1
# case: args=(np.array([0.0, 1.0, -2.0]), randn(3)), wrt=0
def powers_at_zero_and_negative(x, y):
    return np.sum(x ** 2 * y + x ** 3 + np.power(x, 4) * y)

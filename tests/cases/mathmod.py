"""The math module's scalar functions on Python floats."""
import math

import numpy as np


# case: args=(randn(), randn()), wrt=(0, 1)
def math_sin_cos_exp(a, b):
    return math.sin(a) * math.cos(b) + math.exp(a * b)


# case: args=(rand(), rand()), wrt=(0, 1)
def math_log_sqrt_tanh(a, b):
    return math.log(a) + math.sqrt(b) * math.tanh(a)


# case: args=(randn(), randn()), wrt=(0, 1)
def math_atan_hyperbolic_tan(a, b):
    return math.atan(a) + math.sinh(b) - math.cosh(a) + math.tan(0.3 * a)


# case: args=(rand(), randn()), wrt=(0, 1)
def math_log1p_expm1(a, b):
    return math.log1p(a) * math.expm1(b)


# case: args=(rand(), randn()), wrt=(0, 1)
def math_pow(a, b):
    return math.pow(a, b) + a ** b


# case: args=(rand(), randn()), wrt=(0, 1)
def math_fabs_abs(a, b):
    return math.fabs(a - 2.0) * b + abs(b) * a


# case: args=(randn(), randn() + 0.5), wrt=(0, 1), ref="fd"
def builtin_max_min(a, b):
    return max(a, b) * 2.0 + min(a, b) ** 2


# case: args=(rand(), rand()), wrt=(0, 1)
def math_floor_nondiff(a, b):
    return a * math.floor(b * 3.0) + math.floor(a)


# case: args=(rand(), randn()), wrt=(0, 1)
def math_in_loop(a, b):
    for _ in range(3):
        a = math.sin(a) + b
    return a


# case: args=(randn(), randn(4)), wrt=(0, 1)
def math_times_array(s, x):
    return np.sum(x * math.exp(s)) + math.cos(s)


# case: args=(rand(),)
def math_constants(a):
    return math.sin(math.pi * a) + math.e * a


# case: args=(randn(4),)
def math_on_numpy_scalars(x):
    return math.sqrt(np.sum(x * x)) + math.exp(np.mean(x))


# case: args=(rand(), rand()), wrt=(0, 1), ref="fd"
def math_log_with_base(a, b):
    return math.log(a, 2.0) * b + math.log(b, 10)


# case: args=(rand(),), ref="fd"
def int_conversion_nondiff(a):
    return a * int(a * 10.0) + float(a) ** 2

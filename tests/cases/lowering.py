"""Branches and loops the jax backend lowers to cond, scan and while_loop: programs it once
crashed on, most found by the differential test (tests/test_differential.py)."""
import numpy as np


# case: args=(1.1,), ref="fd"
# case: args=(25.0,), ref="fd"
def loop_in_branch(a):
    # a_2, bound only in the loop inside the branch, was passed to the cond (NameError)
    if a < 20:
        for i in range(3):
            a = a * a
    return a


def _halve_three_times(v):
    for i in range(3):
        v = v * 0.5
    return v


# case: args=(2.0,), ref="fd"
# case: args=(200.0,), ref="fd"
def helper_loop_in_branch(a):
    if a > 100.0:
        a = _halve_three_times(a)
    return a * a


# case: args=([randn(3), randn(3)], randn(3)), wrt=(0, 1)
def loop_over_empty_slice(params, x):
    # params[1:-1] is empty: the pullback's scan read None for what no step recorded
    for w in params[1:-1]:
        x = np.tanh(w * x)
    return np.sum(x * params[0])


# case: args=(randn(2, 3, 2),), ref="fd"
def prod_of_shape(x):
    n = np.prod(x.shape[1:])
    return np.sum(np.reshape(x, (x.shape[0], n)) ** 2)


# case: args=(randn(3, 3),)
def meshgrid_of_constants(x):
    a, b = np.meshgrid(np.linspace(0.0, 1.0, 3), np.arange(3.0))
    return np.sum(x * a * b)


# case: args=(randn(3), 0.8), wrt=(0, 1), ref="fd"
# case: args=(randn(3) + 2.0, 0.8), wrt=(0, 1), ref="fd"
def branch_value_read_back(x, s):
    # a value the branch records (its tanh) is read back by the pullback's branch: it was
    # left on the tape from inside the branch's trace (UnexpectedTracerError under jit)
    for i in range(3):
        if np.sum(x) < 0.5:
            s = np.tanh(s)
        x = x * s
    return np.sum(x)


# case: args=(randn(3), 0.7), wrt=(0, 1), ref="fd"
def break_in_while_in_for_with_break(x, s):
    # the while loop's flag, set before it, hid its body from normalization (internal error)
    for i in range(2):
        n = 0
        while n < 2:
            s = np.dot(x, x) * s
            if np.sum(x) < -5.0:
                break
            n += 1
        if s > 10.0:
            break
    return s


# case: args=(randn(3), 0.5), wrt=(0, 1), ref="fd"
# case: args=(randn(3), -0.5), wrt=(0, 1), ref="fd"
def counted_while_in_loop_with_break(x, s):
    # a while loop of a fixed count, which Python runs, inside a loop jax traces
    for i in range(4):
        n = 0
        while n < 1:
            x = x / (1.0 + x * x)
            n += 1
        if s > 0.0:
            break
    return np.sum(x * x) * s


# case: args=(randn(3) - 1.0, 0.9), wrt=(0, 1), ref="fd"
# case: args=(randn(3) + 1.0, 0.9), wrt=(0, 1), ref="fd"
def list_loop_in_branch(x, s):
    # a loop over a Python list in a branch records a list per step, not arrays
    if np.sum(x) < 0.3:
        for v in [x, x * s]:
            x = np.sin(v) * s
    return np.sum(x * x)


# case: args=(randn(3), 1.4), wrt=(0, 1), ref="fd"
# case: args=(randn(3), 0.6), wrt=(0, 1), ref="fd"
def while_loop_in_branch(x, s):
    # the while loop's steps, recorded in the branch, are one of the cond's outputs
    if s > 1.0:
        n = 0
        while n < 3:
            x = np.tanh(x * s) + x[::-1]
            n += 1
    return np.sum(x * x) * s


# case: args=(randn(3) - 1.0, 0.8), wrt=(0, 1), ref="fd"
def empty_loop_with_break_in_branch(x, s):
    # a loop over an empty list that may break records no step: the pullback, run for a
    # traced count of steps, indexed zero rows
    if np.sum(x) < 0.3:
        for v in [x, x, x][2:-1]:
            s = np.max(v)
            if np.sum(v) < 0.4:
                break
    return np.sum(x * x) * s


# case: args=(randn(4), 0.8), wrt=(0, 1)
def max_in_loop(x, s):
    # the cotangent of s is broadcast larger by a step (summed later): broadcasting the
    # scalar it starts as to that shape multiplied the gradient by the length of x
    for i in range(4):
        a = np.sin(x) * s
        s = np.max(a)
    return s


# case: args=(1.01, 3), ref="fd"
def loop_whose_forward_sweep_is_dead(a, n):
    # grad does not need the second loop's values, only its backward sweep: its range was
    # inlined into reversed(...) and the scan read '<inlined>' (a generated SyntaxError)
    for i in range(n):
        a = a * a
    a = 2.0 * a
    for i in range(n + 1):
        a = a * 3.0
    return a

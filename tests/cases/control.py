"""Control flow: if/elif/else, conditional expressions, early return, for, while,
break/continue, nested loops."""
import numpy as np


# case: args=(randn(4) + 1.0,), ref="fd"
# case: args=(randn(4) - 1.0,), ref="fd"
def if_else_on_data(x):
    if np.sum(x) > 0:
        y = x * 2.0
    else:
        y = np.sin(x)
    return np.sum(y * y)


# case: args=(-2.0, 1.5), wrt=(0, 1), ref="fd"
# case: args=(0.3, 1.5), wrt=(0, 1), ref="fd"
# case: args=(2.5, 1.5), wrt=(0, 1), ref="fd"
def if_elif_else_scalar(a, b):
    if a < -1.0:
        r = a * b
    elif a < 1.0:
        r = a * a * b
    else:
        r = b / a
    return r + a


# case: args=(randn(3), 1.7), wrt=(0, 1), ref="fd"
# case: args=(randn(3), -0.4), wrt=(0, 1), ref="fd"
def conditional_expression(x, s):
    y = x * s if s > 0 else x * s * s
    return np.sum(y ** 2)


# case: args=(randn(3),), kwargs=dict(mode=1)
# case: args=(randn(3),), kwargs=dict(mode=2)
# case: args=(randn(3),), kwargs=dict(mode=3)
def branch_on_int_flag(x, mode=1):
    if mode == 1:
        return np.sum(x ** 2)
    elif mode == 2:
        y = np.exp(x)
    else:
        y = np.tanh(x) if mode > 2 else x
    return np.sum(y * x)


# case: args=(rand(3) * 2.0,), ref="fd"
# case: args=(np.array([0.6, 0.7, 3.0]),), ref="fd"
def early_return_in_loop(x):
    acc = 1.0
    for i in range(3):
        if x[i] > 2.0:
            return acc * x[i]
        acc = acc * x[i] + 1.0
    return acc


# case: args=(rand(4), 0.5), wrt=0, ref="fd"
# case: args=(rand(4), 10.0), wrt=0, ref="fd"
def early_return_nested(x, limit):
    s = np.sum(x)
    if s > 1.0:
        if s > limit:
            return s * 2.0
        t = np.sum(x * x)
        if t > limit:
            return t
        return s * t
    return -s


# case: args=(randn(4),)
def for_range(x):
    acc = 0.0
    for i in range(x.shape[0]):
        acc = acc + x[i] * (i + 1.0)
    return acc


# case: args=(randn(7),)
def for_range_start_stop_step(x):
    acc = 0.0
    for i in range(1, len(x), 2):
        acc += x[i] * x[i - 1]
    return acc


# case: args=(randn(3, 2),)
def for_enumerate_rows(x):
    acc = 0.0
    for i, row in enumerate(x):
        acc = acc + (i + 1) * np.sum(row ** 2)
    return acc


# case: args=(randn(4), randn(4)), wrt=(0, 1)
def for_zip(x, y):
    acc = 0.0
    for a, b in zip(x, y):
        acc = acc + a * b * b
    return acc


# case: args=(randn(3, 4),)
def for_over_array(x):
    acc = np.zeros(4)
    for row in x:
        acc = acc + np.tanh(row)
    return np.sum(acc ** 2)


# case: args=([randn(3), randn(3), randn(3)],)
def for_over_list_param(xs):
    acc = 1.0
    for v in xs:
        acc = acc * np.sum(v * v) + 1.0
    return acc


# case: args=(randn(3),)
def for_over_list_literal(x):
    acc = 0.0
    for c in [1.0, -2.0, 0.5]:
        acc = acc + c * np.sum(np.sin(c * x))
    return acc


# case: args=(rand(3) * 0.3,), ref="fd"
def while_norm_doubling(x):
    y = x
    while np.linalg.norm(y) < 1000:
        y = y * 2
    return np.sum(y)


# case: args=(randn(3),)
def while_counter(x):
    i = 0
    y = x
    while i < 4:
        y = np.sin(y) + x
        i += 1
    return np.sum(y)


# case: args=(2.0,), ref="fd"
def newton_sqrt_while(a):
    z = a
    while abs(z * z - a) > 1e-13:
        z = 0.5 * (z + a / z)
    return z


# case: args=(rand(3),), ref="fd"
def for_break_on_data(x):
    y = x
    for i in range(20):
        y = y * 1.5
        if np.sum(y * y) > 50.0:
            break
    return np.sum(y)


# case: args=(randn(6),)
def for_continue_on_index(x):
    acc = 0.0
    for i in range(6):
        if i % 2 == 0:
            continue
        acc = acc + x[i] ** 2
    return acc


# case: args=(randn(6),), ref="fd"
def for_continue_on_data(x):
    acc = 0.0
    for v in x:
        if v < 0:
            continue
        acc = acc + v * v
    return acc


# case: args=(rand(3),), ref="fd"
def while_break(x):
    y = x
    k = 0
    while True:
        y = y + np.sin(y)
        k += 1
        if k >= 10 or np.max(y) > 3.0:
            break
    return np.sum(y ** 2)


# case: args=(randn(3, 4), randn(4, 3)), wrt=(0, 1)
def nested_loops(x, w):
    acc = 0.0
    for i in range(3):
        for j in range(4):
            acc = acc + x[i, j] * w[j, i]
    return acc


# case: args=(rand(3),), ref="fd"
def nested_for_while(x):
    acc = 0.0
    for v in x:
        y = v
        while y < 10.0:
            y = y * 3.0
        acc = acc + y
    return acc


# case: args=(randn(3), randn(3)), wrt=(0, 1)
def loop_carries_tuple(x, y):
    a, b = x, y
    for _ in range(4):
        a, b = np.tanh(a * b), a + 0.5 * b
    return np.sum(a + b)


# case: args=(2.0,)
def newton_sqrt_for(a):
    z = 1.0
    for _ in range(30):
        z = 0.5 * (z + a / z)
    return z


# case: args=(randn(5),)
def if_in_loop_on_index(x):
    acc = 1.0
    for i in range(5):
        if i == 2:
            acc = acc * x[i]
        elif i > 2:
            acc = acc + x[i] ** 2
        else:
            acc = acc - x[i]
    return acc


# case: args=(randn(4), randn(4, 4) * 0.5, randn(3, 4)), wrt=(0, 1, 2)
def rnn(h0, W, xs):
    h = h0
    for t in range(xs.shape[0]):
        h = np.tanh(W @ h + xs[t])
    return np.sum(h ** 2)


# case: args=(randn(3, 2),)
def list_append_then_stack(x):
    out = []
    for row in x:
        out.append(np.sum(row ** 2))
    out.append(x[0, 0])
    return np.sum(np.stack(out) * np.arange(1.0, 5.0))


# case: args=(randn(4), 3)
# case: args=(randn(4), 0)
def loop_count_param_maybe_empty(x, n):
    y = x
    for _ in range(n):
        y = np.sin(y) * 1.5
    return np.sum(y * x)


# case: args=(randn(5),)
def loop_index_used_after(x):
    for i in range(3):
        x = x * 1.1 + 0.1
    return x[i] * np.sum(x)


# case: args=(randn(5),)
def reversed_range(x):
    acc = 0.0
    for i in reversed(range(5)):
        acc = acc * 0.5 + x[i] ** 2
    return acc


# case: args=(randn(3), randn(3)), wrt=(0, 1)
def enumerate_zip_nested_unpack(x, y):
    acc = 0.0
    for i, (a, b) in enumerate(zip(x, y)):
        acc = acc + (i + 1.0) * a * np.exp(b)
    return acc


# case: args=(randn(3), randn(3)), wrt=(0, 1)
def loop_over_list_of_tuples(x, y):
    acc = 0.0
    for v, c in [(x, 1.0), (y, -2.0), (x * y, 0.5)]:
        acc = acc + c * np.sum(np.sin(v))
    return acc


# case: args=(rand(3), rand()), wrt=(0, 1), ref="fd"
# case: args=(-rand(3), rand()), wrt=(0, 1), ref="fd"
# case: args=(rand(3), -rand()), wrt=(0, 1), ref="fd"
def boolean_ops_in_condition(x, s):
    if np.sum(x) > 0 and s > 0:
        return np.sum(x * s)
    elif not s > 0 or np.max(x) < -5.0:
        return s * s + np.sum(x ** 2)
    return np.sum(x) * 3.0


# case: args=(0.5, 2.0), wrt=(0, 1), ref="fd"
# case: args=(1.5, 2.0), wrt=(0, 1), ref="fd"
def chained_comparison(a, b):
    if 0.0 < a < 1.0:
        return a * b
    return a + b


# case: args=(rand(4), True)
# case: args=(rand(4), False)
def variable_defined_in_one_branch(x, flag):
    if flag:
        y = x * 2.0
    z = np.sum(x)
    if flag:
        return z + np.sum(y ** 2)
    return z


# case: args=(rand(3),), ref="fd"
def early_return_in_while(x):
    y = x
    k = 0
    while k < 100:
        y = y * 1.3
        if np.sum(y) > 10.0:
            return np.sum(y ** 2)
        k += 1
    return 0.0


# case: args=(randn(3, 3),), ref="fd"
def early_return_nested_loops(x):
    acc = 0.0
    for i in range(3):
        for j in range(3):
            acc = acc + x[i, j] ** 2
            if acc > 2.0:
                return acc * x[i, j]
    return acc


# case: args=(randn(4), 0.5), wrt=(0, 1), ref="fd"
# case: args=(randn(4), -2.0), wrt=(0, 1), ref="fd"
def chained_comparisons(x, a):
    y = x * a
    if 5 < x.shape[0] < x[10]:  # x has 4 entries: x[10] is never read, as in Python
        y = y * 3.0
    scale = 1.0 if -1.0 < a < np.sum(x ** 2) < 10.0 else 2.0
    return np.sum(y * x) * scale


# case: args=(randn(3, 4),), ref="fd"
def break_inner_loop_only(x):
    acc = 0.0
    for i in range(3):
        for j in range(4):
            if x[i, j] < 0:
                break
            acc = acc + x[i, j] * (i + 1)
    return acc


# case: args=(rand(4),), ref="fd"
def continue_in_while(x):
    i = 0
    acc = 0.0
    while i < 4:
        i += 1
        if x[i - 1] < 1.0:
            continue
        acc = acc + np.sin(x[i - 1])
    return acc + np.sum(x) * 0.1


# case: args=(rand(3),), ref="fd"
def while_compound_condition(x):
    y = x
    i = 0
    while i < 20 and np.sum(y) < 30.0:
        y = y * 1.2 + 0.1
        i += 1
    return np.sum(y * x)


# case: args=(randn(4),)
def conditional_expression_in_loop(x):
    acc = 0.0
    for i in range(4):
        acc = acc + (x[i] * 2.0 if i % 2 == 0 else np.sin(x[i]))
    return acc


# case: args=(randn(3),)
def list_concat_accumulate(x):
    out = []
    for i in range(3):
        out = out + [x[i] * (i + 1.0)]
    return out[-1] * out[0] + out[1]


# case: args=(randn(3),)
def list_setitem(x):
    out = [x[0], x[1], x[2]]
    out[1] = out[0] * out[2]
    return out[0] + out[1] ** 2 + out[2]


# case: args=(randn(3), randn(3, 3) * 0.5, randn(3, 2), randn(5, 2)), wrt=(0, 1, 2, 3)
def rnn_input_projection(h0, W, U, xs):
    h = h0
    for x_t in xs:  # U @ x_t + 0.5 reads only the row: computed for all rows before the loop
        h = np.tanh(W @ h + U @ x_t + 0.5)
    return np.sum(h * h)


# case: args=(randn(4, 2, 3), randn(3, 2), randn(2)), wrt=(0, 1, 2)
def matrix_rows_in_loop(xs, V, c):
    acc = 0.0
    for x in xs:
        acc = acc + np.sum(np.exp(0.1 * (x @ V)) - c) * acc
    return acc


# case: args=(randn(4), randn(2, 3)), wrt=(0, 1)
def invariant_wider_than_row(xs, B):
    acc = 0.0
    for k in range(len(xs)):
        acc = acc * 0.5 + np.sum(np.sin(B * xs[k]))
    return acc


# case: args=(randn(5, 3),)
def collected_then_reread(x):
    squashed = []
    for row in x:
        squashed.append(np.tanh(row))
    total = 0.0
    for i in range(len(x)):
        total = total * 0.9 + np.sum(np.cos(squashed[i]) * x[i])
    return total

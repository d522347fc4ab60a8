# s2s show tests/cases/control.py::loop_count_param_maybe_empty --wrt 0
def loop_count_param_maybe_empty_grad(x, n):
    tape = []
    r = range(n)
    y = x
    for _ in r:
        y_1 = np.sin(y) * 1.5
        tape.append(y)
        y = y_1
    t1 = y * x
    t1_bar = unreduce(1.0, t1)
    y_bar = t1_bar * x
    x_bar = t1_bar * y
    for _ in reversed(r):
        y = tape.pop()
        y_bar = y_bar * 1.5 * np.cos(y)
    x_bar = x_bar + y_bar
    return np.sum(t1), x_bar

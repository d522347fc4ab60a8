# s2s show tests/cases/control.py::loop_count_param_maybe_empty --wrt 0
def loop_count_param_maybe_empty_grad(x, n):
    tape = []
    r = range(n)
    y = x
    for _ in r:
        y_1 = np.sin(y) * 1.5
        tape.append(y)
        y = y_1
    y_bar = x
    for _ in reversed(r):
        y_1 = tape.pop()
        y_bar = y_bar * 1.5 * np.cos(y_1)
    x_bar = y + y_bar
    return np.sum(y * x), x_bar

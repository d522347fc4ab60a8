# s2s show tests/cases/control.py::loop_count_param_maybe_empty --mode hvp --wrt 0
def loop_count_param_maybe_empty_hvp(x, n, x_dot):
    tape = []
    r = range(n)
    y, y_dot = x, x_dot
    for _ in r:
        y_1 = np.sin(y) * 1.5
        y_1_dot = y_dot * np.cos(y) * 1.5
        tape.append((y, y_dot))
        y, y_dot = y_1, y_1_dot
    y_bar, y_bar_dot = x, x_dot
    for _ in reversed(r):
        y, y_dot_1 = tape.pop()
        t2 = y_bar * 1.5
        t1 = np.cos(y)
        y_bar = t2 * t1
        y_bar_dot = y_bar_dot * 1.5 * t1 - t2 * (y_dot_1 * np.sin(y))
    x_bar_dot = y_dot + y_bar_dot
    return x_bar_dot

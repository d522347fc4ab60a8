# s2s show ../../tests/cases/control.py::loop_count_param_maybe_empty --mode forward --wrt 0
def loop_count_param_maybe_empty_jvp(x, n, x_dot):
    y, y_dot = x, x_dot
    for _ in range(n):
        t1 = y_dot * np.cos(y)
        y = np.sin(y) * 1.5
        y_dot = t1 * 1.5
    return np.sum(y * x), np.sum(y_dot * x + y * x_dot)

# s2s show ../../tests/cases/calls.py::call_in_loop --mode forward --wrt 0
def call_in_loop_jvp(x, x_dot):
    y, y_dot = x, x_dot
    for _ in range(3):
        t1 = y_dot * np.cos(y)
        y, y_dot = np.sin(y) * 2.0, t1 * 2.0
    return np.sum(y), np.sum(y_dot)

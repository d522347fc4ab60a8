# s2s show ../../tests/cases/closures.py::global_int_range --mode forward --wrt 0
def global_int_range_jvp(x, x_dot):
    y, y_dot = x, x_dot
    for _ in range(N_STEPS):
        t1 = y_dot * np.cos(y)
        y = np.sin(y) * SCALE
        y_dot = t1 * SCALE
    return np.sum(y), np.sum(y_dot)

# s2s show ../../tests/cases/reductions.py::sum_axis1_keepdims --mode forward --wrt 0
def sum_axis1_keepdims_jvp(x, x_dot):
    t1 = 1.0 + np.sum(x * x, axis=1, keepdims=True)
    t2 = x / t1
    t2_dot = (x_dot - t2 * np.sum(x_dot * x + x * x_dot, axis=1, keepdims=True)) / t1
    return np.sum(t2), np.sum(t2_dot)

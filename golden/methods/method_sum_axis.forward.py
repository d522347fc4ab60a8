# s2s show ../../tests/cases/methods.py::method_sum_axis --mode forward --wrt 0
def method_sum_axis_jvp(x, x_dot):
    t1 = np.sum(x, axis=0)
    return np.sum(t1 ** 2) + np.sum(x), np.sum(np.sum(x_dot, axis=0) * 2 * t1) + np.sum(x_dot)

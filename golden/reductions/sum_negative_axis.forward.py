# s2s show ../../tests/cases/reductions.py::sum_negative_axis --mode forward --wrt 0
def sum_negative_axis_jvp(x, x_dot):
    t1 = np.sum(x, axis=-1)
    return np.sum(t1 ** 3), np.sum(np.sum(x_dot, axis=-1) * 3 * t1 ** 2)

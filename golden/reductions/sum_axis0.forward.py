# s2s show ../../tests/cases/reductions.py::sum_axis0 --mode forward --wrt 0
def sum_axis0_jvp(x, x_dot):
    t1 = np.sum(x, axis=0)
    return np.sum(t1 ** 2), np.sum(np.sum(x_dot, axis=0) * 2 * t1)

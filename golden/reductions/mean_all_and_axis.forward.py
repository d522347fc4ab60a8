# s2s show ../../tests/cases/reductions.py::mean_all_and_axis --mode forward --wrt 0
def mean_all_and_axis_jvp(x, x_dot):
    t1 = np.mean(x, axis=0)
    return np.mean(x) + np.sum(t1 ** 2), np.mean(x_dot) + np.sum(np.mean(x_dot, axis=0) * 2 * t1)

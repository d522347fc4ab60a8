# s2s show ../../tests/cases/reductions.py::max_axis --mode forward --wrt 0
def max_axis_jvp(x, x_dot):
    t1 = np.max(x, axis=1)
    t2 = np.min(x, axis=0)
    t3 = np.sum(np.sum(x_dot * unreduce_extremum(1.0, x, t1, axis=1), axis=1) * 2 * t1) - np.sum(np.sum(x_dot * unreduce_extremum(1.0, x, t2, axis=0), axis=0))
    return np.sum(t1 ** 2) - np.sum(t2), t3

# s2s show ../../tests/cases/reductions.py::max_all --mode forward --wrt 0
def max_all_jvp(x, x_dot):
    t1 = np.max(x)
    t2 = np.min(x)
    t3 = np.sum(x_dot * unreduce_extremum(1.0, x, t1)) * 2.0 + np.sum(x_dot * unreduce_extremum(1.0, x, t2))
    return t1 * 2.0 + t2, t3

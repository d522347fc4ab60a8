# s2s show ../../tests/cases/methods.py::method_max_min --mode forward --wrt 0
def method_max_min_jvp(x, x_dot):
    t1 = np.max(x, axis=1)
    t2 = np.min(x)
    t3 = np.max(x)
    t4 = np.sum(x_dot * unreduce_extremum(1.0, x, t2)) * t3 + t2 * np.sum(x_dot * unreduce_extremum(1.0, x, t3))
    return np.sum(t1) + t2 * t3, np.sum(np.sum(x_dot * unreduce_extremum(1.0, x, t1, axis=1), axis=1)) + t4

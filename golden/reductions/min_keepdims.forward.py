# s2s show ../../tests/cases/reductions.py::min_keepdims --mode forward --wrt 0
def min_keepdims_jvp(x, x_dot):
    t1 = np.min(x, axis=0, keepdims=True)
    t2 = x - t1
    t3 = np.sum((x_dot - np.sum(x_dot * unreduce_extremum(1.0, x, t1, axis=0, keepdims=True), axis=0, keepdims=True)) * 2 * t2)
    return np.sum(t2 ** 2), t3

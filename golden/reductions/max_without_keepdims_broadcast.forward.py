# s2s show ../../tests/cases/reductions.py::max_without_keepdims_broadcast --mode forward --wrt 0,1
def max_without_keepdims_broadcast_jvp(x, w, x_dot, w_dot):
    t1 = np.max(x)
    t2 = np.exp(x - t1)
    t3 = (x_dot - np.sum(x_dot * unreduce_extremum(1.0, x, t1))) * t2 * w + t2 * w_dot
    return np.sum(t2 * w), np.sum(t3)

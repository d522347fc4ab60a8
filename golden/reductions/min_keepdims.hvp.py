# s2s show tests/cases/reductions.py::min_keepdims --mode hvp --wrt 0
def min_keepdims_hvp(x, x_dot):
    t1 = np.min(x, axis=0, keepdims=True)
    t2 = x - t1
    t3 = unreduce(1.0, t2 ** 2) * 2
    t4 = t3 * (x_dot - np.sum(x_dot * unreduce_extremum(1.0, x, t1, axis=0, keepdims=True), axis=0, keepdims=True))
    x_bar_dot = unbroadcast(t4, x) + unreduce_extremum(-t4, x, unreduce_extremum(-(t3 * t2), x, t1, axis=0, keepdims=True), axis=0, keepdims=True)
    return x_bar_dot

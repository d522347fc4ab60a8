# s2s show ../../tests/cases/reductions.py::min_keepdims --mode hvp --wrt 0
def min_keepdims_hvp(x, x_dot):
    t1 = np.min(x, axis=0, keepdims=True)
    t2 = 2.0 * (x_dot - np.sum(x_dot * unreduce_extremum(1.0, x, t1, axis=0, keepdims=True), axis=0, keepdims=True))
    x_bar_dot = t2 + unreduce_extremum(-t2, x, t1, axis=0, keepdims=True)
    return x_bar_dot

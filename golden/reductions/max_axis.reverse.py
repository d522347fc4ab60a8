# s2s show tests/cases/reductions.py::max_axis --wrt 0
def max_axis_grad(x):
    t1 = np.max(x, axis=1)
    t2 = t1 ** 2
    t3 = np.min(x, axis=0)
    x_bar = unreduce_extremum(unreduce(-1.0, t3), x, t3, axis=0)
    x_bar = x_bar + unreduce_extremum(unreduce(1.0, t2) * 2 * t1, x, t1, axis=1)
    return np.sum(t2) - np.sum(t3), x_bar

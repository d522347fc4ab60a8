# s2s show tests/cases/reductions.py::max_axis --mode hvp --wrt 0
def max_axis_hvp(x, x_dot):
    t1 = np.max(x, axis=1)
    t2 = np.min(x, axis=0)
    x_bar = unreduce_extremum(unreduce(-1.0, t2), x, t2, axis=0)
    t3 = unreduce(1.0, t1 ** 2) * 2
    t4 = unreduce_extremum(t3 * t1, x, t1, axis=1)
    x_bar = x_bar + t4
    return broadcast_like(unreduce_extremum(t3 * np.sum(x_dot * unreduce_extremum(1.0, x, t1, axis=1), axis=1), x, t4, axis=1), x_bar)

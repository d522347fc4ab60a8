# s2s show tests/cases/reductions.py::mean_all_and_axis --mode hvp --wrt 0
def mean_all_and_axis_hvp(x, x_dot):
    t1 = np.mean(x, axis=0)
    t2 = np.size(x)
    t3 = np.size(t1) / t2
    x_bar = unreduce(2.0 * t1, x, axis=0) * t3
    x_bar_dot = unreduce(2.0 * np.mean(x_dot, axis=0), x, axis=0) * t3
    x_bar = x_bar + 1.0 / t2
    return broadcast_like(x_bar_dot, x_bar)

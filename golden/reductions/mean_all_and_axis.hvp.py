# s2s show tests/cases/reductions.py::mean_all_and_axis --mode hvp --wrt 0
def mean_all_and_axis_hvp(x, x_dot):
    t1 = np.mean(x, axis=0)
    t2 = unreduce(1.0, t1 ** 2) * 2
    t3 = np.size(x)
    t4 = np.size(t1) / t3
    x_bar = unreduce(t2 * t1, x, axis=0) * t4
    x_bar_dot = unreduce(t2 * np.mean(x_dot, axis=0), x, axis=0) * t4
    x_bar = x_bar + unreduce(1.0, x) * (np.size(np.mean(x)) / t3)
    return broadcast_like(x_bar_dot, x_bar)

# s2s show tests/cases/reductions.py::mean_all_and_axis --wrt 0
def mean_all_and_axis_grad(x):
    t1 = np.mean(x)
    t2 = np.mean(x, axis=0)
    t3 = t2 ** 2
    t4 = np.size(x)
    x_bar = unreduce(unreduce(1.0, t3) * 2 * t2, x, axis=0) * (np.size(t2) / t4)
    x_bar = x_bar + unreduce(1.0, x) * (np.size(t1) / t4)
    return t1 + np.sum(t3), x_bar

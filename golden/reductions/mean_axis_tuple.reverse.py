# s2s show tests/cases/reductions.py::mean_axis_tuple --wrt 0
def mean_axis_tuple_grad(x):
    t1 = 0, 2
    t2 = np.mean(x, axis=t1)
    t3 = t2 ** 2
    t4 = x ** 2
    t5 = 1, 2
    t6 = np.mean(t4, axis=t5, keepdims=True)
    x_bar = unreduce(unreduce(1.0, t6), t4, axis=t5, keepdims=True) * (np.size(t6) / np.size(t4)) * 2 * x
    x_bar = x_bar + unreduce(unreduce(1.0, t3) * 2 * t2, x, axis=t1) * (np.size(t2) / np.size(x))
    return np.sum(t3) + np.sum(t6), x_bar

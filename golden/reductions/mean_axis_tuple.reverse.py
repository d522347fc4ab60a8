# s2s show tests/cases/reductions.py::mean_axis_tuple --wrt 0
def mean_axis_tuple_grad(x):
    t1 = 0, 2
    t2 = np.mean(x, axis=t1)
    t3 = x ** 2
    t4 = 1, 2
    t5 = np.mean(t3, axis=t4, keepdims=True)
    x_bar = unreduce(1.0, t3, axis=t4, keepdims=True) * (np.size(t5) / np.size(t3)) * 2 * x
    x_bar = x_bar + unreduce(2.0 * t2, x, axis=t1) * (np.size(t2) / np.size(x))
    return np.sum(t2 ** 2) + np.sum(t5), x_bar

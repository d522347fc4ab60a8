# s2s show tests/cases/methods.py::method_positional_axis --wrt 0
def method_positional_axis_grad(x):
    t1 = np.sum(x, 0)
    t2 = t1 ** 2
    t3 = np.sum(x, 1)
    t4 = t3 ** 2
    t5 = np.max(x, 0)
    x_bar = unreduce_extremum(unreduce(1.0, t5), x, t5, axis=0)
    x_bar = x_bar + unreduce(unreduce(1.0, t4) * 2 * t3, x, axis=1)
    x_bar = x_bar + unreduce(unreduce(1.0, t2) * 2 * t1, x, axis=0)
    return np.sum(t2) + np.sum(t4) + np.sum(t5), x_bar

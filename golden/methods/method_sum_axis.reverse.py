# s2s show tests/cases/methods.py::method_sum_axis --wrt 0
def method_sum_axis_grad(x):
    t1 = np.sum(x, axis=0)
    t2 = t1 ** 2
    x_bar = unreduce(1.0, x)
    x_bar = x_bar + unreduce(unreduce(1.0, t2) * 2 * t1, x, axis=0)
    return np.sum(t2) + np.sum(x), x_bar

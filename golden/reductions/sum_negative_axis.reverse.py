# s2s show tests/cases/reductions.py::sum_negative_axis --wrt 0
def sum_negative_axis_grad(x):
    t1 = np.sum(x, axis=-1)
    t2 = t1 ** 3
    x_bar = unreduce(unreduce(1.0, t2) * 3 * t1 ** 2, x, axis=-1)
    return np.sum(t2), x_bar

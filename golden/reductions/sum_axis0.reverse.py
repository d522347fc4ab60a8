# s2s show tests/cases/reductions.py::sum_axis0 --wrt 0
def sum_axis0_grad(x):
    t1 = np.sum(x, axis=0)
    t2 = t1 ** 2
    x_bar = unreduce(unreduce(1.0, t2) * 2 * t1, x, axis=0)
    return np.sum(t2), x_bar

# s2s show tests/cases/reductions.py::sum_axis0 --wrt 0
def sum_axis0_grad(x):
    t1 = np.sum(x, axis=0)
    x_bar = broadcast_like(np.expand_dims(2.0 * t1, 0), x)
    return np.sum(t1 ** 2), x_bar

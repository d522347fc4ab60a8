# s2s show tests/cases/shapes.py::zeros_ones_from_shape --wrt 0
def zeros_ones_from_shape_grad(x):
    t1 = np.shape(x)
    z = np.zeros(t1) + np.ones_like(x) * 2.0 + np.zeros((t1[0], 2))
    t2 = x + z
    t3 = t2 ** 2
    t4 = np.full((3, 2), 0.5)
    t5 = t4 * x
    x_bar = unreduce(1.0, t5) * t4
    x_bar = unbroadcast(x_bar, x) + unbroadcast(unreduce(1.0, t3) * 2 * t2, x)
    return np.sum(t3) + np.sum(t5), x_bar

# s2s show tests/cases/shapes.py::zeros_ones_from_shape --wrt 0
def zeros_ones_from_shape_grad(x):
    t1 = np.shape(x)
    z = np.zeros(t1) + np.ones_like(x) * 2.0 + np.zeros((t1[0], 2))
    t2 = x + z
    t3 = np.full((3, 2), 0.5)
    x_bar = unbroadcast(t3, x) + unbroadcast(2.0 * t2, x)
    return np.sum(t2 ** 2) + np.sum(t3 * x), x_bar

# s2s show ../../tests/cases/shapes.py::zeros_ones_from_shape --wrt 0
def zeros_ones_from_shape_grad(x):
    t1 = np.shape(x)
    z = np.zeros(t1) + np.ones_like(x) * 2.0 + np.zeros((t1[0], 2))
    x_bar = unbroadcast(np.full((3, 2), 0.5), x) + unbroadcast(2.0 * (x + z), x)
    return x_bar

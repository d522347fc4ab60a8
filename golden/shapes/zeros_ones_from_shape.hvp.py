# s2s show ../../tests/cases/shapes.py::zeros_ones_from_shape --mode hvp --wrt 0
def zeros_ones_from_shape_hvp(x, x_dot):
    t1 = np.shape(x)
    z = np.zeros(t1) + np.ones_like(x) * 2.0 + np.zeros((t1[0], 2))
    t2 = 2.0 * (x + z)
    x_bar = unbroadcast(np.full((3, 2), 0.5), x) + unbroadcast(t2, x)
    return broadcast_like(unbroadcast(broadcast_like(2.0 * x_dot, t2), x), x_bar)

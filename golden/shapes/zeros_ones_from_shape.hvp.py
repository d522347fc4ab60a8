# s2s show tests/cases/shapes.py::zeros_ones_from_shape --mode hvp --wrt 0
def zeros_ones_from_shape_hvp(x, x_dot):
    t1 = np.shape(x)
    z = np.zeros(t1) + np.ones_like(x) * 2.0 + np.zeros((t1[0], 2))
    t2 = x + z
    t3 = np.full((3, 2), 0.5)
    x_bar = unreduce(1.0, t3 * x) * t3
    t4 = unreduce(1.0, t2 ** 2) * 2
    t2_bar = t4 * t2
    x_bar = unbroadcast(x_bar, x) + unbroadcast(t2_bar, x)
    return broadcast_like(unbroadcast(broadcast_like(t4 * x_dot, t2_bar), x), x_bar)

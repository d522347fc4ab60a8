# s2s show ../../tests/cases/shapes.py::zeros_ones_from_shape --mode forward --wrt 0
def zeros_ones_from_shape_jvp(x, x_dot):
    t1 = np.shape(x)
    z = np.zeros(t1) + np.ones_like(x) * 2.0 + np.zeros((t1[0], 2))
    t2 = x + z
    t3 = t2 ** 2
    t4 = np.full((3, 2), 0.5)
    t5 = np.sum(broadcast_like(x_dot * 2 * t2, t3)) + np.sum(t4 * x_dot)
    return np.sum(t3) + np.sum(t4 * x), t5

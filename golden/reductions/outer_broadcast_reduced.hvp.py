# s2s show ../../tests/cases/reductions.py::outer_broadcast_reduced --mode hvp --wrt 0,1
def outer_broadcast_reduced_hvp(x, y, x_dot, y_dot):
    z = x * y
    z_dot = x_dot * y + x * y_dot
    t1 = np.sum(z, axis=0)
    t1_dot = np.sum(z_dot, axis=0)
    t2 = 1 + t1 ** 2
    z_bar = 1.0 / (np.size(z) / np.size(np.mean(z, axis=-1)))
    t3 = 2 / t2
    t4 = -(t3 * (t1_dot * 2 * t1)) / t2 * t1 + t3 * t1_dot
    t5 = np.expand_dims(t4, 0)
    z_bar = z_bar + np.expand_dims(t3 * t1, 0)
    x_bar_dot = t5 * y + z_bar * y_dot
    y_bar_dot = t5 * x + z_bar * x_dot
    x_bar_dot = unbroadcast(x_bar_dot, x)
    y_bar_dot = unbroadcast(y_bar_dot, y)
    return x_bar_dot, y_bar_dot

# s2s show tests/cases/reductions.py::outer_broadcast_reduced --mode reverse --wrt 0,1
def outer_broadcast_reduced_grad(x, y):
    z = x * y
    t1 = np.sum(z, axis=0)
    t2 = t1 ** 2
    t3 = np.mean(z, axis=-1)
    z_bar = 1.0 / (np.size(z) / np.size(t3))
    z_bar = z_bar + np.expand_dims(2 / (1 + t2) * t1, 0)
    x_bar = z_bar * y
    y_bar = z_bar * x
    x_bar = unbroadcast(x_bar, x)
    y_bar = unbroadcast(y_bar, y)
    return np.sum(np.log1p(t2)) + np.sum(t3), x_bar, y_bar

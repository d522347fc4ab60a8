# s2s show ../../tests/cases/reductions.py::outer_broadcast_reduced --mode reverse --wrt 0,1
def outer_broadcast_reduced_grad(x, y):
    z = x * y
    t1 = np.sum(z, axis=0)
    z_bar = 1.0 / (np.size(z) / np.size(np.mean(z, axis=-1)))
    z_bar = z_bar + np.expand_dims(2 / (1 + t1 ** 2) * t1, 0)
    x_bar = z_bar * y
    y_bar = z_bar * x
    x_bar = unbroadcast(x_bar, x)
    y_bar = unbroadcast(y_bar, y)
    return x_bar, y_bar

# s2s show tests/cases/shapes.py::squeeze --wrt 0,1
def squeeze_grad(x, w):
    t1 = np.squeeze(x, axis=1)
    t2 = np.squeeze(x)
    x_bar = reshape_like(2.0 * t2, x)
    x_bar = x_bar + reshape_like(unbroadcast(w, t1), x)
    w_bar = unbroadcast(t1, w)
    return np.sum(t1 * w) + np.sum(t2 ** 2), x_bar, w_bar

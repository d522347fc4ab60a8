# s2s show ../../tests/cases/shapes.py::squeeze --wrt 0,1
def squeeze_grad(x, w):
    t1 = np.squeeze(x, axis=1)
    x_bar = reshape_like(2.0 * np.squeeze(x), x)
    x_bar = x_bar + reshape_like(unbroadcast(w, t1), x)
    w_bar = unbroadcast(t1, w)
    return x_bar, w_bar

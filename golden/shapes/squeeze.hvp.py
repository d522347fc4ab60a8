# s2s show ../../tests/cases/shapes.py::squeeze --mode hvp --wrt 0,1
def squeeze_hvp(x, w, x_dot, w_dot):
    x_bar_dot = reshape_like(2.0 * np.squeeze(x_dot), x)
    x_bar_dot = x_bar_dot + reshape_like(unbroadcast(w_dot, np.squeeze(x, axis=1)), x)
    w_bar_dot = unbroadcast(np.squeeze(x_dot, axis=1), w)
    return x_bar_dot, w_bar_dot

# s2s show tests/cases/shapes.py::squeeze --mode hvp --wrt 0,1
def squeeze_hvp(x, w, x_dot, w_dot):
    t1 = np.squeeze(x, axis=1)
    x_bar_dot = reshape_like(2.0 * np.squeeze(x_dot), x)
    t2 = broadcast_like(1.0, t1 * w)
    w_bar_dot = t2 * np.squeeze(x_dot, axis=1)
    x_bar_dot = x_bar_dot + reshape_like(unbroadcast(t2 * w_dot, t1), x)
    w_bar_dot = unbroadcast(w_bar_dot, w)
    return x_bar_dot, w_bar_dot

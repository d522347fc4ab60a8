# s2s show tests/cases/shapes.py::expand_dims --mode hvp --wrt 0,1
def expand_dims_hvp(x, y, x_dot, y_dot):
    e = np.expand_dims(x, 1)
    e_dot = np.expand_dims(x_dot, 1)
    f = np.expand_dims(x, axis=0)
    f_dot = np.expand_dims(x_dot, 0)
    t1 = np.transpose(f)
    t2 = broadcast_like(1.0, f * t1)
    f_bar_dot = t2 * np.transpose(f_dot, None)
    f_bar_dot = unbroadcast(f_bar_dot, f) + untranspose(unbroadcast(t2 * f_dot, t1))
    t3 = broadcast_like(1.0, e * y)
    e_bar_dot = t3 * y_dot
    y_bar_dot = t3 * e_dot
    x_bar_dot = reshape_like(f_bar_dot, x)
    x_bar_dot = x_bar_dot + reshape_like(unbroadcast(e_bar_dot, e), x)
    y_bar_dot = unbroadcast(y_bar_dot, y)
    return x_bar_dot, y_bar_dot

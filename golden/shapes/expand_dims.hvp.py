# s2s show ../../tests/cases/shapes.py::expand_dims --mode hvp --wrt 0,1
def expand_dims_hvp(x, y, x_dot, y_dot):
    e = np.expand_dims(x, 1)
    e_dot = np.expand_dims(x_dot, 1)
    f = np.expand_dims(x, axis=0)
    f_dot = np.expand_dims(x_dot, 0)
    f_bar_dot = unbroadcast(np.transpose(f_dot), f) + untranspose(unbroadcast(f_dot, np.transpose(f)))
    x_bar_dot = reshape_like(f_bar_dot, x)
    e_bar_dot = unbroadcast(y_dot, e)
    x_bar_dot = x_bar_dot + reshape_like(e_bar_dot, x)
    y_bar_dot = unbroadcast(e_dot, y)
    return x_bar_dot, y_bar_dot

# s2s show ../../tests/cases/methods.py::method_reshape --mode hvp --wrt 0,1
def method_reshape_hvp(x, y, x_dot, y_dot):
    t1 = 2, 6
    t2 = 6, 2
    x_bar_dot = reshape_like(2.0 * np.reshape(x_dot, -1), x)
    y_bar_dot = untranspose(unbroadcast(np.reshape(x_dot, t2), np.transpose(y)))
    x_bar_dot = x_bar_dot + reshape_like(unbroadcast(np.transpose(y_dot), np.reshape(x, t2)), x)
    y_bar_dot = y_bar_dot + unbroadcast(np.reshape(x_dot, t1), y)
    x_bar_dot = x_bar_dot + reshape_like(unbroadcast(y_dot, np.reshape(x, t1)), x)
    return x_bar_dot, y_bar_dot

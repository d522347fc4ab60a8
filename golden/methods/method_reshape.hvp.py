# s2s show tests/cases/methods.py::method_reshape --mode hvp --wrt 0,1
def method_reshape_hvp(x, y, x_dot, y_dot):
    t1 = 2, 6
    t2 = np.reshape(x, t1)
    t3 = 6, 2
    t4 = np.reshape(x, t3)
    t5 = np.transpose(y)
    x_bar_dot = reshape_like(2.0 * np.reshape(x_dot, -1), x)
    t6 = broadcast_like(1.0, t4 * t5)
    y_bar_dot = untranspose(unbroadcast(t6 * np.reshape(x_dot, t3), t5))
    x_bar_dot = x_bar_dot + reshape_like(unbroadcast(t6 * np.transpose(y_dot, None), t4), x)
    t7 = broadcast_like(1.0, t2 * y)
    y_bar_dot = y_bar_dot + unbroadcast(t7 * np.reshape(x_dot, t1), y)
    x_bar_dot = x_bar_dot + reshape_like(unbroadcast(t7 * y_dot, t2), x)
    return x_bar_dot, y_bar_dot

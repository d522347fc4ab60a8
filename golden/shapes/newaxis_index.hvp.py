# s2s show ../../tests/cases/shapes.py::newaxis_index --mode hvp --wrt 0,1
def newaxis_index_hvp(x, y, x_dot, y_dot):
    t1 = x[:, None]
    t1_dot = x_dot[:, None]
    t2 = y[None, :]
    t2_dot = y_dot[None, :]
    t3 = x[None]
    t3_dot = x_dot[None]
    x_bar_dot = zeros_like(x)
    x_bar_dot = add_into(x_bar_dot, None, unbroadcast(t1_dot * t2 + t1 * t2_dot, t3))
    y_bar_dot = zeros_like(y)
    y_bar_dot = add_into(y_bar_dot, np.s_[None, :], unbroadcast(t3_dot * t1 + t3 * t1_dot, t2))
    x_bar_dot = add_into(x_bar_dot, np.s_[:, None], unbroadcast(t3_dot * t2 + t3 * t2_dot, t1))
    return x_bar_dot, y_bar_dot

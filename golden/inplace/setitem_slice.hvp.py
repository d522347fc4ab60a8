# s2s show ../../tests/cases/inplace.py::setitem_slice --mode hvp --wrt 0
def setitem_slice_hvp(x, x_dot):
    y = np.ones(6)
    t1 = x[:2]
    y_dot = np.zeros_like(y)
    y[1:3] = t1
    y_dot[1:3] = x_dot[:2]
    t2 = x[2:] * 2.0
    y[3:] = t2
    y_dot[3:] = x_dot[2:] * 2.0
    y_bar_dot = 3.0 * (y_dot * 2 * y)
    t3 = unbroadcast(np.copy(y_bar_dot[3:]), t2)
    y_bar_dot[3:] = 0.0
    x_bar_dot = zeros_like(x)
    x_bar_dot = add_into(x_bar_dot, np.s_[2:], t3 * 2.0)
    x_bar_dot = add_into(x_bar_dot, np.s_[:2], unbroadcast(y_bar_dot[1:3], t1))
    return x_bar_dot

# s2s show ../../tests/cases/inplace.py::setitem_read_before_write --mode hvp --wrt 0
def setitem_read_before_write_hvp(x, x_dot):
    y = np.zeros(4)
    y_dot = np.zeros_like(y)
    y[:] = x
    y_dot[:] = x_dot
    a_dot = y_dot[1]
    y[1] = 10.0
    y_dot = y_dot.copy()
    y_dot[1] = 0.0
    y_bar_dot = np.zeros_like(y)
    y_bar_dot[2] += a_dot
    y_bar_dot = y_bar_dot + unbroadcast(x_dot, y)
    y_bar_dot[1] = 0.0
    y_bar_dot[1] += y_dot[2]
    x_bar_dot = unbroadcast(y_dot, x) + unbroadcast(y_bar_dot[:], x)
    return x_bar_dot

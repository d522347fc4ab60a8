# s2s show ../../tests/cases/inplace.py::setitem_overwrite --mode forward --wrt 0
def setitem_overwrite_jvp(x, x_dot):
    y = np.ones(3)
    y_dot = np.zeros_like(y)
    y[0] = x[0]
    y_dot[0] = x_dot[0]
    t1 = y[0]
    t2 = x[1]
    y[0] = t1 * t2
    y_dot[0] = y_dot[0] * t2 + t1 * x_dot[1]
    y[1] = y[0] + x[2]
    y_dot[1] = y_dot[0] + x_dot[2]
    y[0] = x[3]
    y_dot[0] = x_dot[3]
    return np.sum(y ** 2), np.sum(y_dot * 2 * y)

# s2s show ../../tests/cases/inplace.py::setitem_read_before_write --mode forward --wrt 0
def setitem_read_before_write_jvp(x, x_dot):
    y = np.zeros(4)
    y_dot = np.zeros_like(y)
    y[:] = x
    y_dot[:] = x_dot
    a = y[1]
    a_dot = y_dot[1]
    y[1] = 10.0
    y_dot = y_dot.copy()
    y_dot[1] = 0.0
    t1 = y[2]
    t2 = np.sum(y_dot * x + y * x_dot) + (a_dot * t1 + a * y_dot[2])
    return np.sum(y * x) + a * t1, t2

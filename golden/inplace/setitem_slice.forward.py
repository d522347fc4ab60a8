# s2s show ../../tests/cases/inplace.py::setitem_slice --mode forward --wrt 0
def setitem_slice_jvp(x, x_dot):
    y = np.ones(6)
    y_dot = np.zeros_like(y)
    y[1:3] = x[:2]
    y_dot[1:3] = x_dot[:2]
    y[3:] = x[2:] * 2.0
    y_dot[3:] = x_dot[2:] * 2.0
    return np.sum(y ** 3), np.sum(y_dot * 3 * y ** 2)

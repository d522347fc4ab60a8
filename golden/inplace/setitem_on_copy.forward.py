# s2s show ../../tests/cases/inplace.py::setitem_on_copy --mode forward --wrt 0
def setitem_on_copy_jvp(x, x_dot):
    y = np.copy(x)
    y_dot = np.copy(x_dot)
    y[0] = 0.0
    y_dot[0] = 0.0
    y[2] = y[2] * 3.0
    y_dot[2] = y_dot[2] * 3.0
    return np.sum(y * y), np.sum(y_dot * y + y * y_dot)

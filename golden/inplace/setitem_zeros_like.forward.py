# s2s show ../../tests/cases/inplace.py::setitem_zeros_like --mode forward --wrt 0
def setitem_zeros_like_jvp(x, x_dot):
    y = np.zeros_like(x)
    y_dot = np.zeros_like(y)
    for i in range(3):
        t1 = i + 1
        y[i] = x[i] * t1
        y_dot[i] = x_dot[i] * t1
    y[0, 1] = y[0, 1] + x[2, 0]
    y_dot[0, 1] = y_dot[0, 1] + x_dot[2, 0]
    return np.sum(np.sin(y)), np.sum(y_dot * np.cos(y))

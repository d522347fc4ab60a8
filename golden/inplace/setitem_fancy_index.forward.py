# s2s show ../../tests/cases/inplace.py::setitem_fancy_index --mode forward --wrt 0
def setitem_fancy_index_jvp(x, x_dot):
    y = np.zeros(5)
    t1 = np.array([0, 2, 4])
    t2 = x[:3]
    y_dot = np.zeros_like(y)
    y[t1] = t2 ** 2
    y_dot[t1] = x_dot[:3] * 2 * t2
    t3 = np.array([1, 1])
    y[t3] = y[t3] + x[3]
    y_dot[t3] = y_dot[t3] + x_dot[3]
    t4 = np.arange(1.0, 6.0)
    return np.sum(y * t4), np.sum(y_dot * t4)

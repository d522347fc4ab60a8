# s2s show ../../tests/cases/inplace.py::setitem_recurrence --mode forward --wrt 0
def setitem_recurrence_jvp(x, x_dot):
    y = np.zeros(5)
    y_dot = np.zeros_like(y)
    y[0] = x[0]
    y_dot[0] = x_dot[0]
    for i in range(1, 5):
        t1 = i - 1
        t2 = y[t1]
        t2_dot = y_dot[t1]
        t3 = x[i]
        t3_dot = x_dot[i]
        y[i] = 0.5 * t2 + t3 * t2 + t3
        y_dot[i] = 0.5 * t2_dot + (t3_dot * t2 + t3 * t2_dot) + t3_dot
    return np.sum(y), np.sum(y_dot)

# s2s show ../../tests/cases/inplace.py::setitem_nested_loops --mode forward --wrt 0
def setitem_nested_loops_jvp(x, x_dot):
    y = np.zeros((3, 2))
    r = range(2)
    y_dot = np.zeros_like(y)
    for i in range(3):
        t1 = 2 - i
        for j in r:
            t2 = x[i, j]
            t3 = 1 - j
            t4 = x[t1, t3]
            y[i, j] = t2 * t4
            y_dot[i, j] = x_dot[i, j] * t4 + t2 * x_dot[t1, t3]
    return np.sum(y * x), np.sum(y_dot * x + y * x_dot)

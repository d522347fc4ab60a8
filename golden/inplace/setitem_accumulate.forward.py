# s2s show ../../tests/cases/inplace.py::setitem_accumulate --mode forward --wrt 0,1
def setitem_accumulate_jvp(x, w, x_dot, w_dot):
    y = np.zeros(3)
    y_dot = np.zeros_like(y)
    for i in range(3):
        t1 = x[i]
        t1_dot = x_dot[i]
        t2 = w[i]
        y[i] = y[i] + t1 * t2
        y_dot[i] = y_dot[i] + (t1_dot * t2 + t1 * w_dot[i])
        y[i] = y[i] + t1
        y_dot[i] = y_dot[i] + t1_dot
    y[0] = y[0] - w[2]
    y_dot[0] = y_dot[0] - w_dot[2]
    t3 = y[1]
    t4 = x[0]
    y[1] = t3 * t4
    y_dot[1] = y_dot[1] * t4 + t3 * x_dot[0]
    return np.sum(y ** 2), np.sum(y_dot * 2 * y)

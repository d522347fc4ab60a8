# s2s show ../../tests/cases/inplace.py::setitem_loop --mode forward --wrt 0,1
def setitem_loop_jvp(x, w, x_dot, w_dot):
    y = np.zeros(4)
    y_dot = np.zeros_like(y)
    for i in range(4):
        t1 = x[i]
        y[i] = t1 ** 2
        y_dot[i] = x_dot[i] * 2 * t1
    return np.sum(y * w), np.sum(y_dot * w + y * w_dot)

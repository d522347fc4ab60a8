# s2s show ../../tests/cases/inplace.py::setitem_int_param_index --mode forward --wrt 0
def setitem_int_param_index_jvp(x, k, x_dot):
    y = np.zeros(4)
    y_dot = np.zeros_like(y)
    y[k] = x[0]
    y_dot[k] = x_dot[0]
    t1 = k - 1
    t2 = x[k]
    t3 = x[1]
    t4 = y_dot[t1] + (x_dot[k] * t3 + t2 * x_dot[1])
    y[t1] = y[t1] + t2 * t3
    y_dot[t1] = t4
    return np.sum(y * x), np.sum(y_dot * x + y * x_dot)

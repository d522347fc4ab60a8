# s2s show tests/cases/inplace.py::setitem_int_param_index --mode forward --wrt 0
def setitem_int_param_index_jvp(x, k, x_dot):
    y = np.zeros(4)
    y_1 = y.copy()
    y_1[k] = x[0]
    y_1_dot[k] = x_dot[0]
    t1 = k - 1
    t2 = x[k]
    t3 = x[1]
    y_1[t1] = y_1[t1] + t2 * t3
    y_1_dot[t1] = y_1_dot[t1] + (x_dot[k] * t3 + t2 * x_dot[1])
    return np.sum(y_1 * x), np.sum(y_1_dot * x + y_1 * x_dot)

# s2s show tests/cases/inplace.py::setitem_int_param_index --mode hvp --wrt 0
def setitem_int_param_index_hvp(x, k, x_dot):
    y = np.zeros(4)
    y_1 = y.copy()
    y_1[k] = x[0]
    y_1_dot[k] = x_dot[0]
    t1 = k - 1
    t2 = x[k]
    t2_dot = x_dot[k]
    t3 = x[1]
    t3_dot = x_dot[1]
    t4 = y_1[t1] + t2 * t3
    y_1[t1] = t4
    y_1_dot[t1] = y_1_dot[t1] + (t2_dot * t3 + t2 * t3_dot)
    t5 = broadcast_like(1.0, y_1 * x)
    y_1_bar = t5 * x
    x_bar_dot = t5 * y_1_dot
    t4_bar = unsetitem(unbroadcast(y_1_bar, y_1), t4, t1)
    x_bar_dot = add_into(unbroadcast(x_bar_dot, x), 1, unbroadcast(t4_bar * t2_dot, t3))
    x_bar_dot = add_into(x_bar_dot, k, unbroadcast(t4_bar * t3_dot, t2))
    return x_bar_dot

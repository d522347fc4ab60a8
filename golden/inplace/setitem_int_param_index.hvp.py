# s2s show ../../tests/cases/inplace.py::setitem_int_param_index --mode hvp --wrt 0
def setitem_int_param_index_hvp(x, k, x_dot):
    y = np.zeros(4)
    t1 = x[0]
    y_dot = np.zeros_like(y)
    y[k] = t1
    y_dot[k] = x_dot[0]
    t2 = k - 1
    t3 = y[t2]
    t4 = x[k]
    t4_dot = x_dot[k]
    t5 = x[1]
    t5_dot = x_dot[1]
    t6 = t3 + t4 * t5
    y[t2] = t6
    y_dot[t2] = y_dot[t2] + (t4_dot * t5 + t4 * t5_dot)
    t7 = unbroadcast(x_dot, y)
    t6_bar = unsetitem(unbroadcast(x, y), t6, t2)
    t6_bar_dot = unsetitem(t7, t6, t2)
    y_bar_dot = t7.copy()
    y_bar_dot[t2] = 0.0
    x_bar_dot = unbroadcast(y_dot, x)
    x_bar_dot = add_into(x_bar_dot, 1, unbroadcast(t6_bar_dot * t4 + t6_bar * t4_dot, t5))
    x_bar_dot = add_into(x_bar_dot, k, unbroadcast(t6_bar_dot * t5 + t6_bar * t5_dot, t4))
    np.add.at(y_bar_dot, t2, unbroadcast(t6_bar_dot, t3))
    x_bar_dot = add_into(x_bar_dot, 0, unsetitem(y_bar_dot, t1, k))
    return x_bar_dot

# s2s show ../../tests/cases/inplace.py::setitem_int_param_index --wrt 0
def setitem_int_param_index_grad(x, k):
    y = np.zeros(4)
    t1 = x[0]
    y[k] = t1
    t2 = k - 1
    t3 = y[t2]
    t4 = x[k]
    t5 = x[1]
    t6 = t3 + t4 * t5
    y[t2] = t6
    t7 = unbroadcast(x, y)
    t6_bar = unsetitem(t7, t6, t2)
    y_bar = t7.copy()
    y_bar[t2] = 0.0
    x_bar = unbroadcast(y, x)
    x_bar = add_into(x_bar, 1, unbroadcast(t6_bar * t4, t5))
    x_bar = add_into(x_bar, k, unbroadcast(t6_bar * t5, t4))
    np.add.at(y_bar, t2, unbroadcast(t6_bar, t3))
    x_bar = add_into(x_bar, 0, unsetitem(y_bar, t1, k))
    return x_bar

# s2s show ../../tests/cases/inplace.py::setitem_overwrite --wrt 0
def setitem_overwrite_grad(x):
    y = np.ones(3)
    t1 = x[0]
    y[0] = t1
    t2 = y[0]
    t3 = x[1]
    t4 = t2 * t3
    y[0] = t4
    t5 = y[0]
    t6 = x[2]
    t7 = t5 + t6
    y[1] = t7
    t8 = x[3]
    y[0] = t8
    y_bar = 2.0 * y
    t8_bar = unbroadcast(np.copy(y_bar[0]), t8)
    y_bar[0] = 0.0
    x_bar = zeros_like(x)
    x_bar = add_into(x_bar, 3, t8_bar)
    t7_bar = unbroadcast(np.copy(y_bar[1]), t7)
    y_bar[1] = 0.0
    x_bar = add_into(x_bar, 2, unbroadcast(t7_bar, t6))
    y_bar[0] += unbroadcast(t7_bar, t5)
    t4_bar = unbroadcast(np.copy(y_bar[0]), t4)
    y_bar[0] = 0.0
    x_bar = add_into(x_bar, 1, unbroadcast(t4_bar * t2, t3))
    y_bar[0] += unbroadcast(t4_bar * t3, t2)
    x_bar = add_into(x_bar, 0, unbroadcast(y_bar[0], t1))
    return x_bar

# s2s show ../../tests/cases/inplace.py::setitem_zeros_like --mode hvp --wrt 0
def setitem_zeros_like_hvp(x, x_dot):
    y = np.zeros_like(x)
    r = range(3)
    y_dot, t8, t9 = np.zeros_like(y), rows_for(r), rows_for(r)
    for i in r:
        t1 = i + 1
        t2 = x[i] * t1
        y[i] = t2
        y_dot[i] = x_dot[i] * t1
        t8.append(t1)
        t9.append(t2)
    t3 = y[0, 1]
    t4 = x[2, 0]
    t5 = t3 + t4
    y = y.copy()
    y[0, 1] = t5
    y_dot[0, 1] = y_dot[0, 1] + x_dot[2, 0]
    y_bar_dot = -(y_dot * np.sin(y))
    t6 = unbroadcast(np.copy(y_bar_dot[0, 1]), t5)
    y_bar_dot[0, 1] = 0.0
    x_bar_dot = zeros_like(x)
    x_bar_dot = add_into(x_bar_dot, (2, 0), unbroadcast(t6, t4))
    y_bar_dot = add_into(y_bar_dot, (0, 1), unbroadcast(t6, t3))
    for i in reversed(r):
        t7 = unbroadcast(np.copy(y_bar_dot[i]), t9[i])
        y_bar_dot[i] = 0.0
        x_bar_dot = add_into(x_bar_dot, i, unbroadcast(t7 * t8[i], x[i]))
    return x_bar_dot

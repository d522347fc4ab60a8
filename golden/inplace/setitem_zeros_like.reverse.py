# s2s show ../../tests/cases/inplace.py::setitem_zeros_like --wrt 0
def setitem_zeros_like_grad(x):
    y = np.zeros_like(x)
    r = range(3)
    t6, t7 = rows_for(r), rows_for(r)
    for i in r:
        t1 = i + 1
        t2 = x[i] * t1
        y[i] = t2
        t6.append(t1)
        t7.append(t2)
    t3 = y[0, 1]
    t4 = x[2, 0]
    t5 = t3 + t4
    y = y.copy()
    y[0, 1] = t5
    y_bar = np.cos(y)
    t5_bar = unbroadcast(np.copy(y_bar[0, 1]), t5)
    y_bar[0, 1] = 0.0
    x_bar = zeros_like(x)
    x_bar = add_into(x_bar, (2, 0), unbroadcast(t5_bar, t4))
    y_bar = add_into(y_bar, (0, 1), unbroadcast(t5_bar, t3))
    for i in reversed(r):
        t2_bar = unbroadcast(np.copy(y_bar[i]), t7[i])
        y_bar[i] = 0.0
        x_bar = add_into(x_bar, i, unbroadcast(t2_bar * t6[i], x[i]))
    return x_bar

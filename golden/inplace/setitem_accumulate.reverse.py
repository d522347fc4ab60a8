# s2s show ../../tests/cases/inplace.py::setitem_accumulate --wrt 0,1
def setitem_accumulate_grad(x, w):
    y = np.zeros(3)
    r = range(3)
    t1_all, t1_all1, t1_all2, t1_all3 = rows_for(r), rows_for(r), rows_for(r), rows_for(r)
    for i in r:
        t1 = y[i]
        t2 = x[i]
        t3 = t1 + t2 * w[i]
        y[i] = t3
        t4 = y[i]
        t5 = t4 + t2
        y[i] = t5
        t1_all.append(t1)
        t1_all1.append(t3)
        t1_all2.append(t4)
        t1_all3.append(t5)
    t6 = y[0]
    t7 = w[2]
    t8 = t6 - t7
    y[0] = t8
    t9 = y[1]
    t10 = x[0]
    t11 = t9 * t10
    y[1] = t11
    y_bar = 2.0 * y
    t11_bar = unbroadcast(np.copy(y_bar[1]), t11)
    y_bar[1] = 0.0
    x_bar = zeros_like(x)
    x_bar = add_into(x_bar, 0, unbroadcast(t11_bar * t9, t10))
    y_bar = add_into(y_bar, 1, unbroadcast(t11_bar * t10, t9))
    t8_bar = unbroadcast(np.copy(y_bar[0]), t8)
    y_bar[0] = 0.0
    w_bar = zeros_like(w)
    w_bar = add_into(w_bar, 2, -unbroadcast(t8_bar, t7))
    y_bar = add_into(y_bar, 0, unbroadcast(t8_bar, t6))
    for i in reversed(r):
        t12 = x[i]
        t13 = w[i]
        t5_bar = unbroadcast(np.copy(y_bar[i]), t1_all3[i])
        y_bar[i] = 0.0
        y_bar = add_into(y_bar, i, unbroadcast(t5_bar, t1_all2[i]))
        t3_bar = unbroadcast(np.copy(y_bar[i]), t1_all1[i])
        y_bar[i] = 0.0
        w_bar = add_into(w_bar, i, unbroadcast(t3_bar * t12, t13))
        x_bar = add_into(x_bar, i, unbroadcast(t5_bar, t12) + unbroadcast(t3_bar * t13, t12))
        y_bar = add_into(y_bar, i, unbroadcast(t3_bar, t1_all[i]))
    return x_bar, w_bar

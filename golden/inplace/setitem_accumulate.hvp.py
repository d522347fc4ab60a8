# s2s show ../../tests/cases/inplace.py::setitem_accumulate --mode hvp --wrt 0,1
def setitem_accumulate_hvp(x, w, x_dot, w_dot):
    y = np.zeros(3)
    r = range(3)
    y_dot, t1_all, t1_all1, t1_all2, t1_all3 = np.zeros_like(y), rows_for(r), rows_for(r), rows_for(r), rows_for(r)
    for i in r:
        t1 = y[i]
        t2 = x[i]
        t2_dot = x_dot[i]
        t3 = w[i]
        t4 = t1 + t2 * t3
        y[i] = t4
        y_dot[i] = y_dot[i] + (t2_dot * t3 + t2 * w_dot[i])
        t5 = y[i]
        t6 = t5 + t2
        y[i] = t6
        y_dot[i] = y_dot[i] + t2_dot
        t1_all.append(t1)
        t1_all1.append(t4)
        t1_all2.append(t5)
        t1_all3.append(t6)
    t7 = y[0]
    t8 = w[2]
    t9 = t7 - t8
    y[0] = t9
    y_dot[0] = y_dot[0] - w_dot[2]
    t10 = y[1]
    t10_dot = y_dot[1]
    t11 = x[0]
    t11_dot = x_dot[0]
    t12 = t10 * t11
    y[1] = t12
    y_dot = y_dot.copy()
    y_dot[1] = t10_dot * t11 + t10 * t11_dot
    y_bar = 2.0 * y
    y_bar_dot = 2.0 * y_dot
    t12_bar = unbroadcast(np.copy(y_bar[1]), t12)
    t12_bar_dot = unbroadcast(np.copy(y_bar_dot[1]), t12)
    y_bar[1] = 0.0
    y_bar_dot[1] = 0.0
    x_bar_dot = zeros_like(x)
    x_bar_dot = add_into(x_bar_dot, 0, unbroadcast(t12_bar_dot * t10 + t12_bar * t10_dot, t11))
    y_bar = add_into(y_bar, 1, unbroadcast(t12_bar * t11, t10))
    y_bar_dot = add_into(y_bar_dot, 1, unbroadcast(t12_bar_dot * t11 + t12_bar * t11_dot, t10))
    t9_bar = unbroadcast(np.copy(y_bar[0]), t9)
    t9_bar_dot = unbroadcast(np.copy(y_bar_dot[0]), t9)
    y_bar[0] = 0.0
    y_bar_dot[0] = 0.0
    w_bar_dot = zeros_like(w)
    w_bar_dot = add_into(w_bar_dot, 2, -unbroadcast(t9_bar_dot, t8))
    y_bar = add_into(y_bar, 0, unbroadcast(t9_bar, t7))
    y_bar_dot = add_into(y_bar_dot, 0, unbroadcast(t9_bar_dot, t7))
    for i in reversed(r):
        t13 = t1_all[i]
        t14 = x[i]
        t15 = w[i]
        t16 = t1_all1[i]
        t17 = t1_all2[i]
        t18 = t1_all3[i]
        t6_bar = unbroadcast(np.copy(y_bar[i]), t18)
        t6_bar_dot = unbroadcast(np.copy(y_bar_dot[i]), t18)
        y_bar[i] = 0.0
        y_bar_dot[i] = 0.0
        y_bar = add_into(y_bar, i, unbroadcast(t6_bar, t17))
        y_bar_dot = add_into(y_bar_dot, i, unbroadcast(t6_bar_dot, t17))
        t4_bar = unbroadcast(np.copy(y_bar[i]), t16)
        t4_bar_dot = unbroadcast(np.copy(y_bar_dot[i]), t16)
        y_bar[i] = 0.0
        y_bar_dot[i] = 0.0
        t19 = unbroadcast(t6_bar_dot, t14) + unbroadcast(t4_bar_dot * t15 + t4_bar * w_dot[i], t14)
        w_bar_dot = add_into(w_bar_dot, i, unbroadcast(t4_bar_dot * t14 + t4_bar * x_dot[i], t15))
        x_bar_dot = add_into(x_bar_dot, i, t19)
        y_bar = add_into(y_bar, i, unbroadcast(t4_bar, t13))
        y_bar_dot = add_into(y_bar_dot, i, unbroadcast(t4_bar_dot, t13))
    return x_bar_dot, w_bar_dot

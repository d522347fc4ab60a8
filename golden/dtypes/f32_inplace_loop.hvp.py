# s2s show ../../tests/cases/dtypes.py::f32_inplace_loop --mode hvp --wrt 0,1
def f32_inplace_loop_hvp(x, w, x_dot, w_dot):
    tape = []
    y = np.zeros_like(x)
    r = range(4)
    y_dot, t1_all, t1_all1, t1_all2 = np.zeros_like(y), rows_for(r), rows_for(r), rows_for(r)
    for i in r:
        t1 = x[i]
        t2 = w[i]
        t3 = t1 * t2
        y_1 = y.copy()
        y_1[i] = t3
        y_1_dot = y_dot.copy()
        y_1_dot[i] = x_dot[i] * t2 + t1 * w_dot[i]
        t4 = y_1[i]
        t6_dot = y_1_dot[i]
        t5 = t4 > 0
        if t5:
            t6 = t4 + 1.0
            y = y_1.copy()
            y[i] = t6
            y_dot = y_1_dot.copy()
            y_dot[i] = t6_dot
            tape.append((t6, t6_dot))
        else:
            y, y_dot = y_1, y_1_dot
        t1_all.append(t3)
        t1_all1.append(t4)
        t1_all2.append(t5)
    y_bar = y + y
    y_bar_dot = y_dot + y_dot
    w_bar_dot, x_bar_dot = zeros_like(w), zeros_like(x)
    for i in reversed(r):
        t7 = x[i]
        t8 = w[i]
        t9 = t1_all[i]
        t10 = t1_all1[i]
        if t1_all2[i]:
            t6, t6_dot = tape.pop()
            y_1_bar = y_bar.copy()
            y_1_bar[i] = 0.0
            y_1_bar_dot = y_bar_dot.copy()
            y_1_bar_dot[i] = 0.0
            t4_bar, y_bar, t11, y_bar_dot = unbroadcast(np.copy(y_bar[i]), t6), y_1_bar, unbroadcast(np.copy(y_bar_dot[i]), t6), y_1_bar_dot
        else:
            t4_bar, t11 = zeros_like(t10), zeros_like(t10)
        y_bar = add_into(y_bar, i, t4_bar)
        y_bar_dot = add_into(y_bar_dot, i, t11)
        t3_bar = unbroadcast(np.copy(y_bar[i]), t9)
        t3_bar_dot = unbroadcast(np.copy(y_bar_dot[i]), t9)
        y_bar[i] = 0.0
        y_bar_dot[i] = 0.0
        w_bar_dot = add_into(w_bar_dot, i, unbroadcast(t3_bar_dot * t7 + t3_bar * x_dot[i], t8))
        x_bar_dot = add_into(x_bar_dot, i, unbroadcast(t3_bar_dot * t8 + t3_bar * w_dot[i], t7))
    return x_bar_dot, w_bar_dot

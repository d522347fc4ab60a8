# s2s show ../../tests/cases/dtypes.py::f32_inplace_loop --wrt 0,1
def f32_inplace_loop_grad(x, w):
    tape = []
    y = np.zeros_like(x)
    r = range(4)
    t8, t9, t10 = rows_for(r), rows_for(r), rows_for(r)
    for i in r:
        t1 = x[i] * w[i]
        y_1 = y.copy()
        y_1[i] = t1
        t2 = y_1[i]
        t3 = t2 > 0
        if t3:
            t4 = t2 + 1.0
            y = y_1.copy()
            y[i] = t4
            tape.append(t4)
        else:
            y = y_1
        t8.append(t1)
        t9.append(t2)
        t10.append(t3)
    y_bar = y + y
    w_bar = zeros_like(w)
    x_bar = zeros_like(x)
    for i in reversed(r):
        t5 = x[i]
        t6 = w[i]
        t7 = t9[i]
        if t10[i]:
            t4 = tape.pop()
            y_1_bar = y_bar.copy()
            y_1_bar[i] = 0.0
            t2_bar, y_bar = unbroadcast(np.copy(y_bar[i]), t4), y_1_bar
        else:
            t2_bar = zeros_like(t7)
        y_bar = add_into(y_bar, i, t2_bar)
        t1_bar = unbroadcast(np.copy(y_bar[i]), t8[i])
        y_bar[i] = 0.0
        w_bar = add_into(w_bar, i, unbroadcast(t1_bar * t5, t6))
        x_bar = add_into(x_bar, i, unbroadcast(t1_bar * t6, t5))
    return x_bar, w_bar

# s2s show tests/cases/dtypes.py::f32_inplace_loop --wrt 0,1
def f32_inplace_loop_grad(x, w):
    tape = []
    tape1 = []
    y = np.zeros_like(x)
    r = range(4)
    for i in r:
        t1 = x[i]
        t2 = w[i]
        t3 = t1 * t2
        y_1 = y.copy()
        y_1[i] = t3
        t4 = y_1[i]
        t5 = t4 > 0
        if t5:
            t6 = t4 + 1.0
            y = y_1.copy()
            y[i] = t6
            tape.append(t6)
        else:
            y = y_1
        tape1.append((t1, t2, t3, t4, t5))
    y_bar = y + y
    w_bar = zeros_like(w)
    x_bar = zeros_like(x)
    for i in reversed(r):
        t1, t2, t3, t4, t5 = tape1.pop()
        if t5:
            t6 = tape.pop()
            y_1_bar = y_bar.copy()
            y_1_bar[i] = 0.0
            t4_bar, y_bar = unbroadcast(np.copy(y_bar[i]), t6), y_1_bar
        else:
            t4_bar = zeros_like(t4)
        y_bar = add_into(y_bar, i, t4_bar)
        t3_bar = unbroadcast(np.copy(y_bar[i]), t3)
        y_bar[i] = 0.0
        w_bar = add_into(w_bar, i, unbroadcast(t3_bar * t1, t2))
        x_bar = add_into(x_bar, i, unbroadcast(t3_bar * t2, t1))
    return np.sum(y * y), x_bar, w_bar

# s2s show tests/cases/inplace.py::setitem_recurrence --mode hvp --wrt 0
def setitem_recurrence_hvp(x, x_dot):
    tape = []
    y = np.zeros(5)
    t1 = x[0]
    y_1 = y.copy()
    y_1[0] = t1
    y_1_dot = np.zeros_like(y).copy()
    y_1_dot[0] = x_dot[0]
    r = range(1, 5)
    for i in r:
        t2 = i - 1
        t3 = y_1[t2]
        t3_dot = y_1_dot[t2]
        t4 = x[i]
        t4_dot = x_dot[i]
        t5 = 0.5 * t3 + t4 * t3 + t4
        t5_dot = 0.5 * t3_dot + (t4_dot * t3 + t4 * t3_dot) + t4_dot
        y_1 = y_1.copy()
        y_1[i] = t5
        y_1_dot = y_1_dot.copy()
        y_1_dot[i] = t5_dot
        tape.append((t2, t5, t3, t4, t5_dot, t3_dot, t4_dot))
    y_1_bar = broadcast_like(1.0, y_1)
    y_1_bar_dot, x_bar_dot = zeros_like(y_1_bar), zeros_like(x)
    for i in reversed(r):
        t2, t5, t3, t4, t5_dot, t3_dot, t4_dot = tape.pop()
        t5_bar = unbroadcast(y_1_bar[i], t5)
        t5_bar_dot = unbroadcast(y_1_bar_dot[i], t5)
        y_1_bar = y_1_bar.copy()
        y_1_bar[i] = 0.0
        y_1_bar_dot = y_1_bar_dot.copy()
        y_1_bar_dot[i] = 0.0
        x_bar_dot = add_into(x_bar_dot, i, unbroadcast(t5_bar_dot, t4) + unbroadcast(t5_bar_dot * t3 + t5_bar * t3_dot, t4))
        t6 = unbroadcast(t5_bar_dot * t4 + t5_bar * t4_dot, t3) + unbroadcast(t5_bar_dot * 0.5, t3)
        y_1_bar = add_into(y_1_bar, t2, unbroadcast(t5_bar * t4, t3) + unbroadcast(t5_bar * 0.5, t3))
        y_1_bar_dot = add_into(y_1_bar_dot, t2, t6)
    x_bar_dot = add_into(x_bar_dot, 0, unbroadcast(y_1_bar_dot[0], t1))
    return x_bar_dot

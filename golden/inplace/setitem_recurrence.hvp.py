# s2s show ../../tests/cases/inplace.py::setitem_recurrence --mode hvp --wrt 0
def setitem_recurrence_hvp(x, x_dot):
    tape = []
    y = np.zeros(5)
    t1 = x[0]
    t2 = np.zeros_like(y)
    y[0] = t1
    y_dot = t2.copy()
    y_dot[0] = x_dot[0]
    r = range(1, 5)
    for i in r:
        t3 = i - 1
        t4 = y[t3]
        t4_dot = y_dot[t3]
        t5 = x[i]
        t5_dot = x_dot[i]
        t6 = 0.5 * t4 + t5 * t4 + t5
        t6_dot = 0.5 * t4_dot + (t5_dot * t4 + t5 * t4_dot) + t5_dot
        y[i] = t6
        y_dot = y_dot.copy()
        y_dot[i] = t6_dot
        tape.append((t3, t6, t4, t5, t6_dot, t4_dot, t5_dot))
    y_bar = broadcast_like(1.0, y)
    y_bar_dot, x_bar_dot = zeros_like(y_bar), zeros_like(x)
    for i in reversed(r):
        t3, t6, t4, t5, t6_dot, t4_dot, t5_dot = tape.pop()
        t6_bar = unbroadcast(np.copy(y_bar[i]), t6)
        t6_bar_dot = unbroadcast(np.copy(y_bar_dot[i]), t6)
        y_bar[i] = 0.0
        y_bar_dot[i] = 0.0
        x_bar_dot = add_into(x_bar_dot, i, unbroadcast(t6_bar_dot, t5) + unbroadcast(t6_bar_dot * t4 + t6_bar * t4_dot, t5))
        t7 = unbroadcast(t6_bar_dot * t5 + t6_bar * t5_dot, t4) + unbroadcast(t6_bar_dot * 0.5, t4)
        y_bar = add_into(y_bar, t3, unbroadcast(t6_bar * t5, t4) + unbroadcast(t6_bar * 0.5, t4))
        y_bar_dot = add_into(y_bar_dot, t3, t7)
    x_bar_dot = add_into(x_bar_dot, 0, unbroadcast(y_bar_dot[0], t1))
    return x_bar_dot

# s2s show tests/cases/inplace.py::setitem_zeros_like --mode hvp --wrt 0
def setitem_zeros_like_hvp(x, x_dot):
    tape = []
    y = np.zeros_like(x)
    r = range(3)
    y_dot = np.zeros_like(y)
    for i in r:
        t1 = x[i]
        t1_dot = x_dot[i]
        t2 = i + 1
        t3 = t1 * t2
        t3_dot = t1_dot * t2
        y[i] = t3
        y_dot[i] = t3_dot
        tape.append((t1, t2, t3, t1_dot, t3_dot))
    t4 = y[0, 1]
    t5 = x[2, 0]
    t6 = t4 + t5
    y = y.copy()
    y[0, 1] = t6
    y_dot[0, 1] = y_dot[0, 1] + x_dot[2, 0]
    y_bar_dot = -(y_dot * np.sin(y))
    t7 = unbroadcast(np.copy(y_bar_dot[0, 1]), t6)
    y_bar_dot[0, 1] = 0.0
    x_bar_dot = zeros_like(x)
    x_bar_dot = add_into(x_bar_dot, (2, 0), unbroadcast(t7, t5))
    y_bar_dot = add_into(y_bar_dot, (0, 1), unbroadcast(t7, t4))
    for i in reversed(r):
        t1, t2, t3, t1_dot, t3_dot = tape.pop()
        t8 = unbroadcast(np.copy(y_bar_dot[i]), t3)
        y_bar_dot[i] = 0.0
        x_bar_dot = add_into(x_bar_dot, i, unbroadcast(t8 * t2, t1))
    return x_bar_dot

# s2s show ../../tests/cases/inplace.py::setitem_nested_loops --mode hvp --wrt 0
def setitem_nested_loops_hvp(x, x_dot):
    tape = []
    y = np.zeros((3, 2))
    r = range(3)
    r1 = range(2)
    y_dot, t7 = np.zeros_like(y), rows_for(r)
    for i in r:
        t1 = 2 - i
        for j in r1:
            t2 = x[i, j]
            t2_dot = x_dot[i, j]
            t3 = 1 - j
            t4 = x[t1, t3]
            t4_dot = x_dot[t1, t3]
            t5 = t2 * t4
            t5_dot = t2_dot * t4 + t2 * t4_dot
            y[i, j] = t5
            y_dot[i, j] = t5_dot
            tape.append((t2, t3, t4, t5, t2_dot, t4_dot, t5_dot))
        t7.append(t1)
    y_bar = np.copy(unbroadcast(x, y))
    y_bar_dot = np.copy(unbroadcast(x_dot, y))
    x_bar_dot = unbroadcast(y_dot, x)
    for i in reversed(r):
        t6 = t7[i]
        for j in reversed(r1):
            t2, t3, t4, t5, t2_dot, t4_dot, t5_dot = tape.pop()
            t5_bar = unbroadcast(np.copy(y_bar[i, j]), t5)
            t5_bar_dot = unbroadcast(np.copy(y_bar_dot[i, j]), t5)
            y_bar[i, j] = 0.0
            y_bar_dot[i, j] = 0.0
            x_bar_dot = add_into(x_bar_dot, (t6, t3), unbroadcast(t5_bar_dot * t2 + t5_bar * t2_dot, t4))
            x_bar_dot = add_into(x_bar_dot, (i, j), unbroadcast(t5_bar_dot * t4 + t5_bar * t4_dot, t2))
    return x_bar_dot

# s2s show tests/cases/inplace.py::setitem_nested_loops --mode hvp --wrt 0
def setitem_nested_loops_hvp(x, x_dot):
    tape = []
    tape1 = []
    y = np.zeros((3, 2))
    r = range(3)
    y_dot = np.zeros_like(y)
    for i in r:
        r1 = range(2)
        for j in r1:
            t1 = x[i, j]
            t1_dot = x_dot[i, j]
            t2 = 2 - i
            t3 = 1 - j
            t4 = x[t2, t3]
            t4_dot = x_dot[t2, t3]
            t5 = t1 * t4
            t5_dot = t1_dot * t4 + t1 * t4_dot
            y = y.copy()
            y[i, j] = t5
            y_dot = y_dot.copy()
            y_dot[i, j] = t5_dot
            tape.append((t1, t2, t3, t4, t5, t1_dot, t4_dot, t5_dot))
        tape1.append(r1)
    y_bar, y_bar_dot, x_bar_dot = unbroadcast(x, y), unbroadcast(x_dot, y), unbroadcast(y_dot, x)
    for i in reversed(r):
        r1 = tape1.pop()
        for j in reversed(r1):
            t1, t2, t3, t4, t5, t1_dot, t4_dot, t5_dot = tape.pop()
            t5_bar = unbroadcast(np.copy(y_bar[i, j]), t5)
            t5_bar_dot = unbroadcast(np.copy(y_bar_dot[i, j]), t5)
            y_bar = y_bar.copy()
            y_bar[i, j] = 0.0
            y_bar_dot = y_bar_dot.copy()
            y_bar_dot[i, j] = 0.0
            x_bar_dot = add_at(x_bar_dot, (t2, t3), unbroadcast(t5_bar_dot * t1 + t5_bar * t1_dot, t4))
            x_bar_dot = add_into(x_bar_dot, (i, j), unbroadcast(t5_bar_dot * t4 + t5_bar * t4_dot, t1))
    return x_bar_dot

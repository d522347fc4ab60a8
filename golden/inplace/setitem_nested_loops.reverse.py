# s2s show ../../tests/cases/inplace.py::setitem_nested_loops --wrt 0
def setitem_nested_loops_grad(x):
    tape = []
    y = np.zeros((3, 2))
    r = range(3)
    r1 = range(2)
    t7 = rows_for(r)
    for i in r:
        t1 = 2 - i
        for j in r1:
            t2 = x[i, j]
            t3 = 1 - j
            t4 = x[t1, t3]
            t5 = t2 * t4
            y[i, j] = t5
            tape.append((t2, t3, t4, t5))
        t7.append(t1)
    y_bar = np.copy(unbroadcast(x, y))
    x_bar = unbroadcast(y, x)
    for i in reversed(r):
        t6 = t7[i]
        for j in reversed(r1):
            t2, t3, t4, t5 = tape.pop()
            t5_bar = unbroadcast(np.copy(y_bar[i, j]), t5)
            y_bar[i, j] = 0.0
            x_bar = add_into(x_bar, (t6, t3), unbroadcast(t5_bar * t2, t4))
            x_bar = add_into(x_bar, (i, j), unbroadcast(t5_bar * t4, t2))
    return x_bar

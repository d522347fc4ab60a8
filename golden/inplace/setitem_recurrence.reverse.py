# s2s show ../../tests/cases/inplace.py::setitem_recurrence --wrt 0
def setitem_recurrence_grad(x):
    tape = []
    y = np.zeros(5)
    t1 = x[0]
    y[0] = t1
    r = range(1, 5)
    for i in r:
        t2 = i - 1
        t3 = y[t2]
        t4 = x[i]
        t5 = 0.5 * t3 + t4 * t3 + t4
        y[i] = t5
        tape.append((t2, t5, t3, t4))
    x_bar = zeros_like(x)
    y_bar = broadcast_like(1.0, y)
    for i in reversed(r):
        t2, t5, t3, t4 = tape.pop()
        t5_bar = unbroadcast(np.copy(y_bar[i]), t5)
        y_bar[i] = 0.0
        x_bar = add_into(x_bar, i, unbroadcast(t5_bar, t4) + unbroadcast(t5_bar * t3, t4))
        y_bar = add_into(y_bar, t2, unbroadcast(t5_bar * t4, t3) + unbroadcast(t5_bar * 0.5, t3))
    x_bar = add_into(x_bar, 0, unbroadcast(y_bar[0], t1))
    return x_bar

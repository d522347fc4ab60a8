# s2s show tests/cases/inplace.py::setitem_zeros_like --wrt 0
def setitem_zeros_like_grad(x):
    tape = []
    y = np.zeros_like(x)
    r = range(3)
    for i in r:
        t1 = x[i]
        t2 = i + 1
        t3 = t1 * t2
        y[i] = t3
        tape.append((t1, t2, t3))
    t4 = y[0, 1]
    t5 = x[2, 0]
    t6 = t4 + t5
    y = y.copy()
    y[0, 1] = t6
    y_bar = np.cos(y)
    t6_bar = unbroadcast(np.copy(y_bar[0, 1]), t6)
    y_bar[0, 1] = 0.0
    x_bar = zeros_like(x)
    x_bar = add_into(x_bar, (2, 0), unbroadcast(t6_bar, t5))
    y_bar = add_into(y_bar, (0, 1), unbroadcast(t6_bar, t4))
    for i in reversed(r):
        t1, t2, t3 = tape.pop()
        t3_bar = unbroadcast(np.copy(y_bar[i]), t3)
        y_bar[i] = 0.0
        x_bar = add_into(x_bar, i, unbroadcast(t3_bar * t2, t1))
    return np.sum(np.sin(y)), x_bar

# s2s show tests/cases/inplace.py::setitem_accumulate --wrt 0,1
def setitem_accumulate_grad(x, w):
    tape = []
    y = np.zeros(3)
    r = range(3)
    for i in r:
        t1 = y[i]
        t2 = x[i]
        t3 = w[i]
        t4 = t1 + t2 * t3
        y[i] = t4
        t5 = y[i]
        t6 = t5 + t2
        y[i] = t6
        tape.append((t1, t2, t3, t4, t5, t6))
    t7 = y[0]
    t8 = w[2]
    t9 = t7 - t8
    y[0] = t9
    t10 = y[1]
    t11 = x[0]
    t12 = t10 * t11
    y[1] = t12
    y_bar = 2.0 * y
    t12_bar = unbroadcast(np.copy(y_bar[1]), t12)
    y_bar[1] = 0.0
    x_bar = zeros_like(x)
    x_bar = add_into(x_bar, 0, unbroadcast(t12_bar * t10, t11))
    y_bar = add_into(y_bar, 1, unbroadcast(t12_bar * t11, t10))
    t9_bar = unbroadcast(np.copy(y_bar[0]), t9)
    y_bar[0] = 0.0
    w_bar = zeros_like(w)
    w_bar = add_into(w_bar, 2, unbroadcast(-t9_bar, t8))
    y_bar = add_into(y_bar, 0, unbroadcast(t9_bar, t7))
    for i in reversed(r):
        t1, t2, t3, t4, t5, t6 = tape.pop()
        t6_bar = unbroadcast(np.copy(y_bar[i]), t6)
        y_bar[i] = 0.0
        y_bar = add_into(y_bar, i, unbroadcast(t6_bar, t5))
        t4_bar = unbroadcast(np.copy(y_bar[i]), t4)
        y_bar[i] = 0.0
        w_bar = add_into(w_bar, i, unbroadcast(t4_bar * t2, t3))
        x_bar = add_into(x_bar, i, unbroadcast(t6_bar, t2) + unbroadcast(t4_bar * t3, t2))
        y_bar = add_into(y_bar, i, unbroadcast(t4_bar, t1))
    return np.sum(y ** 2), x_bar, w_bar

# s2s show tests/cases/inplace.py::setitem_loop --wrt 0,1
def setitem_loop_grad(x, w):
    tape = []
    y = np.zeros(4)
    r = range(4)
    for i in r:
        t1 = x[i]
        t2 = t1 ** 2
        y[i] = t2
        tape.append((t1, t2))
    x_bar = zeros_like(x)
    y_bar = np.copy(unbroadcast(w, y))
    for i in reversed(r):
        t1, t2 = tape.pop()
        t2_bar = unbroadcast(np.copy(y_bar[i]), t2)
        y_bar[i] = 0.0
        x_bar = add_into(x_bar, i, t2_bar * 2 * t1)
    w_bar = unbroadcast(y, w)
    return np.sum(y * w), x_bar, w_bar

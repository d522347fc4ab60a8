# s2s show tests/cases/inplace.py::setitem_loop --mode hvp --wrt 0,1
def setitem_loop_hvp(x, w, x_dot, w_dot):
    tape = []
    y = np.zeros(4)
    r = range(4)
    y_dot = np.zeros_like(y)
    for i in r:
        t1 = x[i]
        t1_dot = x_dot[i]
        t2 = t1 ** 2
        t2_dot = t1_dot * 2 * t1
        y[i] = t2
        y_dot[i] = t2_dot
        tape.append((t1, t2, t1_dot, t2_dot))
    y_bar = np.copy(unbroadcast(w, y))
    y_bar_dot = np.copy(unbroadcast(w_dot, y))
    x_bar_dot = zeros_like(x)
    for i in reversed(r):
        t1, t2, t1_dot, t2_dot = tape.pop()
        t2_bar = unbroadcast(np.copy(y_bar[i]), t2)
        t2_bar_dot = unbroadcast(np.copy(y_bar_dot[i]), t2)
        y_bar[i] = 0.0
        y_bar_dot[i] = 0.0
        x_bar_dot = add_into(x_bar_dot, i, t2_bar_dot * 2 * t1 + t2_bar * 2 * t1_dot)
    w_bar_dot = unbroadcast(y_dot, w)
    return x_bar_dot, w_bar_dot

# s2s show ../../tests/cases/inplace.py::setitem_loop --mode hvp --wrt 0,1
def setitem_loop_hvp(x, w, x_dot, w_dot):
    y = np.zeros(4)
    r = range(4)
    y_dot, t1_all = np.zeros_like(y), rows_for(r)
    for i in r:
        t1 = x[i]
        t2 = t1 ** 2
        y[i] = t2
        y_dot[i] = x_dot[i] * 2 * t1
        t1_all.append(t2)
    y_bar = np.copy(unbroadcast(w, y))
    y_bar_dot = np.copy(unbroadcast(w_dot, y))
    x_bar_dot = zeros_like(x)
    for i in reversed(r):
        t3 = t1_all[i]
        t2_bar = unbroadcast(np.copy(y_bar[i]), t3)
        t2_bar_dot = unbroadcast(np.copy(y_bar_dot[i]), t3)
        y_bar[i] = 0.0
        y_bar_dot[i] = 0.0
        t4 = t2_bar_dot * 2 * x[i] + t2_bar * 2 * x_dot[i]
        x_bar_dot = add_into(x_bar_dot, i, t4)
    w_bar_dot = unbroadcast(y_dot, w)
    return x_bar_dot, w_bar_dot

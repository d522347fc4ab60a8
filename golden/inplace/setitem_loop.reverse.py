# s2s show ../../tests/cases/inplace.py::setitem_loop --wrt 0,1
def setitem_loop_grad(x, w):
    y = np.zeros(4)
    r = range(4)
    t2 = rows_for(r)
    for i in r:
        t1 = x[i] ** 2
        y[i] = t1
        t2.append(t1)
    x_bar = zeros_like(x)
    y_bar = np.copy(unbroadcast(w, y))
    for i in reversed(r):
        t1_bar = unbroadcast(np.copy(y_bar[i]), t2[i])
        y_bar[i] = 0.0
        x_bar = add_into(x_bar, i, t1_bar * 2 * x[i])
    w_bar = unbroadcast(y, w)
    return x_bar, w_bar

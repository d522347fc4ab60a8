# s2s show tests/cases/inplace.py::setitem_read_before_write --wrt 0
def setitem_read_before_write_grad(x):
    y = np.zeros(4)
    y[:] = x
    a = y[1]
    y[1] = 10.0
    t1 = y * x
    t2 = y[2]
    y_bar = np.zeros_like(y)
    y_bar[2] += a
    t3 = broadcast_like(1.0, t1)
    y_bar = y_bar + unbroadcast(t3 * x, y)
    x_bar = t3 * y
    y_bar[1] = 0.0
    y_bar[1] += t2
    x_bar = unbroadcast(x_bar, x) + unbroadcast(y_bar[:], x)
    return np.sum(t1) + a * t2, x_bar

# s2s show ../../tests/cases/inplace.py::setitem_read_before_write --wrt 0
def setitem_read_before_write_grad(x):
    y = np.zeros(4)
    y[:] = x
    a = y[1]
    y[1] = 10.0
    y_bar = np.zeros_like(y)
    y_bar[2] += a
    y_bar = y_bar + unbroadcast(x, y)
    y_bar[1] = 0.0
    y_bar[1] += y[2]
    x_bar = unbroadcast(y, x) + unbroadcast(y_bar[:], x)
    return x_bar

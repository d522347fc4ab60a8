# s2s show ../../tests/cases/inplace.py::setitem_2d_slices_broadcast --wrt 0,1
def setitem_2d_slices_broadcast_grad(x, s):
    y = np.zeros((3, 3))
    t1 = y[1:, :2] + x
    y[1:, :2] = t1
    y[:, 2] = s
    t2 = y[0, :]
    t3 = t2 + s * 2.0
    y = y.copy()
    y[0, :] = t3
    y_bar = np.cos(y)
    t3_bar = unbroadcast(np.copy(y_bar[0, :]), t3)
    y_bar[0, :] = 0.0
    s_bar = t3_bar * 2.0
    y_bar[0, :] += unbroadcast(t3_bar, t2)
    s_bar = unbroadcast(s_bar, s) + unbroadcast(np.copy(y_bar[:, 2]), s)
    y_bar[:, 2] = 0.0
    x_bar = unbroadcast(unbroadcast(y_bar[1:, :2], t1), x)
    return x_bar, s_bar

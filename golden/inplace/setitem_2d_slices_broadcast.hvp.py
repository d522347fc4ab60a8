# s2s show ../../tests/cases/inplace.py::setitem_2d_slices_broadcast --mode hvp --wrt 0,1
def setitem_2d_slices_broadcast_hvp(x, s, x_dot, s_dot):
    y = np.zeros((3, 3))
    t1 = y[1:, :2] + x
    y_dot = np.zeros_like(y)
    y[1:, :2] = t1
    y_dot[1:, :2] = broadcast_like(x_dot, t1)
    y[:, 2] = s
    y_dot[:, 2] = s_dot
    t2 = y[0, :]
    t3 = t2 + s * 2.0
    y = y.copy()
    y[0, :] = t3
    y_dot[0, :] = y_dot[0, :] + s_dot * 2.0
    y_bar_dot = -(y_dot * np.sin(y))
    t4 = unbroadcast(np.copy(y_bar_dot[0, :]), t3)
    y_bar_dot[0, :] = 0.0
    s_bar_dot = t4 * 2.0
    y_bar_dot[0, :] += unbroadcast(t4, t2)
    s_bar_dot = unbroadcast(s_bar_dot, s) + unbroadcast(np.copy(y_bar_dot[:, 2]), s)
    y_bar_dot[:, 2] = 0.0
    x_bar_dot = unbroadcast(unbroadcast(y_bar_dot[1:, :2], t1), x)
    return x_bar_dot, s_bar_dot

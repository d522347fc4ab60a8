# s2s show ../../tests/cases/inplace.py::setitem_2d_slices_broadcast --mode forward --wrt 0,1
def setitem_2d_slices_broadcast_jvp(x, s, x_dot, s_dot):
    y = np.zeros((3, 3))
    t1 = y[1:, :2] + x
    y_dot = np.zeros_like(y)
    y[1:, :2] = t1
    y_dot[1:, :2] = broadcast_like(x_dot, t1)
    y[:, 2] = s
    y_dot[:, 2] = s_dot
    y[0, :] = y[0, :] + s * 2.0
    y_dot[0, :] = y_dot[0, :] + s_dot * 2.0
    return np.sum(np.sin(y)), np.sum(y_dot * np.cos(y))

# s2s show ../../tests/cases/inplace.py::setitem_2d --mode forward --wrt 0,1
def setitem_2d_jvp(x, m, x_dot, m_dot):
    y = np.zeros((3, 4))
    y_dot = np.zeros_like(y)
    y[:, 0] = x
    y_dot[:, 0] = x_dot
    y[1] = m[1] * 2.0
    y_dot[1] = m_dot[1] * 2.0
    t1 = x[0]
    t2 = x[1]
    y[2, 3] = t1 * t2
    y_dot[2, 3] = x_dot[0] * t2 + t1 * x_dot[1]
    return np.sum(y * m), np.sum(y_dot * m + y * m_dot)

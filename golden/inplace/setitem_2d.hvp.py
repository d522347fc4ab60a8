# s2s show ../../tests/cases/inplace.py::setitem_2d --mode hvp --wrt 0,1
def setitem_2d_hvp(x, m, x_dot, m_dot):
    y = np.zeros((3, 4))
    y_dot = np.zeros_like(y)
    y[:, 0] = x
    y_dot[:, 0] = x_dot
    t1 = m[1] * 2.0
    y[1] = t1
    y_dot[1] = m_dot[1] * 2.0
    t2 = x[0]
    t2_dot = x_dot[0]
    t3 = x[1]
    t3_dot = x_dot[1]
    t4 = t2 * t3
    y[2, 3] = t4
    y_dot[2, 3] = t2_dot * t3 + t2 * t3_dot
    t6 = unbroadcast(m_dot, y)
    t4_bar = unbroadcast(np.copy(unbroadcast(m, y)[2, 3]), t4)
    t4_bar_dot = unbroadcast(np.copy(t6[2, 3]), t4)
    y_bar_dot = t6.copy()
    y_bar_dot[2, 3] = 0.0
    x_bar_dot = zeros_like(x)
    x_bar_dot = add_into(x_bar_dot, 1, unbroadcast(t4_bar_dot * t2 + t4_bar * t2_dot, t3))
    x_bar_dot = add_into(x_bar_dot, 0, unbroadcast(t4_bar_dot * t3 + t4_bar * t3_dot, t2))
    t5 = unbroadcast(np.copy(y_bar_dot[1]), t1)
    y_bar_dot[1] = 0.0
    m_bar_dot = unbroadcast(y_dot, m)
    m_bar_dot = add_into(m_bar_dot, 1, t5 * 2.0)
    x_bar_dot = x_bar_dot + unbroadcast(y_bar_dot[:, 0], x)
    return x_bar_dot, m_bar_dot

# s2s show ../../tests/cases/shapes.py::array_from_arrays --mode hvp --wrt 0,1
def array_from_arrays_hvp(x, y, x_dot, y_dot):
    m = np.array([x, y * 2.0])
    m_dot = np.array([x_dot, y_dot * 2.0])
    m_bar_dot = 3.0 * (m_dot * 2 * m)
    x_bar_dot = m_bar_dot[0]
    y_bar_dot = m_bar_dot[1] * 2.0
    return x_bar_dot, y_bar_dot

# s2s show ../../tests/cases/shapes.py::array_from_arrays --mode forward --wrt 0,1
def array_from_arrays_jvp(x, y, x_dot, y_dot):
    m = np.array([x, y * 2.0])
    m_dot = np.array([x_dot, y_dot * 2.0])
    return np.sum(m ** 3), np.sum(m_dot * 3 * m ** 2)

# s2s show ../../tests/cases/linalg.py::dot_1d_1d --mode forward --wrt 0,1
def dot_1d_1d_jvp(x, y, x_dot, y_dot):
    t1 = np.dot(x, y)
    return t1 ** 2, (np.dot(x_dot, y) + np.dot(x, y_dot)) * 2 * t1

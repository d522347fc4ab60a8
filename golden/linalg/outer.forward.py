# s2s show ../../tests/cases/linalg.py::outer --mode forward --wrt 0,1
def outer_jvp(x, y, C, x_dot, y_dot):
    return np.sum(np.outer(x, y) * C), np.sum((np.outer(x_dot, y) + np.outer(x, y_dot)) * C)

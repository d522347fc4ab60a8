# s2s show ../../tests/cases/shapes.py::transpose_2d --mode forward --wrt 0,1
def transpose_2d_jvp(x, y, x_dot, y_dot):
    t1 = np.transpose(x)
    return np.sum(t1 * y), np.sum(np.transpose(x_dot) * y + t1 * y_dot)

# s2s show ../../tests/cases/shapes.py::transpose_axes --mode forward --wrt 0,1
def transpose_axes_jvp(x, y, x_dot, y_dot):
    t1 = 1, 2, 0
    t2 = np.transpose(x, t1)
    return np.sum(t2 * y), np.sum(np.transpose(x_dot, t1) * y + t2 * y_dot)

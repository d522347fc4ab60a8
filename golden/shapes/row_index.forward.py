# s2s show ../../tests/cases/shapes.py::row_index --mode forward --wrt 0
def row_index_jvp(x, x_dot):
    t1 = x[0]
    t2 = x[2]
    t3 = x[1]
    t4 = np.sum(x_dot[0] * t2 + t1 * x_dot[2]) + np.sum(x_dot[1] * 2 * t3)
    return np.sum(t1 * t2) + np.sum(t3 ** 2), t4

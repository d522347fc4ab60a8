# s2s show ../../tests/cases/shapes.py::chained_indexing --mode forward --wrt 0
def chained_indexing_jvp(x, j, x_dot):
    t1 = x[1][2]
    t2 = x[0][j]
    t8 = x_dot[1][2] * t2 + t1 * x_dot[0][j]
    t3 = x[2][1:]
    t4 = x[:, j]
    t5 = j + 1
    t6 = x[:, t5]
    t7 = t1 * t2 + np.sum(t3 ** 2) + np.sum(t4 * t6)
    t7_dot = t8 + np.sum(x_dot[2][1:] * 2 * t3) + np.sum(x_dot[:, j] * t6 + t4 * x_dot[:, t5])
    return t7, t7_dot

# s2s show ../../tests/cases/shapes.py::slices_2d --mode forward --wrt 0
def slices_2d_jvp(x, x_dot):
    t1 = x[:, 0]
    t2 = x[:, 1]
    t3 = x[1, :]
    t8 = np.sum(x_dot[:, 0] * t2 + t1 * x_dot[:, 1]) + np.sum(x_dot[1, :] * 2 * t3)
    t4 = x[0, 1]
    t5 = x[2, 3]
    t6 = np.sum(t1 * t2) + np.sum(t3 ** 2) + t4 * t5
    t7 = x[1:, 2:]
    t9 = t8 + (x_dot[0, 1] * t5 + t4 * x_dot[2, 3]) + np.sum(x_dot[1:, 2:] * 3 * t7 ** 2)
    return t6 + np.sum(t7 ** 3), t9

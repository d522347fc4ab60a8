# s2s show ../../tests/cases/shapes.py::slices_1d --mode forward --wrt 0
def slices_1d_jvp(x, x_dot):
    t1 = x[1:3]
    t2 = x[0:2]
    t3 = x[::2]
    t7 = np.sum(x_dot[1:3] * t2 + t1 * x_dot[0:2]) + np.sum(x_dot[::2] * 2 * t3)
    t4 = x[-1]
    t5 = x[-2]
    t6 = np.sum(t1 * t2) + np.sum(t3 ** 2) + t4 * t5
    t8 = t7 + (x_dot[-1] * t5 + t4 * x_dot[-2]) + np.sum(x_dot[:-2:3])
    return t6 + np.sum(x[:-2:3]), t8

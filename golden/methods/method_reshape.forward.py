# s2s show ../../tests/cases/methods.py::method_reshape --mode forward --wrt 0,1
def method_reshape_jvp(x, y, x_dot, y_dot):
    t1 = 2, 6
    t2 = np.reshape(x, t1)
    t3 = 6, 2
    t4 = np.reshape(x, t3)
    t5 = np.transpose(y)
    t8 = np.sum(np.reshape(x_dot, t1) * y + t2 * y_dot) + np.sum(np.reshape(x_dot, t3) * t5 + t4 * np.transpose(y_dot))
    t6 = np.reshape(x, -1)
    t7 = np.sum(t2 * y) + np.sum(t4 * t5) + np.sum(t6 ** 2)
    return t7, t8 + np.sum(np.reshape(x_dot, -1) * 2 * t6)

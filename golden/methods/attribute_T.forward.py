# s2s show ../../tests/cases/methods.py::attribute_T --mode forward --wrt 0,1
def attribute_T_jvp(x, y, x_dot, y_dot):
    t1 = np.transpose(x)
    t1_dot = np.transpose(x_dot)
    t2 = np.dot(t1, y)
    t3 = np.sum(t1_dot @ y + t1 @ y_dot) + np.sum((np.dot(t1_dot, y) + np.dot(t1, y_dot)) * 2 * t2)
    return np.sum(t1 @ y) + np.sum(t2 ** 2), t3

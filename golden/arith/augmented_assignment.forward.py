# s2s show ../../tests/cases/arith.py::augmented_assignment --mode forward --wrt 0,1
def augmented_assignment_jvp(x, y, x_dot, y_dot):
    s = np.sum(x) * 2.0
    s_dot = np.sum(x_dot) * 2.0
    s = s - np.sum(y * y)
    s_dot = s_dot - np.sum(y_dot * y + y * y_dot)
    s = s / 3.0
    s_dot = s_dot / 3.0
    z = x ** 2
    z_dot = x_dot * 2 * x
    z = z + y
    z_dot = z_dot + y_dot
    z_1 = z * x
    z_1_dot = z_dot * x + z * x_dot
    s = s + np.sum(z_1)
    s_dot = s_dot + np.sum(z_1_dot)
    return s, s_dot

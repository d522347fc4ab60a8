# s2s show ../../tests/cases/functions.py::lambda_activation --mode forward --wrt 0
def lambda_activation_jvp(x, x_dot):
    t1 = np.exp(-x)
    t2 = 1.0 + t1
    t3 = x / t2
    t4 = 2.0 * x
    t4_dot = 2.0 * x_dot
    t5 = np.exp(-t4)
    t6 = 1.0 + t5
    t7 = t4 / t6
    t8 = (x_dot + t3 * (t1 * x_dot)) / t2 * t7 + t3 * ((t4_dot + t7 * (t5 * t4_dot)) / t6)
    return np.sum(t3 * t7), np.sum(t8)

# s2s show ../../tests/cases/arith.py::powers --mode forward --wrt 0
def powers_jvp(x, x_dot):
    t3 = x_dot * 3 * x ** 2 + x_dot * 0.5 * x ** (-0.5)
    t1 = 2.0 ** x
    t4 = t3 + x_dot * t1 * np.log(2.0) + x_dot * -1.5 * x ** (-2.5)
    t2 = np.sum(x ** 3 + x ** 0.5 + t1 + x ** (-1.5))
    return t2, np.sum(t4)

# s2s show ../../tests/cases/methods.py::integer_exponent_param --mode forward --wrt 0
def integer_exponent_param_jvp(x, n, x_dot):
    t1 = n - 1
    t2 = x_dot * n * x ** np.where(n == 0, 0, t1) + x_dot * t1 * x ** np.where(t1 == 0, 0, t1 - 1)
    return np.sum(x ** n + np.power(x, t1)), np.sum(t2)

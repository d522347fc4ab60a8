# s2s show ../../tests/cases/methods.py::integer_exponent_param --mode hvp --wrt 0
def integer_exponent_param_hvp(x, n, x_dot):
    t1 = n - 1
    t2 = np.where(n == 0, 0, t1)
    t3 = np.where(t1 == 0, 0, t1 - 1)
    t5 = broadcast_like(1.0, x ** n + np.power(x, t1))
    x_bar_dot = t5 * t1 * (x_dot * t3 * x ** np.where(t3 == 0, 0, t3 - 1))
    t4 = t5 * n * (x_dot * t2 * x ** np.where(t2 == 0, 0, t2 - 1))
    x_bar_dot = unbroadcast(x_bar_dot, x) + unbroadcast(t4, x)
    return x_bar_dot

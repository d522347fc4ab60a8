# s2s show ../../tests/cases/methods.py::integer_exponent_param --mode hvp --wrt 0
def integer_exponent_param_hvp(x, n, x_dot):
    t1 = n - 1
    t2 = t1 - 1
    t3 = broadcast_like(1.0, x ** n + np.power(x, t1))
    x_bar_dot = t3 * t1 * (x_dot * t2 * x ** (t2 - 1))
    x_bar_dot = unbroadcast(x_bar_dot, x) + unbroadcast(t3 * n * (x_dot * t1 * x ** t2), x)
    return x_bar_dot

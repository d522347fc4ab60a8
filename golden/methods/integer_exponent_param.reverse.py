# s2s show ../../tests/cases/methods.py::integer_exponent_param --wrt 0
def integer_exponent_param_grad(x, n):
    t1 = n - 1
    t2 = broadcast_like(1.0, x ** n + np.power(x, t1))
    x_bar = t2 * t1 * x ** np.where(t1 == 0, 0, t1 - 1)
    x_bar = unbroadcast(x_bar, x) + unbroadcast(t2 * n * x ** np.where(n == 0, 0, t1), x)
    return x_bar

# s2s show ../../tests/cases/ufuncs.py::hyperbolic --mode forward --wrt 0,1
def hyperbolic_jvp(x, y, x_dot, y_dot):
    t1 = np.tanh(x)
    t2 = np.sinh(x)
    t3 = np.cosh(y)
    t4 = x_dot * np.cosh(x) * t3 + t2 * (y_dot * np.sinh(y))
    return np.sum(t1 + t2 * t3), np.sum(x_dot * (1 - t1 ** 2) + t4)

# s2s show ../../tests/cases/ufuncs.py::hyperbolic --wrt 0,1
def hyperbolic_grad(x, y):
    t1 = np.tanh(x)
    t2 = np.sinh(x)
    t3 = np.cosh(y)
    t4 = broadcast_like(1.0, t1 + t2 * t3)
    y_bar = t4 * t2 * np.sinh(y)
    x_bar = t4 * t3 * np.cosh(x)
    x_bar = unbroadcast(x_bar, x) + unbroadcast(t4 * (1 - t1 ** 2), x)
    y_bar = unbroadcast(y_bar, y)
    return x_bar, y_bar

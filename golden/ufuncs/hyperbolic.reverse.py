# s2s show tests/cases/ufuncs.py::hyperbolic --wrt 0,1
def hyperbolic_grad(x, y):
    t1 = np.tanh(x)
    t2 = np.sinh(x)
    t3 = np.cosh(y)
    t4 = t1 + t2 * t3
    t4_bar = broadcast_like(1.0, t4)
    y_bar = t4_bar * t2 * np.sinh(y)
    x_bar = t4_bar * t3 * np.cosh(x)
    x_bar = unbroadcast(x_bar, x) + unbroadcast(t4_bar * (1 - t1 ** 2), x)
    y_bar = unbroadcast(y_bar, y)
    return np.sum(t4), x_bar, y_bar

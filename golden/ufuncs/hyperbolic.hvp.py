# s2s show ../../tests/cases/ufuncs.py::hyperbolic --mode hvp --wrt 0,1
def hyperbolic_hvp(x, y, x_dot, y_dot):
    t1 = np.tanh(x)
    t2 = np.sinh(x)
    t3 = np.cosh(x)
    t4 = np.cosh(y)
    t5 = np.sinh(y)
    t7 = broadcast_like(1.0, t1 + t2 * t4)
    y_bar_dot = t7 * (x_dot * t3) * t5 + t7 * t2 * (y_dot * t4)
    x_bar_dot = t7 * (y_dot * t5) * t3 + t7 * t4 * (x_dot * t2)
    t6 = unbroadcast(t7 * (x_dot * (1 - t1 ** 2) * 2 * t1), x)
    x_bar_dot = unbroadcast(x_bar_dot, x) - t6
    y_bar_dot = unbroadcast(y_bar_dot, y)
    return x_bar_dot, y_bar_dot

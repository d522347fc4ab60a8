# s2s show ../../tests/cases/ufuncs.py::ufunc_spellings --mode hvp --wrt 0,1
def ufunc_spellings_hvp(x, y, x_dot, y_dot):
    t1 = np.subtract(y, -3.0)
    t2 = np.divide(x, t1)
    t5 = broadcast_like(1.0, np.add(np.multiply(x, y), t2) + np.negative(x))
    t3 = t5 / t1
    x_bar = unbroadcast(t3, x) - unbroadcast(t5, x)
    t4 = -((x_dot - t2 * y_dot) / t1 * t5) - -(t2 * t5) / t1 * y_dot
    x_bar = x_bar + unbroadcast(t5 * y, x)
    x_bar_dot = unbroadcast(-(t3 * y_dot) / t1, x) + unbroadcast(t5 * y_dot, x)
    y_bar_dot = unbroadcast(t4 / t1, y) + unbroadcast(t5 * x_dot, y)
    return broadcast_like(x_bar_dot, x_bar), y_bar_dot

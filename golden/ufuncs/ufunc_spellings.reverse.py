# s2s show tests/cases/ufuncs.py::ufunc_spellings --wrt 0,1
def ufunc_spellings_grad(x, y):
    t1 = np.subtract(y, -3.0)
    t2 = np.divide(x, t1)
    t3 = np.add(np.multiply(x, y), t2) + np.negative(x)
    t4 = broadcast_like(1.0, t3)
    x_bar = -t4
    x_bar = unbroadcast(x_bar, x) + unbroadcast(t4 / t1, x)
    x_bar = x_bar + unbroadcast(t4 * y, x)
    y_bar = unbroadcast(-(t2 * t4) / t1, y) + unbroadcast(t4 * x, y)
    return np.sum(t3), x_bar, y_bar

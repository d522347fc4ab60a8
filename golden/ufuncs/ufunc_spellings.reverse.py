# s2s show tests/cases/ufuncs.py::ufunc_spellings --wrt 0,1
def ufunc_spellings_grad(x, y):
    t1 = np.subtract(y, -3.0)
    t2 = np.divide(x, t1)
    t3 = np.add(np.multiply(x, y), t2) + np.negative(x)
    t3_bar = unreduce(1.0, t3)
    x_bar = -t3_bar
    x_bar_1 = unbroadcast(x_bar, x) + unbroadcast(t3_bar / t1, x)
    t1_bar = x_bar * t2 / t1
    x_bar = x_bar_1 + unbroadcast(t3_bar * y, x)
    y_bar = unbroadcast(t1_bar, y) + unbroadcast(t3_bar * x, y)
    return np.sum(t3), x_bar, y_bar

# s2s show tests/cases/ufuncs.py::log1p_expm1 --wrt 0,1
def log1p_expm1_grad(x, y):
    t1 = np.log1p(y)
    t2 = np.expm1(x)
    x_bar = t1 * (t2 + 1)
    y_bar = t2 / (1 + y)
    x_bar = unbroadcast(x_bar, x)
    y_bar = unbroadcast(y_bar, y)
    return np.sum(t1 * t2), x_bar, y_bar

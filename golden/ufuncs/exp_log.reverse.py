# s2s show tests/cases/ufuncs.py::exp_log --wrt 0,1
def exp_log_grad(x, y):
    t1 = np.exp(x)
    t2 = np.log(y)
    y_bar = t1 / y
    x_bar = t2 * t1
    x_bar = unbroadcast(x_bar, x)
    y_bar = unbroadcast(y_bar, y)
    return np.sum(t1 * t2), x_bar, y_bar

# s2s show ../../tests/cases/ufuncs.py::exp_log --mode hvp --wrt 0,1
def exp_log_hvp(x, y, x_dot, y_dot):
    t1 = np.exp(x)
    t1_dot = x_dot * t1
    y_bar = t1 / y
    y_bar_dot = (t1_dot - y_bar * y_dot) / y
    x_bar_dot = y_dot / y * t1 + np.log(y) * t1_dot
    x_bar_dot = unbroadcast(x_bar_dot, x)
    y_bar_dot = unbroadcast(y_bar_dot, y)
    return x_bar_dot, y_bar_dot

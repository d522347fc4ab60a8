# s2s show ../../tests/cases/ufuncs.py::log1p_expm1 --mode hvp --wrt 0,1
def log1p_expm1_hvp(x, y, x_dot, y_dot):
    t1 = 1 + y
    t2 = np.expm1(x)
    t3 = t2 + 1
    t2_dot = x_dot * t3
    x_bar_dot = y_dot / t1 * t3 + np.log1p(y) * t2_dot
    y_bar = t2 / t1
    y_bar_dot = (t2_dot - y_bar * y_dot) / t1
    x_bar_dot = unbroadcast(x_bar_dot, x)
    y_bar_dot = unbroadcast(y_bar_dot, y)
    return x_bar_dot, y_bar_dot

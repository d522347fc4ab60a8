# s2s show tests/cases/ufuncs.py::log1p_expm1 --mode hvp --wrt 0,1
def log1p_expm1_hvp(x, y, x_dot, y_dot):
    t1 = np.log1p(y)
    t2 = 1 + y
    t3 = np.expm1(x)
    t4 = t3 + 1
    t3_dot = x_dot * t4
    t5 = broadcast_like(1.0, t1 * t3)
    x_bar_dot = t5 * (y_dot / t2) * t4 + t5 * t1 * t3_dot
    y_bar = t5 * t3 / t2
    y_bar_dot = (t5 * t3_dot - y_bar * y_dot) / t2
    x_bar_dot = unbroadcast(x_bar_dot, x)
    y_bar_dot = unbroadcast(y_bar_dot, y)
    return x_bar_dot, y_bar_dot

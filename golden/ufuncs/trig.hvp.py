# s2s show ../../tests/cases/ufuncs.py::trig --mode hvp --wrt 0
def trig_hvp(x, x_dot):
    t1 = np.sin(x)
    t2 = np.cos(x)
    t1_dot = x_dot * t2
    t3 = np.tan(0.3 * x)
    x_bar_dot = 0.3 * x_dot * (1 + t3 ** 2) * 2 * t3 * 0.3
    x_bar_dot = x_bar_dot - (t1_dot * t1 + t1 * t1_dot)
    t4 = t2 * (x_dot * t1)
    x_bar_dot = x_bar_dot + (-t4 - t4)
    return x_bar_dot

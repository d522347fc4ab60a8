# s2s show tests/cases/ufuncs.py::trig --mode hvp --wrt 0
def trig_hvp(x, x_dot):
    t1 = np.sin(x)
    t2 = np.cos(x)
    t1_dot = x_dot * t2
    t3 = -t1
    t4 = x_dot * t3
    t5 = np.tan(0.3 * x)
    t6 = unreduce(1.0, t1 * t2 + t5)
    x_bar_dot = t6 * (0.3 * x_dot * (1 + t5 ** 2) * 2 * t5) * 0.3
    x_bar_dot = x_bar_dot + (t6 * t1_dot * t3 + t6 * t1 * -t1_dot)
    x_bar_dot = x_bar_dot + (t6 * t4 * t2 + t6 * t2 * t4)
    return x_bar_dot

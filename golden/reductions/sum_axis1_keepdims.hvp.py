# s2s show ../../tests/cases/reductions.py::sum_axis1_keepdims --mode hvp --wrt 0
def sum_axis1_keepdims_hvp(x, x_dot):
    t1 = np.sum(x * x, axis=1, keepdims=True)
    t1_dot = np.sum(x_dot * x + x * x_dot, axis=1, keepdims=True)
    t2 = 1.0 + t1
    t3 = x / t2
    x_bar_dot = -(t1_dot / t2) / t2
    t2_bar = -t3 / t2
    t2_bar_dot = (-((x_dot - t3 * t1_dot) / t2) - t2_bar * t1_dot) / t2
    t4 = unbroadcast(t2_bar_dot, t1) * x + unbroadcast(t2_bar, t1) * x_dot
    x_bar_dot = unbroadcast(x_bar_dot, x) + t4
    x_bar_dot = x_bar_dot + t4
    return x_bar_dot

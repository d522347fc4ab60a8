# s2s show tests/cases/reductions.py::sum_axis1_keepdims --mode hvp --wrt 0
def sum_axis1_keepdims_hvp(x, x_dot):
    t1 = x * x
    t7 = np.sum(x_dot * x + x * x_dot, axis=1, keepdims=True)
    t2 = 1.0 + np.sum(t1, axis=1, keepdims=True)
    t3 = x / t2
    t4 = broadcast_like(1.0, t3)
    x_bar = t4 / t2
    x_bar_dot = -(x_bar * t7) / t2
    t2_bar = -(t3 * t4) / t2
    t5 = -((x_dot - t3 * t7) / t2 * t4) - t2_bar * t7
    t6 = unreduce(t5 / t2, t1, axis=1, keepdims=True) * x + unreduce(t2_bar, t1, axis=1, keepdims=True) * x_dot
    x_bar_dot = unbroadcast(x_bar_dot, x) + t6
    x_bar_dot = x_bar_dot + t6
    return x_bar_dot

# s2s show tests/cases/calls.py::call_other_module_with_global_arg --mode hvp --wrt 0
def call_other_module_with_global_arg_hvp(x, x_dot):
    t1 = x - np.ones(3)
    t2 = np.exp(x)
    t2_dot = x_dot * t2
    t3 = np.log1p(t2)
    t4 = 1 + t2
    t7 = unreduce(1.0, t3 * t3)
    t3_bar = t7 * t3
    t3_bar_dot = t7 * (t2_dot / t4)
    t5 = (t3_bar + t3_bar) / t4 * t2_dot
    x_bar_dot = (t3_bar_dot + t3_bar_dot - t5) / t4 * t2 + t5
    t6 = unreduce(1.0, t1 ** 2) * 2
    x_bar_dot = x_bar_dot + unbroadcast(broadcast_like(t6 * x_dot, t6 * t1), x)
    return x_bar_dot

# s2s show ../../tests/cases/calls.py::call_other_module_with_global_arg --mode hvp --wrt 0
def call_other_module_with_global_arg_hvp(x, x_dot):
    t1 = np.exp(x)
    t1_dot = x_dot * t1
    t2 = np.log1p(t1)
    t3 = 1 + t1
    t2_dot = t1_dot / t3
    t4 = (t2 + t2) / t3 * t1_dot
    x_bar_dot = (t2_dot + t2_dot - t4) / t3 * t1 + t4
    x_bar_dot = x_bar_dot + unbroadcast(broadcast_like(2.0 * x_dot, x - np.ones(3)), x)
    return x_bar_dot

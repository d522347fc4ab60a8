# s2s show ../../tests/cases/calls.py::call_other_module_attr --mode hvp --wrt 0
def call_other_module_attr_hvp(x, x_dot):
    t1 = np.exp(x)
    t1_dot = x_dot * t1
    t2 = 1 + t1
    t3 = np.tanh(x / 2.0)
    t4 = 1 - t3 ** 2
    t3_dot = x_dot / 2.0 * t4
    t5 = t1_dot / t2 * 2.0 * t4 - np.log1p(t1) * 2.0 * (t3_dot * 2 * t3)
    x_bar_dot = t5 / 2.0
    t6 = 2.0 * t3 / t2 * t1_dot
    x_bar_dot = x_bar_dot + ((2.0 * t3_dot - t6) / t2 * t1 + t6)
    return x_bar_dot

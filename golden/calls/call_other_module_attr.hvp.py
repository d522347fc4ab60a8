# s2s show tests/cases/calls.py::call_other_module_attr --mode hvp --wrt 0
def call_other_module_attr_hvp(x, x_dot):
    t1 = np.exp(x)
    t1_dot = x_dot * t1
    t2 = np.log1p(t1)
    t3 = 1 + t1
    t4 = np.tanh(x / 2.0)
    t5 = 1 - t4 ** 2
    t4_dot = x_dot / 2.0 * t5
    t6 = 2.0 * t4
    t8 = unreduce(1.0, t2 * t6)
    x_bar_dot = (t8 * (t1_dot / t3) * 2.0 * t5 + t8 * t2 * 2.0 * -(t4_dot * 2 * t4)) / 2.0
    t7 = t8 * t6 / t3 * t1_dot
    x_bar_dot = x_bar_dot + ((t8 * (2.0 * t4_dot) - t7) / t3 * t1 + t7)
    return x_bar_dot

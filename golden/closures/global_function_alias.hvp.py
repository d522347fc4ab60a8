# s2s show ../../tests/cases/closures.py::global_function_alias --mode hvp --wrt 0
def global_function_alias_hvp(x, x_dot):
    t1 = np.tanh(x)
    t2 = 1 - t1 ** 2
    t1_dot = x_dot * t2
    t3 = np.tanh(2.0 * x)
    t4 = 1 - t3 ** 2
    t3_dot = 2.0 * x_dot * t4
    x_bar_dot = (t1_dot * t4 - t1 * (t3_dot * 2 * t3)) * 2.0
    x_bar_dot = x_bar_dot + (t3_dot * t2 - t3 * (t1_dot * 2 * t1))
    return x_bar_dot

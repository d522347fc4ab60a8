# s2s show ../../tests/cases/methods.py::builtin_abs_on_array --mode hvp --wrt 0
def builtin_abs_on_array_hvp(x, x_dot):
    t1 = x_dot * np.sign(x)
    x_bar_dot = -2.0 * x_dot
    x_bar_dot = x_bar_dot + t1
    x_bar_dot = x_bar_dot + t1
    return x_bar_dot

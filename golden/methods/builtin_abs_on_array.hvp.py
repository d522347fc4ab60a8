# s2s show tests/cases/methods.py::builtin_abs_on_array --mode hvp --wrt 0
def builtin_abs_on_array_hvp(x, x_dot):
    t1 = np.sign(x)
    x_bar_dot = -unreduce(1.0, -x ** 2) * 2 * x_dot
    t2 = unreduce(1.0, abs(x) * x)
    x_bar_dot = x_bar_dot + t2 * (x_dot * t1)
    x_bar_dot = x_bar_dot + t2 * x_dot * t1
    return x_bar_dot

# s2s show tests/cases/methods.py::builtin_abs_on_array --wrt 0
def builtin_abs_on_array_grad(x):
    t1 = abs(x)
    x_bar = -2.0 * x
    x_bar = x_bar + t1
    x_bar = x_bar + x * np.sign(x)
    return np.sum(t1 * x) + np.sum(-x ** 2), x_bar

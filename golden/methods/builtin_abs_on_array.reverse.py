# s2s show ../../tests/cases/methods.py::builtin_abs_on_array --wrt 0
def builtin_abs_on_array_grad(x):
    x_bar = -2.0 * x
    x_bar = x_bar + abs(x)
    x_bar = x_bar + x * np.sign(x)
    return x_bar

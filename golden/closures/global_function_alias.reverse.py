# s2s show ../../tests/cases/closures.py::global_function_alias --wrt 0
def global_function_alias_grad(x):
    t1 = np.tanh(x)
    t2 = np.tanh(2.0 * x)
    x_bar = t1 * (1 - t2 ** 2) * 2.0
    x_bar = x_bar + t2 * (1 - t1 ** 2)
    return x_bar

# s2s show ../../tests/cases/calls.py::call_other_module_attr --wrt 0
def call_other_module_attr_grad(x):
    t1 = np.exp(x)
    t2 = np.tanh(x / 2.0)
    x_bar = np.log1p(t1) * 2.0 * (1 - t2 ** 2) / 2.0
    x_bar = x_bar + 2.0 * t2 / (1 + t1) * t1
    return x_bar

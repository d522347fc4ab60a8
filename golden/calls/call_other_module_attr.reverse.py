# s2s show tests/cases/calls.py::call_other_module_attr --wrt 0
def call_other_module_attr_grad(x):
    t1 = np.exp(x)
    t2 = np.log1p(t1)
    t3 = np.tanh(x / 2.0)
    t4 = 2.0 * t3
    x_bar = t2 * 2.0 * (1 - t3 ** 2) / 2.0
    x_bar = x_bar + t4 / (1 + t1) * t1
    return np.sum(t2 * t4), x_bar

# s2s show tests/cases/calls.py::call_other_module_with_global_arg --wrt 0
def call_other_module_with_global_arg_grad(x):
    t1 = x - np.ones(3)
    t2 = np.exp(x)
    t3 = np.log1p(t2)
    x_bar = (t3 + t3) / (1 + t2) * t2
    x_bar = x_bar + unbroadcast(2.0 * t1, x)
    return np.sum(t1 ** 2) + np.sum(t3 * t3), x_bar

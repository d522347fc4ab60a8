# s2s show ../../tests/cases/calls.py::call_other_module_with_global_arg --wrt 0
def call_other_module_with_global_arg_grad(x):
    t1 = np.exp(x)
    t2 = np.log1p(t1)
    x_bar = (t2 + t2) / (1 + t1) * t1
    x_bar = x_bar + unbroadcast(2.0 * (x - np.ones(3)), x)
    return x_bar

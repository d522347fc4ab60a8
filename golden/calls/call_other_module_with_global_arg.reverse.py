# s2s show tests/cases/calls.py::call_other_module_with_global_arg --wrt 0
def call_other_module_with_global_arg_grad(x):
    t1 = x - np.ones(3)
    t2 = t1 ** 2
    t3 = np.exp(x)
    t4 = np.log1p(t3)
    t5 = t4 * t4
    t4_bar = unreduce(1.0, t5) * t4
    x_bar = (t4_bar + t4_bar) / (1 + t3) * t3
    x_bar = x_bar + unbroadcast(unreduce(1.0, t2) * 2 * t1, x)
    return np.sum(t2) + np.sum(t5), x_bar

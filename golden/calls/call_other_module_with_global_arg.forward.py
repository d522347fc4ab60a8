# s2s show ../../tests/cases/calls.py::call_other_module_with_global_arg --mode forward --wrt 0
def call_other_module_with_global_arg_jvp(x, x_dot):
    t1 = x - np.ones(3)
    t2 = t1 ** 2
    t3 = np.exp(x)
    t4 = np.log1p(t3)
    t4_dot = x_dot * t3 / (1 + t3)
    t5 = np.sum(broadcast_like(x_dot * 2 * t1, t2)) + np.sum(t4_dot * t4 + t4 * t4_dot)
    return np.sum(t2) + np.sum(t4 * t4), t5

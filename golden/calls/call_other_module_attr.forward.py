# s2s show ../../tests/cases/calls.py::call_other_module_attr --mode forward --wrt 0
def call_other_module_attr_jvp(x, x_dot):
    t1 = np.exp(x)
    t2 = np.log1p(t1)
    t3 = np.tanh(x / 2.0)
    t4 = 2.0 * t3
    t5 = x_dot * t1 / (1 + t1) * t4 + t2 * (2.0 * (x_dot / 2.0 * (1 - t3 ** 2)))
    return np.sum(t2 * t4), np.sum(t5)

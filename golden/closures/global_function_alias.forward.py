# s2s show ../../tests/cases/closures.py::global_function_alias --mode forward --wrt 0
def global_function_alias_jvp(x, x_dot):
    t1 = np.tanh(x)
    t2 = np.tanh(2.0 * x)
    t3 = x_dot * (1 - t1 ** 2) * t2 + t1 * (2.0 * x_dot * (1 - t2 ** 2))
    return np.sum(t1 * t2), np.sum(t3)

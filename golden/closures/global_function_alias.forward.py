# s2s show tests/cases/closures.py::global_function_alias --mode forward --wrt 0
def global_function_alias_jvp(x, x_dot):
    t1 = np.tanh(x)
    t2 = np.tanh(2.0 * x)
    return np.sum(t1 * t2), np.sum(x_dot * (1 - t1 ** 2) * t2 + t1 * (2.0 * x_dot * (1 - t2 ** 2)))

# s2s show ../../tests/cases/methods.py::builtin_abs_on_array --mode forward --wrt 0
def builtin_abs_on_array_jvp(x, x_dot):
    t1 = abs(x)
    t2 = np.sum(x_dot * np.sign(x) * x + t1 * x_dot) + np.sum(-(x_dot * 2 * x))
    return np.sum(t1 * x) + np.sum(-x ** 2), t2

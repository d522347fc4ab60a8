# s2s show tests/cases/closures.py::module_constants --mode forward --wrt 0
def module_constants_jvp(x, x_dot):
    t1 = math.pi * x
    return np.sum(np.sin(t1) + np.pi * x + np.e * x ** 2), np.sum(math.pi * x_dot * np.cos(t1) + np.pi * x_dot + np.e * (x_dot * 2 * x))

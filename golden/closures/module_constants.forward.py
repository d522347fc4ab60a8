# s2s show ../../tests/cases/closures.py::module_constants --mode forward --wrt 0
def module_constants_jvp(x, x_dot):
    t1 = math.pi * x
    t3 = math.pi * x_dot * np.cos(t1) + np.pi * x_dot + np.e * (x_dot * 2 * x)
    t2 = np.sum(np.sin(t1) + np.pi * x + np.e * x ** 2)
    return t2, np.sum(t3)

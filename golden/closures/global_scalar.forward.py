# s2s show ../../tests/cases/closures.py::global_scalar --mode forward --wrt 0
def global_scalar_jvp(x, x_dot):
    return SCALE * np.sum(x ** 2), SCALE * np.sum(x_dot * 2 * x)

# s2s show ../../tests/cases/lowering.py::meshgrid_of_constants --mode forward --wrt 0
def meshgrid_of_constants_jvp(x, x_dot):
    a, b = np.meshgrid(np.linspace(0.0, 1.0, 3), np.arange(3.0))
    return np.sum(x * a * b), np.sum(x_dot * a * b)

# s2s show ../../tests/cases/shapes.py::ravel --mode forward --wrt 0
def ravel_jvp(x, x_dot):
    t1 = np.arange(6.0)
    return np.sum(np.ravel(x) * t1), np.sum(np.ravel(x_dot) * t1)

# s2s show ../../tests/cases/functions.py::partial_of_numpy --mode forward --wrt 0
def partial_of_numpy_jvp(x, x_dot):
    t1 = np.multiply(3.0, x)
    return np.sum(np.sin(t1)), np.sum(3.0 * x_dot * np.cos(t1))

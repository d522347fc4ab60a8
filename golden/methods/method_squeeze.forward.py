# s2s show ../../tests/cases/methods.py::method_squeeze --mode forward --wrt 0
def method_squeeze_jvp(x, x_dot):
    t1 = np.squeeze(x)
    t2 = np.sum(np.squeeze(x_dot) * 2 * t1) + np.sum(np.squeeze(x_dot, axis=1))
    return np.sum(t1 ** 2) + np.sum(np.squeeze(x, axis=1)), t2

# s2s show ../../tests/cases/methods.py::method_prod --mode forward --wrt 0
def method_prod_jvp(x, x_dot):
    t1 = np.sum(x_dot * unprod(1.0, x)) + np.sum(np.sum(x_dot * unprod(1.0, x, axis=0), axis=0))
    return np.prod(x) + np.sum(np.prod(x, axis=0)), t1

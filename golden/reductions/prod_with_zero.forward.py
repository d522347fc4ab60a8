# s2s show ../../tests/cases/reductions.py::prod_with_zero --mode forward --wrt 0
def prod_with_zero_jvp(x, x_dot):
    t1 = x[:, 1]
    t2 = np.sum(np.sum(x_dot * unprod(1.0, x, axis=1), axis=1)) + np.sum(x_dot[:, 1] * unprod(1.0, t1))
    return np.sum(np.prod(x, axis=1)) + np.prod(t1), t2

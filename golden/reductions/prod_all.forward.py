# s2s show ../../tests/cases/reductions.py::prod_all --mode forward --wrt 0
def prod_all_jvp(x, x_dot):
    return np.prod(x), np.sum(x_dot * unprod(1.0, x))

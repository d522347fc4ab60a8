# s2s show ../../tests/cases/arith.py::floordiv_nondiff --mode forward --wrt 0
def floordiv_nondiff_jvp(x, x_dot):
    t1 = x // 0.5
    return np.sum(x * t1) + np.sum(x // 0.25), np.sum(x_dot * t1)

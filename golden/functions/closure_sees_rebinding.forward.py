# s2s show ../../tests/cases/functions.py::closure_sees_rebinding --mode forward --wrt 0
def closure_sees_rebinding_jvp(x, x_dot):
    t1 = 3.0 * x
    return np.sum(t1 ** 2), np.sum(x_dot * 6.0 * t1)

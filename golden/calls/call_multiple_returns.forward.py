# s2s show ../../tests/cases/calls.py::call_multiple_returns --mode forward --wrt 0
def call_multiple_returns_jvp(x, x_dot):
    t1 = x[0]
    t2 = x[1:]
    t3 = np.sum(t2 ** 2)
    t4 = x_dot[0] * t3 + t1 * np.sum(x_dot[1:] * 2 * t2)
    return t1 * t3, t4

# s2s show ../../tests/cases/calls.py::call_with_kwargs --mode forward --wrt 0
def call_with_kwargs_jvp(x, x_dot):
    t1 = 3.0 * x
    t2 = x + 1.0
    t3 = np.sum(3.0 * x_dot * t2 + t1 * x_dot + 0.5 * x_dot)
    return np.sum(t1 * t2 + (0.5 * x + 2.0)), t3

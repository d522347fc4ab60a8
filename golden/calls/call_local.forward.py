# s2s show ../../tests/cases/calls.py::call_local --mode forward --wrt 0
def call_local_jvp(x, x_dot):
    t1 = np.sin(x)
    t1_dot = x_dot * np.cos(x)
    t2 = x_dot * x + x * x_dot + (t1_dot * t1 + t1 * t1_dot)
    return np.sum(x * x + t1 * t1), np.sum(t2)

# s2s show ../../tests/cases/functions.py::helper_calls_closure --mode forward --wrt 0,1
def helper_calls_closure_jvp(x, a, x_dot, a_dot):
    t1 = np.tanh(a * x)
    t2 = t1 + x
    t2_dot = (a_dot * x + a * x_dot) * (1 - t1 ** 2) + x_dot
    t3 = np.tanh(a * t2)
    t4 = (a_dot * t2 + a * t2_dot) * (1 - t3 ** 2) + t2_dot
    return np.sum(t3 + t2), np.sum(t4)

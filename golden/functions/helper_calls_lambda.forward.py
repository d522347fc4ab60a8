# s2s show ../../tests/cases/functions.py::helper_calls_lambda --mode forward --wrt 0
def helper_calls_lambda_jvp(x, x_dot):
    t1 = np.sin(x)
    t2 = t1 * x
    t2_dot = x_dot * np.cos(x) * x + t1 * x_dot
    t3 = np.sin(t2)
    return np.sum(t3 * t2), np.sum(t2_dot * np.cos(t2) * t2 + t3 * t2_dot)

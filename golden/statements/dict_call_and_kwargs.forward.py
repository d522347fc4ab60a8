# s2s show ../../tests/cases/statements.py::dict_call_and_kwargs --mode forward --wrt 0
def dict_call_and_kwargs_jvp(x, x_dot):
    t1 = 0.5 * np.sum(x ** 2) + 0.1 * np.sum(np.absolute(x))
    t1_dot = 0.5 * np.sum(x_dot * 2 * x) + 0.1 * np.sum(x_dot * np.sign(x))
    t2 = np.sin(x)
    t2_dot = x_dot * np.cos(x)
    t3 = 2.0 * np.sum(t2 ** 2) + 0.0 * np.sum(np.absolute(t2))
    t3_dot = 2.0 * np.sum(t2_dot * 2 * t2) + 0.0 * np.sum(t2_dot * np.sign(t2))
    return t1 + t3, t1_dot + t3_dot

# s2s show ../../tests/cases/arith.py::broadcast_python_scalar --mode forward --wrt 0,1
def broadcast_python_scalar_jvp(s, x, s_dot, x_dot):
    t1 = 1.0 + x ** 2
    t2 = s ** 2 / t1
    t2_dot = (s_dot * 2 * s - t2 * (x_dot * 2 * x)) / t1
    return np.sum(s * x + t2), np.sum(s_dot * x + s * x_dot + t2_dot)

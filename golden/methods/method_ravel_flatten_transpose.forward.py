# s2s show ../../tests/cases/methods.py::method_ravel_flatten_transpose --mode forward --wrt 0
def method_ravel_flatten_transpose_jvp(x, x_dot):
    t1 = np.ravel(x)
    t1_dot = np.ravel(x_dot)
    t2 = t1 * t1
    t3 = np.ravel(np.transpose(x))
    t4 = (t1_dot * t1 + t1 * t1_dot) * t3 + t2 * np.ravel(np.transpose(x_dot))
    return np.sum(t2 * t3), np.sum(t4)

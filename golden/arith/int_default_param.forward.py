# s2s show ../../tests/cases/arith.py::int_default_param --mode forward --wrt 0
def int_default_param_jvp(x, k, x_dot):
    t1 = np.sum(x * k) + k
    return t1, broadcast_like(np.sum(x_dot * k), t1)

# s2s show ../../tests/cases/pytrees.py::tuple_param_unpack --mode forward --wrt 0
def tuple_param_unpack_jvp(params, params_dot):
    a, b = params
    a_dot, b_dot = params_dot
    t1 = np.exp(b)
    return np.sum(a * t1), np.sum(a_dot * t1 + a * (b_dot * t1))

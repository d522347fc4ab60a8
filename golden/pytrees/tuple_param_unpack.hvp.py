# s2s show ../../tests/cases/pytrees.py::tuple_param_unpack --mode hvp --wrt 0
def tuple_param_unpack_hvp(params, params_dot):
    a, b = params
    a_dot, b_dot = params_dot
    t1 = np.exp(b)
    t1_dot = b_dot * t1
    t2 = unbroadcast(t1_dot, params[0]), unbroadcast(a_dot * t1 + a * t1_dot, params[1])
    return t2

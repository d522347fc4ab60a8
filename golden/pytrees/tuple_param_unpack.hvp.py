# s2s show tests/cases/pytrees.py::tuple_param_unpack --mode hvp --wrt 0
def tuple_param_unpack_hvp(params, params_dot):
    a, b = params
    a_dot, b_dot = params_dot
    t1 = np.exp(b)
    t1_dot = b_dot * t1
    t2 = broadcast_like(1.0, a * t1)
    a_bar_dot = t2 * t1_dot
    b_bar_dot = t2 * a_dot * t1 + t2 * a * t1_dot
    return unbroadcast(a_bar_dot, params[0]), unbroadcast(b_bar_dot, params[1])

# s2s show tests/cases/pytrees.py::tuple_param_unpack --wrt 0
def tuple_param_unpack_grad(params):
    a, b = params
    t1 = np.exp(b)
    t2 = a * t1
    params_bar = unbroadcast(t1, params[0]), unbroadcast(t2, params[1])
    return np.sum(t2), params_bar

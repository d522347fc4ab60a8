# s2s show ../../tests/cases/pytrees.py::tuple_param_unpack --wrt 0 --backend jax
def tuple_param_unpack_grad(params):
    a, b = params
    t1 = jnp.exp(b)
    params_bar = unbroadcast(t1, params[0]), unbroadcast(a * t1, params[1])
    return params_bar

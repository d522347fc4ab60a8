# s2s show tests/cases/pytrees.py::tuple_param_unpack --wrt 0 --backend jax
def tuple_param_unpack_grad(params):
    a, b = params
    t1 = jnp.exp(b)
    t2 = a * t1
    t3 = broadcast_like(1.0, t2)
    a_bar = t3 * t1
    b_bar = t3 * a * t1
    params_bar = unbroadcast(a_bar, params[0]), unbroadcast(b_bar, params[1])
    return jnp.sum(t2), params_bar

# s2s show tests/cases/arith.py::int_default_param --wrt 0 --backend jax
def int_default_param_grad(x, k=3):
    t1 = x * k
    x_bar = broadcast_like(1.0, t1) * k
    x_bar = unbroadcast(x_bar, x)
    return jnp.sum(t1) + k, x_bar

# s2s show tests/cases/shapes.py::reshape_minus_one --wrt 0,1 --backend jax
def reshape_minus_one_grad(x, v):
    t1 = jnp.reshape(x, (-1,))
    t2 = t1 * v
    t3 = jnp.reshape(v, (3, -1))
    v_bar = reshape_like(2.0 * t3, v)
    t4 = broadcast_like(1.0, t2)
    v_bar = v_bar + unbroadcast(t4 * t1, v)
    x_bar = reshape_like(unbroadcast(t4 * v, t1), x)
    return jnp.sum(t2) + jnp.sum(t3 ** 2), x_bar, v_bar

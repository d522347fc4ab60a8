# s2s show tests/cases/methods.py::method_reshape --wrt 0,1 --backend jax
def method_reshape_grad(x, y):
    t1 = jnp.reshape(x, (2, 6))
    t2 = t1 * y
    t3 = jnp.reshape(x, (6, 2))
    t4 = jnp.transpose(y)
    t5 = t3 * t4
    t6 = jnp.reshape(x, -1)
    x_bar = reshape_like(2.0 * t6, x)
    t7 = broadcast_like(1.0, t5)
    y_bar = untranspose(unbroadcast(t7 * t3, t4))
    x_bar = x_bar + reshape_like(unbroadcast(t7 * t4, t3), x)
    t8 = broadcast_like(1.0, t2)
    y_bar = y_bar + unbroadcast(t8 * t1, y)
    x_bar = x_bar + reshape_like(unbroadcast(t8 * y, t1), x)
    return jnp.sum(t2) + jnp.sum(t5) + jnp.sum(t6 ** 2), x_bar, y_bar

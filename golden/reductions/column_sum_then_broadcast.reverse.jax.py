# s2s show tests/cases/reductions.py::column_sum_then_broadcast --wrt 0,1 --backend jax
def column_sum_then_broadcast_grad(x, y):
    a = jnp.sum(x, axis=0)
    t1 = a * y
    t2 = jnp.sum(x)
    t3 = jnp.sum(y)
    t4 = jnp.cos(t1)
    a_bar = t4 * y
    y_bar = broadcast_like(t2, y) + unbroadcast(t4 * a, y)
    x_bar = t3 + jnp.expand_dims(unbroadcast(a_bar, a), 0)
    x_bar = broadcast_like(x_bar, x)
    return jnp.sum(jnp.sin(t1)) + t2 * t3, x_bar, y_bar

# s2s show ../../tests/cases/reductions.py::column_sum_then_broadcast --wrt 0,1 --backend jax
def column_sum_then_broadcast_grad(x, y):
    a = jnp.sum(x, axis=0)
    t1 = jnp.cos(a * y)
    a_bar = t1 * y
    y_bar = broadcast_like(jnp.sum(x), y) + unbroadcast(t1 * a, y)
    x_bar = jnp.sum(y) + jnp.expand_dims(unbroadcast(a_bar, a), 0)
    x_bar = broadcast_like(x_bar, x)
    return x_bar, y_bar

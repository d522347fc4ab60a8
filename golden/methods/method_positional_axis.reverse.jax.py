# s2s show tests/cases/methods.py::method_positional_axis --wrt 0 --backend jax
def method_positional_axis_grad(x):
    t1 = jnp.sum(x, 0)
    t2 = jnp.sum(x, 1)
    t3 = jnp.max(x, 0)
    t4 = jnp.sum(t1 ** 2) + jnp.sum(t2 ** 2) + jnp.sum(t3)
    x_bar = unreduce_extremum(1.0, x, t3, axis=0)
    x_bar = x_bar + jnp.expand_dims(2.0 * t2, 1)
    x_bar = x_bar + jnp.expand_dims(2.0 * t1, 0)
    return t4, x_bar

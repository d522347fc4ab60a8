# s2s show ../../tests/cases/methods.py::method_positional_axis --wrt 0 --backend jax
def method_positional_axis_grad(x):
    x_bar = unreduce_extremum(1.0, x, jnp.max(x, 0), axis=0)
    x_bar = x_bar + jnp.expand_dims(2.0 * jnp.sum(x, 1), 1)
    x_bar = x_bar + jnp.expand_dims(2.0 * jnp.sum(x, 0), 0)
    return x_bar

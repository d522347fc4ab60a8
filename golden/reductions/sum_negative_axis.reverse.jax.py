# s2s show ../../tests/cases/reductions.py::sum_negative_axis --wrt 0 --backend jax
def sum_negative_axis_grad(x):
    x_bar = broadcast_like(jnp.expand_dims(3.0 * jnp.sum(x, axis=-1) ** 2, -1), x)
    return x_bar

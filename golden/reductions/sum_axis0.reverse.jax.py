# s2s show ../../tests/cases/reductions.py::sum_axis0 --wrt 0 --backend jax
def sum_axis0_grad(x):
    x_bar = broadcast_like(jnp.expand_dims(2.0 * jnp.sum(x, axis=0), 0), x)
    return x_bar

# s2s show tests/cases/reductions.py::sum_axis0 --wrt 0 --backend jax
def sum_axis0_grad(x):
    t1 = jnp.sum(x, axis=0)
    x_bar = broadcast_like(jnp.expand_dims(2.0 * t1, 0), x)
    return jnp.sum(t1 ** 2), x_bar

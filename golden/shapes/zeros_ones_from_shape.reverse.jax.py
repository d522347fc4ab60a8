# s2s show tests/cases/shapes.py::zeros_ones_from_shape --wrt 0 --backend jax
def zeros_ones_from_shape_grad(x):
    t1 = jnp.shape(x)
    z = jnp.zeros(t1) + jnp.ones_like(x) * 2.0 + jnp.zeros((t1[0], 2))
    t2 = x + z
    t3 = jnp.full((3, 2), 0.5)
    x_bar = unbroadcast(t3, x) + unbroadcast(2.0 * t2, x)
    return jnp.sum(t2 ** 2) + jnp.sum(t3 * x), x_bar

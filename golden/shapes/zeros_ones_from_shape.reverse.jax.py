# s2s show ../../tests/cases/shapes.py::zeros_ones_from_shape --wrt 0 --backend jax
def zeros_ones_from_shape_grad(x):
    t1 = jnp.shape(x)
    z = jnp.zeros(t1) + jnp.ones_like(x) * 2.0 + jnp.zeros((t1[0], 2))
    x_bar = unbroadcast(jnp.full((3, 2), 0.5), x) + unbroadcast(2.0 * (x + z), x)
    return x_bar

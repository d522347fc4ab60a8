# s2s show tests/cases/shapes.py::ravel --wrt 0 --backend jax
def ravel_grad(x):
    t1 = jnp.ravel(x)
    t2 = jnp.arange(6.0)
    x_bar = reshape_like(unbroadcast(t2, t1), x)
    return jnp.sum(t1 * t2), x_bar

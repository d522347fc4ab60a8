# s2s show tests/cases/methods.py::method_squeeze --wrt 0 --backend jax
def method_squeeze_grad(x):
    t1 = jnp.squeeze(x)
    t2 = jnp.squeeze(x, axis=1)
    x_bar = reshape_like(broadcast_like(1.0, t2), x)
    x_bar = x_bar + reshape_like(2.0 * t1, x)
    return jnp.sum(t1 ** 2) + jnp.sum(t2), x_bar

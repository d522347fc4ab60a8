# s2s show ../../tests/cases/methods.py::method_squeeze --wrt 0 --backend jax
def method_squeeze_grad(x):
    x_bar = reshape_like(broadcast_like(1.0, jnp.squeeze(x, axis=1)), x)
    x_bar = x_bar + reshape_like(2.0 * jnp.squeeze(x), x)
    return x_bar

# s2s show ../../tests/cases/methods.py::method_reshape --wrt 0,1 --backend jax
def method_reshape_grad(x, y):
    t1 = jnp.reshape(x, (2, 6))
    t2 = jnp.reshape(x, (6, 2))
    t3 = jnp.transpose(y)
    x_bar = reshape_like(2.0 * jnp.reshape(x, -1), x)
    y_bar = untranspose(unbroadcast(t2, t3))
    x_bar = x_bar + reshape_like(unbroadcast(t3, t2), x)
    y_bar = y_bar + unbroadcast(t1, y)
    x_bar = x_bar + reshape_like(unbroadcast(y, t1), x)
    return x_bar, y_bar

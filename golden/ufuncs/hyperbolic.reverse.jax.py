# s2s show ../../tests/cases/ufuncs.py::hyperbolic --wrt 0,1 --backend jax
def hyperbolic_grad(x, y):
    t1 = jnp.tanh(x)
    t2 = jnp.sinh(x)
    t3 = jnp.cosh(y)
    t4 = broadcast_like(1.0, t1 + t2 * t3)
    y_bar = t4 * t2 * jnp.sinh(y)
    x_bar = t4 * t3 * jnp.cosh(x)
    x_bar = unbroadcast(x_bar, x) + unbroadcast(t4 * (1 - t1 ** 2), x)
    y_bar = unbroadcast(y_bar, y)
    return x_bar, y_bar

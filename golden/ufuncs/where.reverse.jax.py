# s2s show ../../tests/cases/ufuncs.py::where --wrt 0,1 --backend jax
def where_grad(x, y):
    t1 = x > 0
    t2 = broadcast_like(1.0, jnp.where(t1, x * y, jnp.sin(y)))
    t3 = jnp.where(t1, t2, 0.0)
    y_bar = jnp.where(t1, 0.0, t2) * jnp.cos(y)
    x_bar = t3 * y
    y_bar = unbroadcast(y_bar, y) + unbroadcast(t3 * x, y)
    x_bar = unbroadcast(x_bar, x)
    return x_bar, y_bar

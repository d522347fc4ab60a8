# s2s show tests/cases/ufuncs.py::relu --wrt 0,1 --backend jax
def relu_grad(x, y):
    t1 = jnp.maximum(x, 0.0)
    t2 = t1 * y
    t3 = broadcast_like(1.0, t2)
    y_bar = t3 * t1
    x_bar = t3 * y * jnp.where(x == 0.0, 0.5, x > 0.0)
    x_bar = unbroadcast(x_bar, x)
    y_bar = unbroadcast(y_bar, y)
    return jnp.sum(t2), x_bar, y_bar

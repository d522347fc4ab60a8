# s2s show tests/cases/ufuncs.py::ufunc_spellings --wrt 0,1 --backend jax
def ufunc_spellings_grad(x, y):
    t1 = jnp.subtract(y, -3.0)
    t2 = jnp.divide(x, t1)
    t3 = jnp.add(jnp.multiply(x, y), t2) + jnp.negative(x)
    t4 = broadcast_like(1.0, t3)
    x_bar = -t4
    x_bar = unbroadcast(x_bar, x) + unbroadcast(t4 / t1, x)
    x_bar = x_bar + unbroadcast(t4 * y, x)
    y_bar = unbroadcast(-(t2 * t4) / t1, y) + unbroadcast(t4 * x, y)
    return jnp.sum(t3), x_bar, y_bar

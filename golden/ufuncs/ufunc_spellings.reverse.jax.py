# s2s show tests/cases/ufuncs.py::ufunc_spellings --wrt 0,1 --backend jax
def ufunc_spellings_grad(x, y):
    t1 = jnp.subtract(y, -3.0)
    t2 = jnp.divide(x, t1)
    t3 = jnp.add(jnp.multiply(x, y), t2) + jnp.negative(x)
    t3_bar = broadcast_like(1.0, t3)
    x_bar = -t3_bar
    x_bar = unbroadcast(x_bar, x) + unbroadcast(t3_bar / t1, x)
    x_bar = x_bar + unbroadcast(t3_bar * y, x)
    y_bar = unbroadcast(-(t2 * t3_bar) / t1, y) + unbroadcast(t3_bar * x, y)
    return jnp.sum(t3), x_bar, y_bar

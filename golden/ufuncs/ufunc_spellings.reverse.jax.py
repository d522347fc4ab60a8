# s2s show ../../tests/cases/ufuncs.py::ufunc_spellings --wrt 0,1 --backend jax
def ufunc_spellings_grad(x, y):
    t1 = jnp.subtract(y, -3.0)
    t2 = jnp.divide(x, t1)
    t3 = broadcast_like(1.0, jnp.add(jnp.multiply(x, y), t2) + jnp.negative(x))
    x_bar = unbroadcast(t3 / t1, x) - unbroadcast(t3, x)
    x_bar = x_bar + unbroadcast(t3 * y, x)
    y_bar = unbroadcast(-(t2 * t3) / t1, y) + unbroadcast(t3 * x, y)
    return x_bar, y_bar

# s2s show tests/cases/ufuncs.py::arctan_product --wrt 0,1 --backend jax
def arctan_product_grad(x, y):
    t1 = x * y
    t2 = 1 + t1 ** 2
    x_bar = y / t2
    y_bar = x / t2
    x_bar = unbroadcast(x_bar, x)
    y_bar = unbroadcast(y_bar, y)
    return jnp.sum(jnp.arctan(t1)), x_bar, y_bar

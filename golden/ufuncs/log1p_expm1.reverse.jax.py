# s2s show ../../tests/cases/ufuncs.py::log1p_expm1 --wrt 0,1 --backend jax
def log1p_expm1_grad(x, y):
    t1 = jnp.expm1(x)
    x_bar = jnp.log1p(y) * (t1 + 1)
    y_bar = t1 / (1 + y)
    x_bar = unbroadcast(x_bar, x)
    y_bar = unbroadcast(y_bar, y)
    return x_bar, y_bar

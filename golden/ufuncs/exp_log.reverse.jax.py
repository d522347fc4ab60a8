# s2s show ../../tests/cases/ufuncs.py::exp_log --wrt 0,1 --backend jax
def exp_log_grad(x, y):
    t1 = jnp.exp(x)
    y_bar = t1 / y
    x_bar = jnp.log(y) * t1
    x_bar = unbroadcast(x_bar, x)
    y_bar = unbroadcast(y_bar, y)
    return x_bar, y_bar

# s2s show tests/cases/ufuncs.py::exp_log --wrt 0,1 --backend jax
def exp_log_grad(x, y):
    t1 = jnp.exp(x)
    t2 = jnp.log(y)
    t3 = t1 * t2
    t4 = broadcast_like(1.0, t3)
    y_bar = t4 * t1 / y
    x_bar = t4 * t2 * t1
    x_bar = unbroadcast(x_bar, x)
    y_bar = unbroadcast(y_bar, y)
    return jnp.sum(t3), x_bar, y_bar

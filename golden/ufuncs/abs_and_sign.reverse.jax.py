# s2s show tests/cases/ufuncs.py::abs_and_sign --wrt 0,1 --backend jax
def abs_and_sign_grad(x, y):
    t1 = jnp.absolute(x)
    t2 = jnp.sign(x)
    t3 = t2 * y
    t4 = t1 * y + t3 * y
    t4_bar = broadcast_like(1.0, t4)
    y_bar = t4_bar * t3
    t5 = t4_bar * y * t2
    y_bar = unbroadcast(y_bar, y) + unbroadcast(t5, y)
    y_bar = y_bar + unbroadcast(t4_bar * t1, y)
    x_bar = unbroadcast(t5, x)
    return jnp.sum(t4), x_bar, y_bar

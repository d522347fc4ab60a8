# s2s show ../../tests/cases/ufuncs.py::abs_and_sign --wrt 0,1 --backend jax
def abs_and_sign_grad(x, y):
    t1 = jnp.absolute(x)
    t2 = jnp.sign(x)
    t3 = t2 * y
    t5 = broadcast_like(1.0, t1 * y + t3 * y)
    y_bar = t5 * t3
    t4 = t5 * y * t2
    y_bar = unbroadcast(y_bar, y) + unbroadcast(t4, y)
    y_bar = y_bar + unbroadcast(t5 * t1, y)
    x_bar = unbroadcast(t4, x)
    return x_bar, y_bar

# s2s show ../../tests/cases/ufuncs.py::maximum_minimum --wrt 0,1 --backend jax
def maximum_minimum_grad(x, y):
    t1 = jnp.maximum(x, y)
    t2 = 0.5 * y
    t5 = broadcast_like(1.0, t1 * x - jnp.minimum(x, t2))
    t3 = x == t2
    t1_bar = t5 * x
    x_bar = unbroadcast(t5 * t1, x) - unbroadcast(jnp.where(t3, 0.5, x < t2) * t5, x)
    t4 = x == y
    x_bar = x_bar + unbroadcast(t1_bar * jnp.where(t4, 0.5, x > y), x)
    y_bar = unbroadcast(t1_bar * jnp.where(t4, 0.5, x < y), y) - unbroadcast(0.5 * (jnp.where(t3, 0.5, x > t2) * t5), y)
    return x_bar, y_bar

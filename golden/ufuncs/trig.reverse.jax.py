# s2s show ../../tests/cases/ufuncs.py::trig --wrt 0 --backend jax
def trig_grad(x):
    t1 = jnp.sin(x)
    t2 = jnp.cos(x)
    x_bar = (1 + jnp.tan(0.3 * x) ** 2) * 0.3
    x_bar = x_bar - t1 * t1
    x_bar = x_bar + t2 * t2
    return x_bar

# s2s show tests/cases/closures.py::module_constants --wrt 0 --backend jax
def module_constants_grad(x):
    t1 = math.pi * x
    t2 = jnp.sin(t1) + np.pi * x + np.e * x ** 2
    t2_bar = broadcast_like(1.0, t2)
    x_bar = t2_bar * np.e * 2 * x
    x_bar = unbroadcast(x_bar, x) + unbroadcast(t2_bar * np.pi, x)
    x_bar = x_bar + unbroadcast(t2_bar * jnp.cos(t1) * math.pi, x)
    return jnp.sum(t2), x_bar

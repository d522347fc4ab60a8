# s2s show ../../tests/cases/closures.py::module_constants --wrt 0 --backend jax
def module_constants_grad(x):
    t1 = math.pi * x
    t2 = broadcast_like(1.0, jnp.sin(t1) + np.pi * x + np.e * x ** 2)
    x_bar = t2 * np.e * 2 * x
    x_bar = unbroadcast(x_bar, x) + unbroadcast(t2 * np.pi, x)
    x_bar = x_bar + unbroadcast(t2 * jnp.cos(t1) * math.pi, x)
    return x_bar

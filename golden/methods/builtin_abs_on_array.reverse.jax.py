# s2s show tests/cases/methods.py::builtin_abs_on_array --wrt 0 --backend jax
def builtin_abs_on_array_grad(x):
    t1 = abs(x)
    x_bar = -2.0 * x
    x_bar = x_bar + t1
    x_bar = x_bar + x * jnp.sign(x)
    return jnp.sum(t1 * x) + jnp.sum(-x ** 2), x_bar

# s2s show ../../tests/cases/closures.py::global_function_alias --wrt 0 --backend jax
def global_function_alias_grad(x):
    t1 = jnp.tanh(x)
    t2 = jnp.tanh(2.0 * x)
    x_bar = t1 * (1 - t2 ** 2) * 2.0
    x_bar = x_bar + t2 * (1 - t1 ** 2)
    return x_bar

# s2s show tests/cases/calls.py::call_other_module_attr --wrt 0 --backend jax
def call_other_module_attr_grad(x):
    t1 = jnp.exp(x)
    t2 = jnp.log1p(t1)
    t3 = jnp.tanh(x / 2.0)
    t4 = 2.0 * t3
    x_bar = t2 * 2.0 * (1 - t3 ** 2) / 2.0
    x_bar = x_bar + t4 / (1 + t1) * t1
    return jnp.sum(t2 * t4), x_bar

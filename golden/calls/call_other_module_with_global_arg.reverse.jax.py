# s2s show tests/cases/calls.py::call_other_module_with_global_arg --wrt 0 --backend jax
def call_other_module_with_global_arg_grad(x):
    t1 = x - jnp.ones(3)
    t2 = jnp.exp(x)
    t3 = jnp.log1p(t2)
    x_bar = (t3 + t3) / (1 + t2) * t2
    x_bar = x_bar + unbroadcast(2.0 * t1, x)
    return jnp.sum(t1 ** 2) + jnp.sum(t3 * t3), x_bar

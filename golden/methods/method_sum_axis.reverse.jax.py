# s2s show tests/cases/methods.py::method_sum_axis --wrt 0 --backend jax
def method_sum_axis_grad(x):
    t1 = jnp.sum(x, axis=0)
    x_bar = 1.0 + unreduce(2.0 * t1, x, axis=0)
    return jnp.sum(t1 ** 2) + jnp.sum(x), x_bar
